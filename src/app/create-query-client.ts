import { QueryClient } from '@tanstack/react-query';

/**
 * The HTTP core already retries transient failures with backoff, so queries do not retry again;
 * listings stay fresh for a while so flipping between folders does not refetch every time.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
