import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import type { CommandContext } from '@/features/file-manager/commands/command-types';
import { fileCommands } from '@/features/file-manager/commands/file-commands';
import { dispatchKey, runCommand } from '@/features/file-manager/commands/registry';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import { otherSide, type PaneSide } from '@/features/file-manager/model/pane-handle';
import type { PaneBinding } from '@/features/file-manager/model/pane-binding';
import { createPaneStore } from '@/features/file-manager/model/pane-store';
import type { FileManagerAppState } from '@/features/file-manager/model/app-state';
import { newTransferForm } from '@/features/file-manager/model/transfer-form';
import { transferSide } from '@/features/file-manager/model/transfer-side';
import { AppStateContext } from '@/features/file-manager/hooks/use-reauthorize';
import { setLoginStateSource } from '@/components/services/login-state-source';
import { useTaskTray } from '@/features/file-manager/hooks/use-task-tray';
import { FunctionKeyBar } from '@/features/file-manager/components/function-key-bar';
import { ContextMenu } from '@/features/file-manager/components/context-menu';
import { TaskTray } from '@/features/file-manager/components/task-tray';
import { PaneSwitcher } from '@/features/file-manager/components/pane-switcher';

// Dialogs and the help overlay are their own chunk: most visits never open one.
const DialogHost = lazy(() => import('@/features/file-manager/components/dialogs/dialog-host'));

type Props = {
  renderPane: (side: PaneSide, binding: PaneBinding) => ReactNode;
  /** Pane titles for the narrow-screen switcher. */
  paneNames: Record<PaneSide, string>;
  onSwap: () => void;
  onOpenIn: (side: PaneSide, collectionId: string, path: string) => void;
  /** State brought back by a login round trip. */
  restore?: FileManagerAppState | null | undefined;
};

