import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../lib/api';

/**
 * Offer queries live under ['offers']: any offer write invalidates them all (lists, details, the inbox),
 * plus the calendar, which shows the planned content of accepted offers.
 */
export const offerKeys = {
  all: ['offers'] as const,
  list: (input: MethodInput<'offers.list'>) => ['offers', 'list', input] as const,
  one: (id: string) => ['offers', 'one', id] as const,
};

export function useOffers(input: MethodInput<'offers.list'>) {
  return useQuery({
    queryKey: offerKeys.list(input),
    queryFn: () => call('offers.list', input),
    placeholderData: (previous) => previous,
  });
}

export function useOffer(id: string | undefined) {
  return useQuery({
    queryKey: offerKeys.one(id ?? ''),
    queryFn: () => call('offers.get', { id: id! }),
    enabled: id !== undefined,
  });
}

export function useOfferMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: offerKeys.all }),
        qc.invalidateQueries({ queryKey: ['content'] }),
        qc.invalidateQueries({ queryKey: ['deliverables'] }),
      ]),
  });
}

export function useOfferMutations() {
  return {
    create: useOfferMutation((input: MethodInput<'offers.create'>) => call('offers.create', input)),
    update: useOfferMutation((input: MethodInput<'offers.update'>) => call('offers.update', input)),
    send: useOfferMutation((input: MethodInput<'offers.send'>) => call('offers.send', input)),
    counter: useOfferMutation((input: MethodInput<'offers.counter'>) => call('offers.counter', input)),
    accept: useOfferMutation((input: MethodInput<'offers.accept'>) => call('offers.accept', input)),
    decline: useOfferMutation((input: MethodInput<'offers.decline'>) => call('offers.decline', input)),
    withdraw: useOfferMutation((input: MethodInput<'offers.withdraw'>) => call('offers.withdraw', input)),
    complete: useOfferMutation((input: MethodInput<'offers.complete'>) => call('offers.complete', input)),
    importFile: useOfferMutation((input: MethodInput<'offers.importFile'>) =>
      call('offers.importFile', input),
    ),
    // Exporting marks the revision as exported, which the timeline shows.
    exportFile: useOfferMutation((id: string) => call('offers.exportFile', { id })),
    setDeliverableStatus: useOfferMutation((input: MethodInput<'deliverables.setStatus'>) =>
      call('deliverables.setStatus', input),
    ),
  };
}

export function useIdentity() {
  return useQuery({ queryKey: ['identity'], queryFn: () => call('identity.get', {}) });
}

export function useCreatorProfile() {
  return useQuery({ queryKey: ['creatorProfile'], queryFn: () => call('creatorProfile.get', {}) });
}

export function useSaveCreatorProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'creatorProfile.update'>) => call('creatorProfile.update', input),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['creatorProfile'] }),
        // The inbox's fit summaries and expected costs use the profile.
        qc.invalidateQueries({ queryKey: offerKeys.all }),
      ]),
  });
}
