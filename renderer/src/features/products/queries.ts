import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../lib/api';

export const productKeys = {
  workspace: (workspaceId: string) => ['products', workspaceId] as const,
  list: (input: MethodInput<'products.list'>) => ['products', input.workspaceId, 'list', input] as const,
};

/** One page of products; `enabled: false` while nothing shows them (a closed drawer's picker). */
export function useProducts(input: MethodInput<'products.list'>, enabled = true) {
  return useQuery({
    queryKey: productKeys.list(input),
    queryFn: () => call('products.list', input),
    placeholderData: (previous) => previous,
    enabled,
  });
}

function useProductMutation<I, O>(workspaceId: string, fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: productKeys.workspace(workspaceId) }),
        // Product names and status show up in content warnings.
        qc.invalidateQueries({ queryKey: ['content', workspaceId] }),
      ]),
  });
}

export function useProductMutations(workspaceId: string) {
  return {
    create: useProductMutation(workspaceId, (input: MethodInput<'products.create'>) =>
      call('products.create', input),
    ),
    update: useProductMutation(workspaceId, (input: MethodInput<'products.update'>) =>
      call('products.update', input),
    ),
    remove: useProductMutation(workspaceId, (id: string) => call('products.delete', { id })),
  };
}
