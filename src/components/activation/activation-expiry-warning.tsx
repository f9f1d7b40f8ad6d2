// On a running task's page: a legacy (GCSv4) endpoint of the task whose activation lapses soon (or has lapsed)
// would stall the task, so say so in time and offer to renew it.
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { useServices } from '@/components/services/services-context';
import { webActivationUrl } from '@/components/activation/web-activation';
import { autoactivate } from '@/lib/globus/endpoint-manager';
import { formatDuration } from '@/lib/format/duration';
import { endpointKeys, endpointQuery } from '@/lib/queries/endpoint';
import type { Endpoint } from '@/lib/globus/transfer-types';

/** Warn this long before an activation lapses. */
export const ACTIVATION_WARN_SECONDS = 2 * 3600;

/** Seconds left at `now` (ms), from a document fetched at `fetchedAt` (ms); null when it never lapses. */
export function activationSecondsLeft(ep: Endpoint, fetchedAt: number, now: number): number | null {
  if (ep.entity_type !== 'GCSv4_host') return null;
  if (!ep.activated) return 0;
  if (ep.expires_in == null || ep.expires_in < 0) return null;
  return Math.max(0, ep.expires_in - Math.floor((now - fetchedAt) / 1000));
}

/** `now` (ms) is the page's own clock, e.g. when its task was last polled. */
export function ActivationExpiryWarning({
  endpointIds,
  now,
}: {
  endpointIds: (string | null | undefined)[];
  now: number;
}) {
  const { http } = useServices();
  const ids = [...new Set(endpointIds.filter((id): id is string => !!id))];
  const docs = useQueries({ queries: ids.map((id) => endpointQuery(http, id)) });
  const lapsing = docs.flatMap((q) => {
    if (!q.data) return [];
    const left = activationSecondsLeft(q.data, q.dataUpdatedAt, now);
    return left !== null && left < ACTIVATION_WARN_SECONDS ? [{ ep: q.data, left }] : [];
  });
  if (!lapsing.length) return null;
  return (
    <section aria-label="Endpoint activation" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      {lapsing.map(({ ep, left }) => (
        <Lapsing key={ep.id} endpoint={ep} secondsLeft={left} />
      ))}
    </section>
  );
}

function Lapsing({ endpoint, secondsLeft }: { endpoint: Endpoint; secondsLeft: number }) {
  const { http, config } = useServices();
  const queryClient = useQueryClient();
  const renew = useMutation({
    mutationFn: () => autoactivate(http, endpoint.id, ACTIVATION_WARN_SECONDS),
    onSettled: () => queryClient.invalidateQueries({ queryKey: endpointKeys.detail(endpoint.id) }),
  });
  const name = endpoint.display_name ?? endpoint.id;
  const failed = renew.isError || renew.data?.code === 'AutoActivationFailed';
  return (
    <div role="alert" className="flex flex-col gap-1">
      <p className="font-semibold text-amber-950">
        {secondsLeft > 0
          ? `The activation of “${name}” lapses in about ${formatDuration(secondsLeft)}.`
          : `“${name}” is no longer activated.`}
      </p>
      <p className="text-xs text-amber-950">
        This task stops moving data on a legacy endpoint that is not activated, and waits until it is activated again.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" disabled={renew.isPending} onClick={() => renew.mutate()}>
          {renew.isPending ? 'Renewing…' : 'Renew activation'}
        </Button>
        {failed ? (
          <a
            className="text-xs text-blue-800 underline"
            href={webActivationUrl(config.webAppBaseUrl, endpoint.id)}
            target="_blank"
            rel="noopener noreferrer"
          >
            Automatic renewal is not possible: activate on Globus (new tab)
          </a>
        ) : null}
      </div>
    </div>
  );
}
