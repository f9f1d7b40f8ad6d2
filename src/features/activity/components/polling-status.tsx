// One line saying whether the data shown is live, and why not when polling is failing.
import type { UseQueryResult } from '@tanstack/react-query';
import { describeFailure } from '@/features/activity/model/describe-failure';
import { formatDateTime } from '@/features/activity/model/format';

export function PollingStatus({ query, subject = 'list' }: { query: UseQueryResult<unknown>; subject?: 'list' | 'task' }) {
  // Only failures while older data is still on screen; a first-load failure gets a full message.
  if (!query.isError || query.data === undefined) return null;
  const failure = describeFailure(query.error, subject);
  return (
    <p role="status" className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-900">
      <strong>{failure.title}.</strong> {failure.detail} Showing data from {formatDateTime(new Date(query.dataUpdatedAt).toISOString())}.
    </p>
  );
}
