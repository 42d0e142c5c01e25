import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';
import { interestKeys } from '../audience';

export function useProductMatch(workspaceId: string, productId: string | undefined) {
  return useQuery({
    queryKey: [...interestKeys.match(workspaceId), 'product', productId ?? ''],
    queryFn: () => call('match.forProduct', { productId: productId! }),
    enabled: productId !== undefined,
  });
}

/** Product columns per heatmap page: a page of the catalogue stays readable as a grid. */
export const HEATMAP_PAGE_SIZE = 20;

/** One page of the heatmap (the active products after `cursor`, by name, against every account). */
export function useMatchHeatmap(workspaceId: string, cursor: string | undefined) {
  return useQuery({
    queryKey: [...interestKeys.match(workspaceId), 'heatmap', cursor ?? ''],
    queryFn: () =>
      call('match.heatmap', { workspaceId, limit: HEATMAP_PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
    placeholderData: (previous) => previous,
  });
}

export function useContentMatch(workspaceId: string, contentId: string | undefined) {
  return useQuery({
    queryKey: [...interestKeys.match(workspaceId), 'content', contentId ?? ''],
    queryFn: () => call('match.forContent', { contentId: contentId! }),
    enabled: contentId !== undefined,
  });
}

/**
 * The product the page opens on when none is in the address: the first active one by name, else the first
 * of any status; null when the workspace has no products. One row each, never the catalogue.
 */
export function useDefaultProduct(workspaceId: string) {
  return useQuery({
    queryKey: ['products', workspaceId, 'match-default'],
    queryFn: async () => {
      const active = await call('products.list', { workspaceId, status: 'active', limit: 1 });
      const first = active.items[0] ?? (await call('products.list', { workspaceId, limit: 1 })).items[0];
      return first?.id ?? null;
    },
  });
}
