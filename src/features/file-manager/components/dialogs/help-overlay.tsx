import { Button } from '@/components/ui/button';
import type { CommandGroup } from '@/features/file-manager/commands/command-types';
import type { Registry } from '@/features/file-manager/commands/registry';
import { Modal } from '@/components/ui/modal';

const GROUPS: CommandGroup[] = ['Navigate', 'Select', 'Files', 'Panes', 'Help'];

/** Cursor keys belong to the grid itself (APG grid pattern), not to the registry. */
const GRID_KEYS = [
  ['↑ ↓ Page Up Page Down Home End', 'Move the cursor (with Shift: extend the selection)'],
  ['Ctrl+click, Shift+click', 'Add to or extend the selection'],
  ['Letters', 'Jump to the next name starting with them'],
];

/** F1 / ?: every command in the registry with its keys, so the list can never drift from the bindings. */
export function HelpOverlay({ registry, onClose }: { registry: Registry; onClose: () => void }) {
  return (
    <Modal
      wide
      title="Keyboard commands"
      onClose={onClose}
      footer={
        <Button variant="primary" onClick={onClose} data-autofocus>
          Close
        </Button>
      }
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {GROUPS.map((group) => (
          <section key={group} aria-label={group}>
            <h3 className="mb-1 font-semibold">{group}</h3>
            <table className="w-full text-sm">
              <tbody>
                {registry.commands
                  .filter((c) => c.group === group)
                  .map((c) => (
                    <tr key={c.id} data-command={c.id}>
                      <td className="py-0.5 pr-2 align-top">{c.label}</td>
                      <td className="py-0.5 text-right align-top whitespace-nowrap">
                        {c.keys.map((k) => (
                          <kbd
                            key={k}
                            className="ml-1 rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs"
                          >
                            {k}
                          </kbd>
                        ))}
                      </td>
                    </tr>
                  ))}
                {group === 'Navigate'
                  ? GRID_KEYS.map(([k, label]) => (
                      <tr key={k}>
                        <td className="py-0.5 pr-2">{label}</td>
                        <td className="py-0.5 text-right">
                          <kbd className="font-mono text-xs">{k}</kbd>
                        </td>
                      </tr>
                    ))
                  : null}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </Modal>
  );
}
