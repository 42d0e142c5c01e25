// Public entry of the advisor feature: the only file other features may import (see docs/ARCHITECTURE.md).
export { AdvisorBadge } from './AdvisorBadge';
export { FocusedAccount } from './FocusedAccount';
