import { describe, expect, it, vi } from 'vitest';
import { localCopyRequested, type LocalCopyRequest } from '@/lib/events/local-copy-requested';
import { explainUnavailable, fileCommands } from '@/features/file-manager/commands/file-commands';
import { runCommand } from '@/features/file-manager/commands/registry';
import { transferOnDrop } from '@/features/file-manager/commands/drop-transfer';
import { createFileManagerStore } from '@/features/file-manager/model/file-manager-store';
import type { FileManagerState } from '@/features/file-manager/model/file-manager-state';
import { entry } from '@/features/file-manager/test/listing';
import { apply, ctxOf, listingOf, stateWith } from '@/features/file-manager/test/state';

const LOCAL = 'local:k1';
const FILES = [entry('run 1', 'dir'), entry('a.txt', 'file', 10), entry('b #%.csv', 'file', 20)];
const localLeft = (right = listingOf('c-1', '/inbox/', [entry('x.txt')])) =>
  stateWith(listingOf(LOCAL, '/sub/', FILES), right);
const run = (id: string, state: FileManagerState, side: 'left' | 'right' = 'left') => {
  const done = runCommand(fileCommands, id, ctxOf(state, side));
  return done && done.intents;
};
const markTwo = (s: FileManagerState) => apply(s, { type: 'markNames', side: 'left', names: ['a.txt', 'b #%.csv'] });

describe('commands in a pane of local files', () => {
  it('F5 toward a collection asks for a local copy (up) with the marked entries, never a transfer dialog', () => {
    const intents = run('transfer', markTwo(localLeft()));
    expect(intents).toEqual({
      type: 'localCopy',
      request: {
        direction: 'up',
        localRootId: LOCAL,
        localPath: '/sub/',
        collectionId: 'c-1',
        collectionPath: '/inbox/',
        items: [
          { name: 'a.txt', type: 'file', size: 10 },
          { name: 'b #%.csv', type: 'file', size: 20 },
        ],
      },
    });
  });

  it('F5 from a collection toward this computer asks for a copy down, with the entry under the cursor', () => {
    const state = stateWith(listingOf('c-1', '/inbox/', [entry('x.txt', 'file', 5)]), listingOf(LOCAL, '/', FILES));
    expect(run('transfer', state)).toMatchObject({
      type: 'localCopy',
      request: { direction: 'down', localPath: '/', collectionPath: '/inbox/', items: [{ name: 'x.txt', size: 5 }] },
    });
  });

  it('the copy request goes out on the shared channel when the store carries it out', () => {
    const heard: LocalCopyRequest[] = [];
    const stop = localCopyRequested.subscribe((r) => heard.push(r));
    const store = createFileManagerStore(markTwo(localLeft()));
    store.run(run('transfer', store.getState()) || null);
    stop();
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ direction: 'up', collectionId: 'c-1' });
  });

  it('between two folders on this computer F5 is off and says why', () => {
    const state = localLeft(listingOf('local:k2', '/', []));
    expect(run('transfer', state)).toBe(false);
    expect(explainUnavailable('transfer', ctxOf(state))).toMatchObject({
      type: 'openDialog',
      dialog: { kind: 'notice', text: expect.stringMatching(/computer’s own file manager/) },
    });
  });

  it('Transfer-only commands are off with a reason; new folder, delete, details stay on', () => {
    const state = markTwo(localLeft());
    for (const id of ['sync-preview', 'copy-link', 'share-folder', 'move']) {
      expect(run(id, state), id).toBe(false);
      expect(fileCommands.byId.get(id)!.unavailable!(ctxOf(state)), id).toEqual(expect.any(String));
    }
    expect(run('mkdir', state)).toMatchObject({ dialog: { kind: 'mkdir', collectionId: LOCAL } });
    expect(run('delete', state)).toMatchObject({ dialog: { kind: 'delete', collectionId: LOCAL } });
    // The collection pane beside it cannot sync-preview toward this computer either.
    expect(fileCommands.byId.get('sync-preview')!.unavailable!(ctxOf(state, 'right'))).toMatch(/cannot see/);
  });

  it('rename is off with a reason where the browser cannot move that kind of entry (handle.move)', () => {
    const onFile = apply(localLeft(), { type: 'moveTo', side: 'left', index: 1 });
    const onFolder = localLeft();
    vi.stubGlobal('FileSystemFileHandle', class {});
    expect(run('rename', onFile)).toBe(false);
    expect(explainUnavailable('rename', ctxOf(onFile))).toMatchObject({
      dialog: { kind: 'notice', text: expect.stringMatching(/cannot rename files/) },
    });
    // Chromium moves files but not folders.
    vi.stubGlobal(
      'FileSystemFileHandle',
      class {
        move() {}
      },
    );
    vi.stubGlobal('FileSystemDirectoryHandle', class {});
    expect(run('rename', onFile)).toMatchObject({ dialog: { kind: 'rename', collectionId: LOCAL } });
    expect(run('rename', onFolder)).toBe(false);
    expect(explainUnavailable('rename', ctxOf(onFolder))).toMatchObject({
      dialog: { text: expect.stringMatching(/cannot rename folders/) },
    });
    vi.unstubAllGlobals();
  });

  it('a collection pane beside no local folder keeps its usual commands', () => {
    const state = stateWith(listingOf('c-1', '/', FILES), listingOf('c-2', '/', []));
    expect(run('transfer', state)).toMatchObject({ dialog: { kind: 'transfer' } });
    expect(explainUnavailable('transfer', ctxOf(state))).toBeNull();
  });

  it('rows dropped between this computer and a collection ask for a copy; never a transfer dialog', () => {
    const state = localLeft();
    const payload = {
      side: 'left' as const,
      collectionId: LOCAL,
      path: '/sub/',
      items: [{ name: 'a.txt', isDir: false }],
    };
    expect(transferOnDrop(state, payload, 'right', '/inbox/deeper/')).toMatchObject({
      type: 'localCopy',
      request: {
        direction: 'up',
        collectionPath: '/inbox/deeper/',
        items: [{ name: 'a.txt', type: 'file', size: 10 }],
      },
    });
    const both = localLeft(listingOf('local:k2', '/', []));
    expect(transferOnDrop(both, payload, 'right', '/')).toMatchObject({ dialog: { kind: 'notice' } });
  });

  it('Alt+M opens a folder on this computer, or explains when this browser cannot', () => {
    const state = localLeft();
    expect(run('open-local-folder', state)).toMatchObject({
      dialog: { kind: 'notice', text: expect.stringMatching(/cannot open folders/) },
    });
    vi.stubGlobal('showDirectoryPicker', () => Promise.resolve(null));
    expect(run('open-local-folder', state)).toEqual({ type: 'pickLocalFolder', side: 'left' });
    vi.unstubAllGlobals();
  });
});
