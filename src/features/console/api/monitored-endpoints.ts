// GET endpoint_manager/monitored_endpoints: the endpoints where the user holds an administrator or activity
// role. The navigation shows the console only when there is at least one.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { consoleKeys } from '@/features/console/api/console-keys';
import type { GlobusHttp } from '@/lib/globus/http';
import { monitoredEndpoints } from '@/lib/globus/monitored-endpoints';

/** Roles change rarely; a few minutes spares a request per page. */
const MONITORED_STALE_MS = 5 * 60_000;

const monitoredQuery = (http: GlobusHttp) =>
  queryOptions({
    queryKey: consoleKeys.monitored(),
    queryFn: ({ signal }) => monitoredEndpoints(http, { signal }),
    staleTime: MONITORED_STALE_MS,
  });

export function useMonitoredEndpoints() {
  const { http } = useServices();
  return useQuery(monitoredQuery(http));
}

/** True once Globus confirmed a role on some endpoint; false while unknown or on failure (the link stays away). */
export function useConsoleAvailable(): boolean {
  const { data } = useMonitoredEndpoints();
  return (data?.DATA.length ?? 0) > 0;
}
