import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api';

/** The chosen creator's live history figure for the totals preview (null: no live session on record). */
export function useCreatorLiveViews(creatorId: string | undefined) {
  return useQuery({
    queryKey: ['creators', 'liveViews', creatorId ?? ''],
    queryFn: () => call('creators.liveViews', { id: creatorId! }),
    enabled: creatorId !== undefined,
  });
}
