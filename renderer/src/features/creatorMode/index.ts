// Public entry of the creatorMode feature: the only file other features may import (see docs/ARCHITECTURE.md).
export { ModeSwitch } from './ModeSwitch';
