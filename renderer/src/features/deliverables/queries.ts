import { useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../lib/api';

// Under ['deliverables']: every offer write (status moves included) invalidates them (offers/queries.ts).
export function useDeliverablePage(input: MethodInput<'deliverables.list'>) {
  return useQuery({
    queryKey: ['deliverables', 'tracker', 'list', input],
    queryFn: () => call('deliverables.list', input),
    placeholderData: (previous) => previous,
  });
}

export function useDeliverableCounts(input: MethodInput<'deliverables.counts'>) {
  return useQuery({
    queryKey: ['deliverables', 'tracker', 'counts', input],
    queryFn: () => call('deliverables.counts', input),
    placeholderData: (previous) => previous,
  });
}
