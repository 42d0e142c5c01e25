import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { Workspace } from '../../../shared/domain/workspace';
import { call } from './api';

/*
 * The current workspace sits below every feature: pages read it, and the shell (app/) shows it.
 * The list query lives here rather than in features/workspaces so this module depends on nothing
 * above lib/; features/workspaces re-exports it beside its mutations.
 */
export const workspaceKeys = {
  all: ['workspaces'] as const,
};

/** Also prefetched before the first render (app/firstScreen.ts), so it is one shared definition. */
export const workspacesQuery = { queryKey: workspaceKeys.all, queryFn: () => call('workspaces.list', {}) };

export function useWorkspaces() {
  return useQuery(workspacesQuery);
}

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
