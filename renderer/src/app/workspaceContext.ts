import { useParams } from 'react-router';
import type { Workspace } from '../../../shared/domain/workspace';
import { useWorkspaces } from '../features/workspaces/queries';

/** The workspace named in the URL; undefined while loading or when it no longer exists. */
export function useCurrentWorkspace(): { workspace: Workspace | undefined; isLoading: boolean } {
  const { workspaceId } = useParams();
  const { data, isLoading } = useWorkspaces();
  return { workspace: data?.find((w) => w.id === workspaceId), isLoading };
}

export function useWorkspaceId(): string {
  const { workspaceId } = useParams();
  if (!workspaceId) throw new Error('useWorkspaceId outside a workspace route');
  return workspaceId;
}
