// Public entry of the creators feature: the only file other features may import (see docs/ARCHITECTURE.md).
export { CreatorPicker } from './CreatorPicker';
export { CreatorDetails } from './CreatorDetails';
export { CreatorFields } from './CreatorFields';
export { audienceProblem, fieldsFromForm, toCreatorForm, type CreatorFormValues } from './creatorForm';
export { creatorIssueApplier } from './creatorIssues';
export { useCreator, useCreators } from './queries';
