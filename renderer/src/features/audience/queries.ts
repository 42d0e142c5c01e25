import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
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
 * The workspace's account audiences (which accounts have a profile), one page of up to 200: creators'
 * profiles are not fetched here (a large roster holds thousands).
 */
export function useAccountAudiences(workspaceId: string) {
  return useQuery({
    queryKey: interestKeys.audiences(workspaceId),
    queryFn: () => call('audience.list', { workspaceId, ownerType: 'account', limit: 200 }),
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
