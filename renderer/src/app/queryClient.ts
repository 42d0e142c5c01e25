import { QueryClient } from '@tanstack/react-query';

/** The app's one query cache: created before React renders so the first screen's data can be fetched at once. */
export const queryClient = new QueryClient({
  defaultOptions: {
    // Local SQLite answers in milliseconds and only this app writes to it: refetch on invalidation only.
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
