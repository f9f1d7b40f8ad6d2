import type { Ref } from 'react';
import { Button } from '@/components/ui/button';
import { ArrowUpIcon, RefreshIcon } from '@/components/ui/icons';

type Props = {
  canGoBack: boolean;
  canGoForward: boolean;
  canGoUp: boolean;
  fetching: boolean;
  showHidden: boolean;
  showOwnerColumns: boolean;
  filter: string;
  filterRef: Ref<HTMLInputElement>;
  onBack: () => void;
  onForward: () => void;
  onUp: () => void;
  onRefresh: () => void;
  onToggleHidden: () => void;
  onToggleOwnerColumns: () => void;
  onFilter: (text: string) => void;
  onFilterDone: () => void;
};

/** Per-pane navigation buttons and the filter-as-you-type box. */
export function PaneToolbar(p: Props) {
  return (
    <div className="flex flex-wrap items-center gap-1">
      <Button size="sm" variant="ghost" onClick={p.onBack} disabled={!p.canGoBack} title="Back (Alt+←)" aria-label="Back">
        ←
      </Button>
      <Button size="sm" variant="ghost" onClick={p.onForward} disabled={!p.canGoForward} title="Forward (Alt+→)" aria-label="Forward">
        →
      </Button>
      {/* In a narrow pane the icons stand alone, so the toolbar keeps to one line. */}
      <Button size="sm" variant="ghost" onClick={p.onUp} disabled={!p.canGoUp} title="Up (Backspace)" aria-label="Up">
        <ArrowUpIcon /> <span className="hidden @3xl:inline">Up</span>
      </Button>
      <Button size="sm" variant="ghost" onClick={p.onRefresh} disabled={p.fetching} title="Refresh (Ctrl+R)" aria-label="Refresh">
        <RefreshIcon /> <span className="hidden @3xl:inline">Refresh</span>
      </Button>
      <Button size="sm" variant="ghost" aria-pressed={p.showHidden} onClick={p.onToggleHidden} title="Show hidden files (Ctrl+H)">
        {p.showHidden ? '☑' : '☐'} Hidden
      </Button>
      <Button
        size="sm"
        variant="ghost"
        aria-pressed={p.showOwnerColumns}
        aria-label="Owner and permissions"
        onClick={p.onToggleOwnerColumns}
        title="Show owner and permissions columns (Alt+L)"
      >
        {p.showOwnerColumns ? '☑' : '☐'} Permissions
      </Button>
      <input
        ref={p.filterRef}
        type="search"
        aria-label="Filter by name"
        placeholder="Filter"
        value={p.filter}
        onChange={(e) => p.onFilter(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'ArrowDown' || (e.key === 'Escape' && !p.filter)) {
            e.preventDefault();
            p.onFilterDone();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            p.onFilter('');
          }
        }}
        className="h-7 w-28 min-w-0 rounded border border-slate-300 bg-white px-2 text-xs focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30"
      />
    </div>
  );
}
