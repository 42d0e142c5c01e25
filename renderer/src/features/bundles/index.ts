// Public entry of the bundles feature: the only file other features may import (see docs/ARCHITECTURE.md).
export { BundleModal } from './BundleModal';
