import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import { MAX_PAGE_SIZE } from '../../../../shared/api/paging';
import type { UiLanguage } from '../../../../shared/format/number';
import { call } from '../../lib/api';

export const interestKeys = {
  taxonomy: (workspaceId: string) => ['taxonomy', workspaceId] as const,
  audiences: (workspaceId: string) => ['audiences', workspaceId] as const,
  audience: (ownerType: string, ownerId: string) => ['audiences', 'one', ownerType, ownerId] as const,
  match: (workspaceId: string) => ['match', workspaceId] as const,
};

export function useTaxonomy(workspaceId: string) {
  return useQuery({
    queryKey: interestKeys.taxonomy(workspaceId),
    queryFn: () => call('taxonomy.list', { workspaceId }),
  });
}

/** Tag id → label in the UI language (custom tags show their own label; unknown ids show the id). */
export function useTagLabels(workspaceId: string, language: UiLanguage): (id: string) => string {
  const taxonomy = useTaxonomy(workspaceId);
  return useMemo(() => {
    const labels = new Map<string, string>();
    for (const category of taxonomy.data?.categories ?? []) {
      for (const tag of category.tags) {
        labels.set(
          tag.id,
          tag.custom ? tag.label[language] : `${category.label[language]} › ${tag.label[language]}`,
        );
      }
    }
    return (id: string) => labels.get(id) ?? id;
  }, [taxonomy.data, language]);
}

export function useAudience(ownerType: 'account' | 'creator', ownerId: string | undefined) {
  return useQuery({
    queryKey: interestKeys.audience(ownerType, ownerId ?? ''),
    queryFn: () => call('audience.get', { ownerType, ownerId: ownerId! }),
    enabled: ownerId !== undefined,
  });
}

/**
 * Which of the given accounts have an audience profile, asked a page of ids at a time (a workspace with
 * hundreds of accounts is answered in full, not from the first page of profiles). `known` is false until
 * every page has answered, so the page never tags an account "missing" before it knows.
 */
export function useAccountsWithProfile(
  workspaceId: string,
  accountIds: readonly string[],
): { withProfile: ReadonlySet<string>; known: boolean } {
  const pages = useMemo(() => {
    const out: string[][] = [];
    for (let at = 0; at < accountIds.length; at += MAX_PAGE_SIZE) {
      out.push(accountIds.slice(at, at + MAX_PAGE_SIZE));
    }
    return out;
  }, [accountIds]);
  return useQueries({
    queries: pages.map((ids) => ({
      queryKey: [...interestKeys.audiences(workspaceId), 'withProfile', ids] as const,
      queryFn: () => call('audience.accountsWithProfile', { workspaceId, accountIds: ids }),
    })),
    combine: (results) => ({
      withProfile: new Set(results.flatMap((r) => r.data?.accountIds ?? [])),
      known: results.every((r) => r.data !== undefined),
    }),
  });
}

export function useInterestMutations(workspaceId: string) {
  const qc = useQueryClient();
  const invalidate = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['audiences'] }),
      qc.invalidateQueries({ queryKey: interestKeys.taxonomy(workspaceId) }),
      qc.invalidateQueries({ queryKey: interestKeys.match(workspaceId) }),
      qc.invalidateQueries({ queryKey: ['forecasts'] }),
    ]);
  return {
    setAudience: useMutation({
      mutationFn: (input: MethodInput<'audience.set'>) => call('audience.set', input),
      onSuccess: invalidate,
    }),
    updateBaseline: useMutation({
      mutationFn: (input: MethodInput<'taxonomy.updateBaseline'>) => call('taxonomy.updateBaseline', input),
      onSuccess: invalidate,
    }),
    addCustomTag: useMutation({
      mutationFn: (input: MethodInput<'taxonomy.addCustomTag'>) => call('taxonomy.addCustomTag', input),
      onSuccess: invalidate,
    }),
  };
}
