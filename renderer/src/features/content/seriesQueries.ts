import { useMutation, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../lib/api';
import { useInvalidateContent } from './queries';

/** A series' rule and counts, for the drawer's "Repeats: …" line. */
export function useContentSeries(workspaceId: string, seriesId: string | null) {
  return useQuery({
    queryKey: ['content', workspaceId, 'series', seriesId],
    queryFn: () => call('content.getSeries', { id: seriesId! }),
    enabled: seriesId !== null,
  });
}

/** Series and duplicate writes; like every content write they refresh items, week loads and suggestions. */
export function useSeriesMutations(workspaceId: string) {
  const invalidate = useInvalidateContent(workspaceId);
  const onSuccess = () => invalidate();
  return {
    create: useMutation({
      mutationFn: (input: MethodInput<'content.createSeries'>) => call('content.createSeries', input),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: (input: MethodInput<'content.updateOccurrence'>) => call('content.updateOccurrence', input),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (input: MethodInput<'content.deleteOccurrence'>) => call('content.deleteOccurrence', input),
      onSuccess,
    }),
    duplicate: useMutation({
      mutationFn: (input: MethodInput<'content.duplicate'>) => call('content.duplicate', input),
      onSuccess,
    }),
  };
}
