// Public entry of the audience feature: the only file other features may import (see docs/ARCHITECTURE.md).
export { InterestTagSelect } from './InterestTagSelect';
export { interestKeys, useTagLabels } from './queries';
