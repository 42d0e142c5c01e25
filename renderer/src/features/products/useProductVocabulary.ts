import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';
import { productKeys } from './queries';

/**
 * Categories or tags already used in the whole catalogue (products.vocabulary), most used first, narrowed
 * on the server as the user types. Keyed under the workspace's products, so every product write refreshes it.
 */
export function useProductVocabulary(
  workspaceId: string,
  kind: 'category' | 'tag',
  search: string,
  enabled: boolean,
) {
  const query = useQuery({
    queryKey: [...productKeys.workspace(workspaceId), 'vocabulary', kind, search] as const,
    queryFn: () =>
      call('products.vocabulary', { workspaceId, kind, limit: 50, ...(search ? { search } : {}) }),
    enabled,
    placeholderData: keepPreviousData,
  });
  return (query.data?.items ?? []).map((entry) => entry.value);
}
