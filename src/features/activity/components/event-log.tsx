// The task's event log, newest first, with an errors-only switch and offset paging.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EVENTS_PAGE_SIZE, useTaskEvents } from '@/features/activity/api/task-events';
import { formatDateTime } from '@/lib/format/dates';
import { readableDetails } from '@/features/activity/model/event-details';

/** Details as labelled fields or readable text; Transfer's own text behind a disclosure when it differs. */
function EventDetails({ details }: { details: string | null | undefined }) {
  const { fields, text, raw } = readableDetails(details);
  return (
    <>
      {fields ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2">
          {fields.map((f) => (
            <div key={f.label} className="contents">
              <dt className="text-slate-500">{f.label}</dt>
              <dd className="min-w-0 break-words">{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {text ? <p className="break-words whitespace-pre-line">{text}</p> : null}
      {raw ? (
        <details className="mt-0.5">
          <summary className="cursor-pointer text-slate-500">Raw details</summary>
          <pre className="max-h-32 overflow-auto font-mono text-[11px] whitespace-pre-wrap">{raw}</pre>
        </details>
      ) : null}
    </>
  );
}

export function EventLog({ taskId, running }: { taskId: string; running: boolean }) {
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const events = useTaskEvents(taskId, { offset, limit: EVENTS_PAGE_SIZE, errorsOnly }, running);
  const total = events.data?.total ?? 0;
  const rows = events.data?.DATA ?? [];
  return (
    <section aria-label="Event log" className="rounded-md border border-slate-200 bg-white p-3">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold text-slate-900">Event log</h2>
        <label className="inline-flex items-center gap-1.5 text-xs">
          <input
            type="checkbox"
            role="switch"
            aria-checked={errorsOnly}
            checked={errorsOnly}
            onChange={(e) => {
              setErrorsOnly(e.target.checked);
              setOffset(0);
            }}
          />
          Errors only
        </label>
      </div>
      {events.isPending ? <p className="text-xs text-slate-600">Loading events…</p> : null}
      {events.isError && !events.data ? (
        <p role="alert" className="text-xs text-red-700">
          The event log could not be loaded.
        </p>
      ) : null}
      {events.data && rows.length === 0 ? (
        <p className="text-xs text-slate-600">{errorsOnly ? 'No errors recorded.' : 'No events yet.'}</p>
      ) : null}
      {rows.length ? (
        <table className="w-full table-fixed text-left text-xs">
          <thead className="text-slate-500">
            <tr>
              <th scope="col" className="w-36 py-1">
                Time
              </th>
              <th scope="col" className="w-40">
                Event
              </th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e, i) => (
              <tr
                key={`${e.time}-${e.code}-${i}`}
                className={`border-t border-slate-100 align-top ${e.is_error ? 'text-red-800' : ''}`}
              >
                <td className="py-1 tabular-nums">{formatDateTime(e.time)}</td>
                <td>
                  {e.is_error ? <span className="sr-only">Error: </span> : null}
                  {e.description || e.code} <span className="text-slate-500">({e.code})</span>
                </td>
                <td>
                  <EventDetails details={e.details} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {total > EVENTS_PAGE_SIZE ? (
        <nav aria-label="Event log pages" className="mt-2 flex items-center gap-2 text-xs">
          <span>
            {offset + 1}–{Math.min(offset + EVENTS_PAGE_SIZE, total)} of {total}
          </span>
          <Button size="sm" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - EVENTS_PAGE_SIZE))}>
            Newer events
          </Button>
          <Button
            size="sm"
            disabled={offset + EVENTS_PAGE_SIZE >= total}
            onClick={() => setOffset(offset + EVENTS_PAGE_SIZE)}
          >
            Older events
          </Button>
        </nav>
      ) : null}
    </section>
  );
}
