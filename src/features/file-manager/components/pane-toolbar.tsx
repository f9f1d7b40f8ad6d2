import type { ReactNode, Ref } from 'react';
import { Button } from '@/components/ui/button';
import { ArrowUpIcon, RefreshIcon } from '@/components/ui/icons';
import type { Command, ToolbarSpec } from '@/features/file-manager/commands/command-types';
import { fileCommands } from '@/features/file-manager/commands/file-commands';
import { shortcutHint } from '@/features/file-manager/commands/key-chords';
import { runCommand } from '@/features/file-manager/commands/registry';
import { useFileManagerStore } from '@/features/file-manager/hooks/use-file-manager';
import { useCommandStates } from '@/features/file-manager/hooks/use-command-states';
import type { PaneSide } from '@/features/file-manager/model/pane-side';

const TOOLBAR = fileCommands.commands.filter((c): c is Command & { toolbar: ToolbarSpec } => c.toolbar !== undefined);

/** In a narrow pane the icons stand alone, so the toolbar keeps to one line. */
const withIcon = (icon: ReactNode, name: string) => (
  <>
    {icon} <span className="hidden @3xl:inline">{name}</span>
  </>
);

function content(spec: ToolbarSpec, pressed: boolean | undefined): ReactNode {
  if (pressed !== undefined) return `${pressed ? '☑' : '☐'} ${spec.text ?? spec.name}`;
  switch (spec.icon) {
    case 'back':
      return '←';
    case 'forward':
      return '→';
    case 'up':
      return withIcon(<ArrowUpIcon />, spec.name);
    case 'refresh':
      return withIcon(<RefreshIcon />, spec.name);
    default:
      return spec.text ?? spec.name;
  }
}

/** A pane's navigation buttons, rendered from the command registry, and the filter-as-you-type box. */
export function PaneToolbar({
  side,
  filter,
  filterRef,
  onFilterDone,
}: {
  side: PaneSide;
  filter: string;
  filterRef: Ref<HTMLInputElement>;
  onFilterDone: () => void;
}) {
  const store = useFileManagerStore();
  const states = useCommandStates(TOOLBAR, side);
  const setFilter = (text: string) => store.dispatch({ type: 'filter', side, text });
  return (
    <div className="flex flex-wrap items-center gap-1">
      {TOOLBAR.map((c, i) => {
        const { enabled, pressed } = states[i]!;
        return (
          <Button
            key={c.id}
            size="sm"
            variant="ghost"
            aria-label={c.toolbar.name}
            aria-pressed={pressed}
            aria-keyshortcuts={c.keys.join(' ')}
            title={`${c.toolbar.title ?? c.toolbar.name} (${shortcutHint(c.keys[0]!)})`}
            disabled={!enabled}
            onClick={() => {
              const done = runCommand(fileCommands, c.id, { state: store.getState(), side });
              if (done) store.run(done.intents);
            }}
          >
            {content(c.toolbar, pressed)}
          </Button>
        );
      })}
      <input
        ref={filterRef}
        type="search"
        aria-label="Filter by name"
        placeholder="Filter"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'ArrowDown' || (e.key === 'Escape' && !filter)) {
            e.preventDefault();
            onFilterDone();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setFilter('');
          }
        }}
        className="h-7 w-28 min-w-0 rounded border border-slate-300 bg-white px-2 text-xs focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30"
      />
    </div>
  );
}
