// Public entry of the jobs feature: the only file other features may import (see docs/ARCHITECTURE.md).
export { JobProgress } from './JobProgress';
export { jobErrorToApiError } from './useJob';
export { usePreviewJob } from './usePreviewJob';
export { CommitJobProgress } from './CommitJobProgress';
