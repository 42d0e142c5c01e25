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

export function useMatchHeatmap(workspaceId: string) {
  return useQuery({
    queryKey: [...interestKeys.match(workspaceId), 'heatmap'],
    queryFn: () => call('match.heatmap', { workspaceId }),
  });
}

export function useContentMatch(workspaceId: string, contentId: string | undefined) {
  return useQuery({
    queryKey: [...interestKeys.match(workspaceId), 'content', contentId ?? ''],
    queryFn: () => call('match.forContent', { contentId: contentId! }),
    enabled: contentId !== undefined,
  });
}

export function useProducts(workspaceId: string) {
  return useQuery({
    queryKey: ['products', workspaceId, 'match-list'],
    queryFn: async () => (await call('products.list', { workspaceId, limit: 200 })).items,
  });
}
