// Public entry of the jobs feature: the only file other features may import (see docs/ARCHITECTURE.md).
export { usePreviewJob } from './usePreviewJob';
export { CommitJobProgress } from './CommitJobProgress';
