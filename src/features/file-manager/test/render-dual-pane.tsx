// Both file panes side by side, on two test collections, for the dual pane's component tests.
import { beforeEach, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createFakeHttp, type FakeRoute, setUpComponentTests } from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { DualPane } from '@/features/file-manager/components/dual-pane';
import { FilePane } from '@/features/file-manager/components/file-pane';
import { panePrefsStore } from '@/features/file-manager/model/pane-prefs';
import { TestFileManager } from '@/features/file-manager/test/render-file-manager';
import { pendingSubmissions } from '@/features/file-manager/api/submit-task';
import type { FileManagerAppState } from '@/features/file-manager/model/app-state';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import { entry, listing, LS } from '@/features/file-manager/test/listing';

/** Registers the component tests' hooks, and starts each test with no remembered pane settings or submissions. */
export function setUpDualPaneTests() {
  setUpComponentTests();
  beforeEach(async () => {
    await panePrefsStore.clear();
    await pendingSubmissions.clear();
    // happy-dom's <dialog> lacks showModal in some versions: open it as a plain dialog.
    if (!('showModal' in HTMLDialogElement.prototype)) {
      Object.assign(HTMLDialogElement.prototype, {
        showModal(this: HTMLDialogElement) {
          this.open = true;
        },
      });
    }
  });
}

// The dialogs are a lazily loaded chunk: the first import can take a moment on a busy machine.
export const LAZY = { timeout: 5000 };
/** What the left collection ("Left Lab", id L) lists at /left/, and the right one (R) at /right/. */
export const LEFT = [entry('alpha', 'dir'), entry('b #1 ü.txt'), entry('c.csv', 'file', 10), entry('.secret')];
export const RIGHT = [entry('c.csv', 'file', 99), entry('other.txt')];

/** Both panes at their folders; `extra` routes are asked before the default listings. */
export function renderShell(extra: FakeRoute[] = [], restore?: FileManagerAppState) {
  const routes: FakeRoute[] = [
    ...extra,
    { path: LS, reply: (_o, m) => (m[1] === 'L' ? listing('/left/', LEFT, 'L') : listing('/right/', RIGHT, 'R')) },
  ];
  const { http, calls } = createFakeHttp(routes);
  const onOpenIn = vi.fn<(side: PaneSide, collectionId: string, path: string) => void>();
  const onSwap = vi.fn();
  const { auth, unmount } = renderWithServices({
    entry: '/files?origin_id=L&destination_id=R',
    http,
    element: (
      <TestFileManager
        left={{ collectionId: 'L', path: '/left/' }}
        right={{ collectionId: 'R', path: '/right/' }}
        onMove={(side, loc) => onOpenIn(side, loc.collectionId, loc.path)}
        onSwap={onSwap}
        restore={restore}
      >
        <DualPane
          paneNames={{ left: 'Left Lab', right: 'Right Lab' }}
          renderPane={(side) => <FilePane side={side} collectionName={side === 'left' ? 'Left Lab' : 'Right Lab'} />}
        />
      </TestFileManager>
    ),
  });
  return { calls, auth, onOpenIn, onSwap, unmount };
}

/** The left pane's grid, once both panes have listed their folders. */
export async function leftGrid() {
  const grid = await screen.findByRole('grid', { name: 'Files in Left Lab at /left/' });
  await within(grid).findByRole('row', { name: /c\.csv/ });
  await screen.findByRole('grid', { name: 'Files in Right Lab at /right/' });
  return grid;
}

/** The names of the grid's marked rows, top to bottom. */
export const selectedNames = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-selected') === 'true')
    .map((r) => within(r).getAllByRole('gridcell')[0]!.textContent);
