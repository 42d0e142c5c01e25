import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

/*
 * The account list is read by most features (calendar, audience, live, performance, offers, approvals)
 * while the matrix page that manages accounts also shows live and advisor pieces. Keeping the read side
 * here, below all of them, lets every dependency on accounts run one way.
 */
export const accountKeys = {
  /** Every account query of a workspace; invalidating it refreshes lists and the summary together. */
  workspace: (workspaceId: string) => ['accounts', workspaceId] as const,
  list: (workspaceId: string, includeArchived: boolean) =>
    ['accounts', workspaceId, 'list', includeArchived] as const,
  summary: (workspaceId: string) => ['accounts', workspaceId, 'summary'] as const,
};

/** The account list's query (also started before the first render when the start URL shows accounts). */
export const accountListQuery = (workspaceId: string, includeArchived = true) => ({
  queryKey: accountKeys.list(workspaceId, includeArchived),
  queryFn: () => call('accounts.list', { workspaceId, includeArchived }),
});

export function useAccounts(workspaceId: string, includeArchived = true) {
  return useQuery(accountListQuery(workspaceId, includeArchived));
}
