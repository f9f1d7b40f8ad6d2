// One line saying whether the data shown is live, and why not when polling is failing or the
// browser is offline (TanStack Query then holds its polls and resumes them on reconnect).
import { useSyncExternalStore } from 'react';
import { onlineManager, type UseQueryResult } from '@tanstack/react-query';
import { describeFailure } from '@/lib/globus/describe-failure';
import { formatDateTime } from '@/lib/format/dates';

const subscribeOnline = (listener: () => void) => onlineManager.subscribe(listener);
const isOnline = () => onlineManager.isOnline();

export function PollingStatus({
  query,
  subject = 'list',
}: {
  query: UseQueryResult<unknown>;
  subject?: 'list' | 'task';
}) {
  const online = useSyncExternalStore(subscribeOnline, isOnline);
  // Only problems while older data is still on screen; a first-load failure gets a full message.
  if (query.data === undefined) return null;
  const since = `Showing data from ${formatDateTime(new Date(query.dataUpdatedAt).toISOString())}.`;
  if (!online || query.fetchStatus === 'paused') {
    return (
      <p role="status" className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-900">
        <strong>You are offline.</strong> Updates resume by themselves when the connection returns. {since}
      </p>
    );
  }
  if (!query.isError) return null;
  const failure = describeFailure(query.error, subject);
  return (
    <p role="status" className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-900">
      <strong>{failure.title}.</strong> {failure.detail} {since}
    </p>
  );
}
