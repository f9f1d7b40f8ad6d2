// Set-up for tests of shared query options: a GlobusHttp that records each request and answers from `reply`
// a tick later (as a real request would), and a wrapper around the app's own QueryClient.
import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '@/app/create-query-client';
import type { GlobusHttp } from '@/lib/globus/http';

export type Request = Parameters<GlobusHttp['request']>[0];

export function setUpQueries(reply: (req: Request) => unknown) {
  const calls: Request[] = [];
  const http: GlobusHttp = {
    request: async (req: Request) => {
      calls.push(req);
      await Promise.resolve();
      return reply(req);
    },
  };
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { http, calls, client, wrapper };
}
