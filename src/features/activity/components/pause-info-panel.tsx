// Why a task is paused, in the administrators' own words (GET task/<id>/pause_info).
import { usePauseInfo } from '@/features/activity/api/pause-info';
import type { PauseRule } from '@/lib/globus/task';

function pausedOps(rule: PauseRule): string {
  const ops = [
    rule.pause_task_transfer_read && 'reading (transfer source)',
    rule.pause_task_transfer_write && 'writing (transfer destination)',
    rule.pause_task_delete && 'deletes',
    rule.pause_ls && 'listing',
    rule.pause_mkdir && 'new folders',
    rule.pause_rename && 'renames',
  ].filter(Boolean);
  return ops.length ? ops.join(', ') : 'some operations';
}

export function PauseInfoPanel({ taskId }: { taskId: string }) {
  const info = usePauseInfo(taskId, true);
  const messages = info.data
    ? [
        info.data.source_pause_message && `Source: ${info.data.source_pause_message}`,
        info.data.source_pause_message_share && `Source share: ${info.data.source_pause_message_share}`,
        info.data.destination_pause_message && `Destination: ${info.data.destination_pause_message}`,
        info.data.destination_pause_message_share && `Destination share: ${info.data.destination_pause_message_share}`,
        info.data.message &&
          `${info.data.endpoint_display_name ? `${info.data.endpoint_display_name}: ` : ''}${info.data.message}`,
      ].filter((m): m is string => !!m)
    : [];
  return (
    <section
      aria-label="Pause information"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h2 className="font-semibold">Paused by a collection administrator</h2>
      <p className="mt-1 text-xs">
        Nothing is lost: the task continues when the pause is lifted. Contact the administrators if it blocks your work.
      </p>
      {info.isPending ? <p className="mt-1 text-xs">Loading the administrators’ messages…</p> : null}
      {info.isError ? <p className="mt-1 text-xs">The pause details could not be loaded.</p> : null}
      {messages.length ? (
        <ul className="mt-2 list-disc pl-5">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      {info.data?.pause_rules?.length ? (
        <ul aria-label="Pause rules" className="mt-2 space-y-1 text-xs">
          {info.data.pause_rules.map((rule, i) => (
            <li key={rule.id ?? i}>
              <strong>{rule.endpoint_display_name ?? rule.endpoint_id ?? 'Collection'}</strong>:{' '}
              {rule.message || 'No message given'} — pauses {pausedOps(rule)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
