// One file pane on the left of a test file manager, for the file pane's component tests.
import { beforeEach, vi } from 'vitest';
import { within } from '@testing-library/react';
import { createFakeHttp, type FakeRoute, setUpComponentTests } from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { FilePane } from '@/features/file-manager/components/file-pane';
import { entry } from '@/features/file-manager/test/listing';
import { panePrefsStore } from '@/features/file-manager/model/pane-prefs';
import { collectionNamesStore } from '@/lib/storage/collection-names';
import { TestFileManager } from '@/features/file-manager/test/render-file-manager';

/** Registers the component tests' hooks, and starts each test with no remembered pane settings or names. */
export function setUpFilePaneTests() {
  setUpComponentTests();
  beforeEach(async () => {
    await panePrefsStore.clear();
    await collectionNamesStore.clear();
  });
}

/** A folder of files and folders whose natural order differs from plain string order. */
export const files = [
  entry('zeta.txt'),
  entry('beta', 'dir'),
  entry('Alpha.csv'),
  entry('alpha2', 'dir'),
  entry('file10'),
  entry('file9'),
];

export function renderPane(
  routes: FakeRoute[],
  props: { path?: string; onDropFiles?: (files: File[]) => void; id?: string; name?: string | null } = {},
) {
  const { http, calls } = createFakeHttp(routes);
  const onNavigate = vi.fn();
  const { unmount, auth } = renderWithServices({
    entry: `/files?origin_id=${props.id ?? 'c-1'}`,
    http,
    element: (
      <TestFileManager left={{ collectionId: props.id ?? 'c-1', path: props.path ?? '/data/' }} onNavigate={onNavigate}>
        <FilePane
          collectionName={props.name === undefined ? 'Lab Storage' : props.name}
          onDropFiles={props.onDropFiles}
        />
      </TestFileManager>
    ),
  });
  return { calls, auth, onNavigate, unmount };
}

/** The names in the grid's rows, top to bottom, without the header row. */
export const rowNames = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('gridcell')[0]!.textContent);