/** Two panes, one active; keys, menu, function-key bar, dialogs and the task tray all go through the registry. */
export function DualPane({ renderPane, paneNames, onSwap, onOpenIn, restore }: Props) {
  const store = useMemo(createPaneStore, []);
  const [active, setActive] = useState<PaneSide>(restore?.active ?? 'left');
  const [compare, setCompare] = useState(false);
  const [dialog, setDialog] = useState<DialogRequest | null>(restore?.dialog ?? null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const focusPending = useRef(false);
  const tray = useTaskTray();

  const activeRef = useRef(active);
  activeRef.current = active;
  const compareRef = useRef(compare);
  compareRef.current = compare;

  const openDialog = useCallback((request: DialogRequest) => {
    opener.current = document.activeElement as HTMLElement | null;
    setMenu(null);
    setDialog(request);
  }, []);
  const focusAfterClose = useRef(false);
  const closeDialog = useCallback(() => {
    focusAfterClose.current = true;
    setDialog(null);
  }, []);
  // Focus goes back where the dialog was opened from (or to the active pane) once the dialog has left the page:
  // before that the rest of the page is inert and a focus() call is silently ignored.
  useEffect(() => {
    if (dialog || !focusAfterClose.current) return;
    focusAfterClose.current = false;
    const back = opener.current;
    if (back?.isConnected) back.focus();
    if (document.activeElement !== back) store.get(activeRef.current)?.focus();
  }, [dialog, store]);

  const activate = useCallback((side: PaneSide, focus = false) => {
    focusPending.current = focus;
    setActive(side);
  }, []);
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    store.get(active)?.focus();
  }, [active, store]);

  const context = useCallback(
    (side: PaneSide = activeRef.current): CommandContext | null => {
      const pane = store.get(side);
      if (!pane) return null;
      return {
        active: pane,
        other: store.get(otherSide(side)),
        activeSide: side,
        openDialog,
        switchPane: () => activate(otherSide(side), true),
        swapPanes: onSwap,
        openInOther: (id, path) => onOpenIn(otherSide(side), id, path),
        compare: compareRef.current,
        toggleCompare: () => setCompare((c) => !c),
        openContextMenu: () => {
          const grid = document.activeElement as HTMLElement | null;
          const box = grid?.getBoundingClientRect();
          setMenu({ x: (box?.left ?? 0) + 40, y: (box?.top ?? 0) + 40 });
        },
      };
    },
    [activate, onOpenIn, onSwap, openDialog, store],
  );

  const run = useCallback((id: string) => runCommand(fileCommands, id, context()), [context]);

  const bindings = useMemo(() => {
    const make = (side: PaneSide): PaneBinding => ({
      side,
      active: false,
      onActivate: () => activeRef.current !== side && activate(side),
      register: (h) => store.set(side, h),
      unregister: () => store.clear(side),
      onCommandKey: (e: KeyboardEvent) => dispatchKey(fileCommands, e, context(side)).kind !== 'none',
      onContextMenu: (x, y) => setMenu({ x, y }),
      onDropFiles: (payload, targetPath) => {
        const from = store.get(payload.side);
        const to = store.get(side);
        if (!from || !to) return;
        openDialog({ kind: 'transfer', form: newTransferForm(transferSide(from, payload.path), transferSide(to, targetPath), payload.items) });
      },
      // eslint-disable-next-line react-hooks/rules-of-hooks -- called by the pane as a hook
      useCompareWith: () => useSyncExternalStore(store.subscribe, () => (compareRef.current ? (store.get(otherSide(side))?.entries ?? null) : null)),
      initialSelection: restore?.selections[side],
    });
    return { left: make('left'), right: make('right') };
  }, [activate, context, openDialog, restore, store]);

  const snapshot = useCallback(
    (d: DialogRequest | null): FileManagerAppState => ({
      kind: 'file-manager',
      active: activeRef.current,
      selections: { left: [...(store.get('left')?.selectedNames ?? [])], right: [...(store.get('right')?.selectedNames ?? [])] },
      dialog: d,
    }),
    [store],
  );
  // A login the app asks for when the session ends brings the panes' selection back too.
  useEffect(() => setLoginStateSource(() => snapshot(null)), [snapshot]);
  // A compare toggle must reach the panes' subscriptions.
  useEffect(() => {
    const pane = store.get(active);
    if (pane) store.set(active, pane);
  }, [compare, active, store]);

  const pane = (side: PaneSide) => (
    <div key={side} className={`min-h-0 min-w-0 flex-1 flex-col ${active === side ? 'flex' : 'hidden md:flex'}`}>
      {renderPane(side, { ...bindings[side], active: active === side })}
    </div>
  );
  const menuCtx = menu ? context() : null;

  return (
    <AppStateContext.Provider value={snapshot}>
      <div className="flex min-h-0 flex-1 flex-col">
        <PaneSwitcher active={active} names={paneNames} onChoose={(s) => activate(s)} />
        <div className="flex min-h-0 flex-1 gap-2 p-2">
          {pane('left')}
          {pane('right')}
        </div>
        <TaskTray tasks={tray.tasks} onDismiss={tray.dismiss} note={tray.resendError} />
        <FunctionKeyBar registry={fileCommands} store={store} context={context} onRun={run} />
      </div>
      {menu && menuCtx ? (
        <ContextMenu
          registry={fileCommands}
          ctx={menuCtx}
          x={menu.x}
          y={menu.y}
          onRun={(id) => {
            setMenu(null);
            if (!run(id)) store.get(activeRef.current)?.focus();
          }}
          onClose={() => {
            setMenu(null);
            store.get(activeRef.current)?.focus();
          }}
        />
      ) : null}
      {dialog ? (
        <Suspense fallback={null}>
          <DialogHost request={dialog} registry={fileCommands} onClose={closeDialog} onSubmitted={tray.add} onChange={setDialog} />
        </Suspense>
      ) : null}
    </AppStateContext.Provider>
  );
}
