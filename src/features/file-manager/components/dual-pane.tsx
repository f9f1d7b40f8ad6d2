import { lazy, Suspense, useCallback, useEffect, type ReactNode } from 'react';
import { carryThroughLogin } from '@/components/services/login-round-trip';
import { explainUnavailable, fileCommands } from '@/features/file-manager/commands/file-commands';
import { runCommand } from '@/features/file-manager/commands/registry';
import { useDialogFocusReturn } from '@/features/file-manager/hooks/use-dialog-focus-return';
import { useFileManager, useFileManagerStore } from '@/features/file-manager/hooks/use-file-manager';
import { toAppState } from '@/features/file-manager/model/app-state';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import { useTaskTray } from '@/features/file-manager/hooks/use-task-tray';
import { FunctionKeyBar } from '@/features/file-manager/components/function-key-bar';
import { ContextMenu } from '@/features/file-manager/components/context-menu';
import { TaskTray } from '@/features/file-manager/components/task-tray';
import { PaneSwitcher } from '@/features/file-manager/components/pane-switcher';
import type { SubmittedTask } from '@/features/file-manager/api/submit-task';

// Dialogs and the help overlay are their own chunk: most visits never open one.
const DialogHost = lazy(() => import('@/features/file-manager/components/dialogs/dialog-host'));

type Props = {
  renderPane: (side: PaneSide) => ReactNode;
  /** Pane titles for the narrow-screen switcher. */
  paneNames: Record<PaneSide, string>;
};

/**
 * Two panes, one active; keys, toolbar, menu, function-key bar and dialogs all go through the
 * registry and the file manager's store (inside <FileManagerProvider>).
 */
export function DualPane({ renderPane, paneNames }: Props) {
  const store = useFileManagerStore();
  const active = useFileManager((s) => s.active);
  const tray = useTaskTray();
  // The login the app asks for when the session ends, or a pane's consent, brings back the panes' marks too.
  useEffect(() => carryThroughLogin(() => toAppState(store.getState())), [store]);
  // F1 anywhere on the page (the collection picker, a toolbar), not only in a listing, which claims it first.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F1' || e.defaultPrevented || store.getState().dialog) return;
      const now = store.getState();
      const done = runCommand(fileCommands, 'help', { state: now, side: now.active });
      if (!done) return;
      e.preventDefault();
      store.run(done.intents);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  const pane = (side: PaneSide) => (
    <div key={side} className={`min-h-0 min-w-0 flex-1 flex-col ${active === side ? 'flex' : 'hidden md:flex'}`}>
      {renderPane(side)}
    </div>
  );

  return (
    <>
      <div className="flex min-h-0 flex-1 flex-col">
        <PaneSwitcher
          active={active}
          names={paneNames}
          onChoose={(side) => store.dispatch({ type: 'activate', side })}
        />
        <div className="flex min-h-0 flex-1 gap-2 p-2">
          {pane('left')}
          {pane('right')}
        </div>
        <TaskTray tasks={tray.tasks} onDismiss={tray.dismiss} note={tray.resendError} />
        <FunctionKeyBar registry={fileCommands} />
      </div>
      <PaneMenu />
      <Dialogs onSubmitted={tray.add} />
    </>
  );
}

function PaneMenu() {
  const at = useFileManager((s) => s.menu);
  return at ? <OpenMenu x={at.x} y={at.y} /> : null;
}

/** The row menu, offering what applies to the active pane now. */
function OpenMenu({ x, y }: { x: number; y: number }) {
  const store = useFileManagerStore();
  const state = useFileManager((s) => s);
  const close = useCallback(() => {
    store.dispatch({ type: 'menu', at: null });
    store.dispatch({ type: 'focus', side: store.getState().active, target: 'grid' });
  }, [store]);
  return (
    <ContextMenu
      registry={fileCommands}
      ctx={{ state, side: state.active }}
      x={x}
      y={y}
      onRun={(id) => {
        const now = store.getState();
        const ctx = { state: now, side: now.active };
        const done = runCommand(fileCommands, id, ctx);
        store.dispatch({ type: 'menu', at: null });
        const why = done ? null : explainUnavailable(id, ctx);
        if (done) store.run(done.intents);
        else if (why) store.run(why);
        else store.dispatch({ type: 'focus', side: now.active, target: 'grid' });
      }}
      onClose={close}
    />
  );
}

function Dialogs({ onSubmitted }: { onSubmitted: (task: SubmittedTask) => void }) {
  const store = useFileManagerStore();
  const dialog = useFileManager((s) => s.dialog);
  useDialogFocusReturn();
  const close = useCallback(() => store.dispatch({ type: 'closeDialog' }), [store]);
  const change = useCallback((next: DialogRequest) => store.dispatch({ type: 'openDialog', dialog: next }), [store]);
  return dialog ? (
    <Suspense fallback={null}>
      <DialogHost
        request={dialog}
        registry={fileCommands}
        onClose={close}
        onSubmitted={onSubmitted}
        onChange={change}
      />
    </Suspense>
  ) : null;
}
