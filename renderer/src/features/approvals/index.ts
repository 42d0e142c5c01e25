// Public entry of the approvals feature: the only file other features may import (see docs/ARCHITECTURE.md).
export { ApprovalBadge, ApprovalStateFilter } from './ApprovalBadge';
export { ApprovalModeSetting } from './ApprovalModeSetting';
export { approvalStatesQuery, useApprovalStates } from './queries';
