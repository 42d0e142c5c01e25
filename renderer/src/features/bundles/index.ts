// Public entry of the bundles feature: the only file other features may import (see docs/ARCHITECTURE.md).
import { lazyDialog } from '../../lib/lazyDialog';

// Loaded when first opened: the dialog brings antd's table and upload, which no first screen needs.
export const BundleModal = lazyDialog(() => import('./BundleModal'), 'BundleModal');
