import { useState, type KeyboardEvent } from 'react';
import { breadcrumbs } from '@/lib/paths/collection-path';

/**
 * Clickable breadcrumbs plus an editable path box; the box takes the path exactly as typed. `label` names the
 * breadcrumb trail, distinct per pane (two panes' trails must not be two identical landmarks).
 */
export function PathBar({
  path,
  onNavigate,
  label,
}: {
  path: string;
  onNavigate: (path: string) => void;
  label: string;
}) {
  const [draft, setDraft] = useState(path);
  const [shownFor, setShownFor] = useState(path);
  // Reset the box whenever the pane moves elsewhere (render-time sync, no effect needed).
  if (shownFor !== path) {
    setShownFor(path);
    setDraft(path);
  }
  const crumbs = breadcrumbs(path);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && draft !== '') onNavigate(draft);
    else if (e.key === 'Escape') setDraft(path);
    else return;
    e.preventDefault();
  };

  return (
    <div className="flex flex-col gap-1 @2xl:flex-row @2xl:items-center @2xl:gap-2">
      <nav aria-label={label} className="min-w-0 flex-1 overflow-x-auto">
        <ol className="flex items-center text-[13px] whitespace-nowrap">
          {crumbs.map((c, i) => {
            const last = i === crumbs.length - 1;
            return (
              <li key={c.path} className="flex items-center">
                {i > 1 || (i === 1 && crumbs[0]!.label !== '/') ? (
                  <span aria-hidden="true" className="px-0.5 text-slate-400">
                    /
                  </span>
                ) : null}
                <button
                  type="button"
                  aria-current={last ? 'location' : undefined}
                  aria-label={c.label === '/' ? 'Root' : undefined}
                  onClick={() => onNavigate(c.path)}
                  // At least 24 px each way, so the one-character root crumb is not a pinpoint target.
                  className={`inline-flex min-h-6 min-w-6 items-center justify-center rounded px-1 py-0.5 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-blue-600 ${
                    last ? 'font-semibold text-slate-900' : 'text-blue-800'
                  }`}
                >
                  {c.label}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <input
        type="text"
        aria-label="Path"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        spellCheck={false}
        autoComplete="off"
        placeholder="/path/to/folder/"
        className="h-7 w-full min-w-0 rounded border border-slate-300 bg-white px-2 font-mono text-xs focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30 @2xl:w-80"
      />
    </div>
  );
}
