import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArchiveAction } from '../../../../shared/content/archive';
import { runWithToast } from '../../lib/runWithToast';
import { useContentMutations } from './queries';
import { useUndoToast } from './useUndoToast';

/**
 * 归档 / 恢复 of one item, from the drawer or the item menu, with the 撤销 toast for 10 s. The revision is
 * the one the caller showed: an item changed since is refused (content.changedSince) rather than archived
 * unseen. Resolves true when the action went through.
 */
export function useArchiveAction(workspaceId: string) {
  const { t } = useTranslation('content');
  const { message } = AntApp.useApp();
  const mutations = useContentMutations(workspaceId);
  const offerUndo = useUndoToast(workspaceId);
  return async (item: { id: string; revision: number }, action: ArchiveAction): Promise<boolean> => {
    let done = false;
    await runWithToast(
      async () => {
        const mutation = action === 'archive' ? mutations.archive : mutations.restore;
        const saved = await mutation.mutateAsync({ id: item.id, revision: item.revision });
        offerUndo(t(action === 'archive' ? 'archivedItem' : 'restoredItem', { title: saved.title }), saved);
        done = true;
      },
      { t, message },
    );
    return done;
  };
}
