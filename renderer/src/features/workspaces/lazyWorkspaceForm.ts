import { lazyDialog } from '../../lib/lazyDialog';

/** The workspace form, loaded when first opened (it brings the time-zone list and the approval setting). */
export const WorkspaceFormModal = lazyDialog(() => import('./WorkspaceFormModal'), 'WorkspaceFormModal');
