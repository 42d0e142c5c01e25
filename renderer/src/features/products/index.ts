// Public entry of the products feature: the only file other features may import (see docs/ARCHITECTURE.md).
export { useProducts } from './queries';
export { ProductPicker } from './ProductPicker';
