import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AuthClient } from '@/lib/auth/auth-client';
import { useServices } from '@/components/services/services-context';

export const sessionKeys = {
  all: ['session'] as const,
  loggedIn: () => [...sessionKeys.all, 'logged-in'] as const,
  user: () => [...sessionKeys.all, 'user'] as const,
};

// Token state only changes through a login redirect or logout (both reload the page), so no refetching.
export const loggedInQuery = (auth: AuthClient) =>
  queryOptions({ queryKey: sessionKeys.loggedIn(), queryFn: () => auth.isLoggedIn(), staleTime: Infinity });

export const userQuery = (auth: AuthClient) =>
  queryOptions({ queryKey: sessionKeys.user(), queryFn: () => auth.getUser(), staleTime: Infinity });

export function useLoggedIn() {
  return useQuery(loggedInQuery(useServices().auth));
}

export function useUser() {
  return useQuery(userQuery(useServices().auth));
}
