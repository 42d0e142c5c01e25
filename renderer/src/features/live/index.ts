// Public entry of the live feature: the only file other features may import (see docs/ARCHITECTURE.md).
export { LastSessionGpm, LiveResultLink } from './LiveLinks';
