// Tells the user exactly what a stuck task needs and offers the fix where the app can do it:
// for consent or credential problems, re-authorize with the collections' data_access scopes and
// come back to this task, which Transfer then resumes.
import { Button } from '@/components/ui/button';
import { useServices } from '@/components/services/services-context';
import { useReturnTo } from '@/components/services/use-return-to';
import { transferScopeWithDataAccess } from '@/lib/auth/scopes';
import { useConsentCollections } from '@/features/activity/api/consent-collections';
import { describeStatus } from '@/features/activity/model/task-status';
import type { Task } from '@/lib/globus/task';

const collectionIds = (task: Task) => [
  ...new Set([task.source_endpoint_id, task.destination_endpoint_id].filter((id): id is string => !!id)),
];

/** The scopes to ask for: Transfer with data_access for those collections that take one. */
export function consentScopesFor(consentIds: string[]): string[] {
  return consentIds.length ? [transferScopeWithDataAccess(consentIds)] : [];
}

export function AttentionPanel({ task }: { task: Task }) {
  const { auth } = useServices();
  const returnTo = useReturnTo();
  const status = describeStatus(task);
  const consentIds = useConsentCollections(collectionIds(task), status.attention === 'consent');
  if (!status.attention || status.attention === 'paused') return null;
  const names = [task.source_endpoint_display_name, task.destination_endpoint_display_name]
    .filter(Boolean)
    .join(' and ');
  return (
    <section
      aria-label="What this task needs"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h2 className="font-semibold">
        {status.attention === 'consent' ? 'This task is waiting for your permission' : 'This task is being retried'}
      </h2>
      <p className="mt-1">{status.reason}</p>
      {task.nice_status_short_description && task.nice_status !== 'OK' ? (
        <p className="mt-1 text-xs">Globus reports: {task.nice_status_short_description}</p>
      ) : null}
      {status.attention === 'consent' ? (
        <div className="mt-2">
          <Button
            variant="primary"
            size="sm"
            disabled={consentIds === null}
            onClick={() => consentIds && void auth.login({ returnTo, extraScopes: consentScopesFor(consentIds) })}
          >
            Grant access{names ? ` to ${names}` : ''}
          </Button>
          <p className="mt-1 text-xs">You will sign in with Globus, approve access, and come back here.</p>
        </div>
      ) : null}
    </section>
  );
}
