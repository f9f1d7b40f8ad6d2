import * as v from 'valibot';
import type { GlobusHttp } from '@/lib/globus/http';
import { endpointSchema } from '@/lib/globus/schemas/endpoint';

// Apart from the other administrator routes because the navigation asks it on every page: keeping it
// small keeps the console's schemas out of the first page's JavaScript.

/** `monitored_endpoints`, `hosted_endpoint_list`: endpoint lists without search paging fields. */
export const managedEndpointListSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('endpoint_list')),
  DATA: v.array(endpointSchema),
});

/** Endpoints where the caller holds an administrator or activity role. */
export const monitoredEndpoints = (http: GlobusHttp, opts?: { signal?: AbortSignal }) =>
  http.request({
    service: 'transfer',
    path: 'endpoint_manager/monitored_endpoints',
    schema: managedEndpointListSchema,
    ...(opts?.signal ? { signal: opts.signal } : {}),
  });
