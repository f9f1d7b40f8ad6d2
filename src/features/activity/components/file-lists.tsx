// Successful transfers and skipped errors: marker-paged lists with a path search over what is loaded.
import { useMemo, useState } from 'react';
import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { useSkippedErrors, useSuccessfulTransfers } from '@/features/activity/api/marker-pages';
import { formatCount, formatSize } from '@/lib/format/numbers';
import { formatDateTime } from '@/lib/format/dates';
import type { MarkerPage, SkippedError, SuccessfulTransfer } from '@/lib/globus/task';

type Item = { source_path: string | null; destination_path: string | null };

function PagedPathList<T extends Item>({
  title,
  query,
  empty,
  render,
}: {
  title: string;
  query: UseInfiniteQueryResult<InfiniteData<MarkerPage<T>>>;
  empty: string;
  render: (item: T) => React.ReactNode;
}) {
  const [search, setSearch] = useState('');
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.DATA) ?? [], [query.data]);
  const needle = search.trim().toLowerCase();
  const shown = needle
    ? items.filter((i) => `${i.source_path ?? ''}\n${i.destination_path ?? ''}`.toLowerCase().includes(needle))
    : items;
  return (
    <section aria-label={title} className="rounded-md border border-slate-200 bg-white p-3">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
        <input
          type="search"
          aria-label={`Search ${title.toLowerCase()} by path`}
          placeholder="Search paths"
          className="h-7 w-56 rounded border border-slate-300 px-2 text-xs"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {query.isPending ? <p className="text-xs text-slate-600">Loading…</p> : null}
      {query.isError ? (
        <p role="alert" className="text-xs text-red-700">
          This list could not be loaded.
        </p>
      ) : null}
      {query.data && items.length === 0 ? <p className="text-xs text-slate-600">{empty}</p> : null}
      {shown.length ? (
        <ul className="max-h-72 divide-y divide-slate-100 overflow-auto text-xs">
          {shown.map((item, i) => (
            <li key={i} className="py-1">
              {render(item)}
            </li>
          ))}
        </ul>
      ) : null}
      {needle && items.length > 0 && shown.length === 0 ? (
        <p className="text-xs text-slate-600">No loaded entry matches.</p>
      ) : null}
      <div className="mt-2 flex items-center gap-2 text-xs text-slate-600">
        <span>
          {formatCount(items.length)} loaded{needle ? `, ${formatCount(shown.length)} match` : ''}
        </span>
        {query.hasNextPage ? (
          <Button size="sm" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </Button>
        ) : null}
        {needle && query.hasNextPage ? <span>Search covers loaded entries only.</span> : null}
      </div>
    </section>
  );
}

const path = (p: string | null) => p ?? '(hidden: no role on this collection)';

export function SuccessfulTransfersList({ taskId }: { taskId: string }) {
  const query = useSuccessfulTransfers(taskId, true);
  return (
    <PagedPathList<SuccessfulTransfer>
      title="Transferred files"
      query={query}
      empty="No files recorded as transferred."
      render={(t) => (
        <>
          <span className="font-mono">{path(t.source_path)}</span> →{' '}
          <span className="font-mono">{path(t.destination_path)}</span>
          {t.size != null ? <span className="text-slate-500"> · {formatSize(t.size)}</span> : null}
        </>
      )}
    />
  );
}

export function SkippedErrorsList({ taskId }: { taskId: string }) {
  const query = useSkippedErrors(taskId, true);
  return (
    <PagedPathList<SkippedError>
      title="Skipped errors"
      query={query}
      empty="No errors were skipped."
      render={(e) => (
        <>
          <span className="font-semibold text-red-800">{e.error_code}</span>{' '}
          <span className="font-mono">{path(e.source_path)}</span>
          <span className="text-slate-500"> · {formatDateTime(e.error_time)}</span>
        </>
      )}
    />
  );
}
