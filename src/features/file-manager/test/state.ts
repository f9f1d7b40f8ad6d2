import type { FileEntry } from '@/lib/globus/transfer-types';
import type { CommandContext } from '@/features/file-manager/commands/command-types';
import { fileManagerReducer } from '@/features/file-manager/model/file-manager-reducer';
import { isEffect, type FileManagerIntent } from '@/features/file-manager/model/file-manager-intents';
import {
  initialFileManagerState,
  type FileManagerState,
  type PaneListing,
} from '@/features/file-manager/model/file-manager-state';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import { nameIndex } from '@/features/file-manager/model/selection';

/** Test-only: a listing as a pane would publish it. */
export function listingOf(
  collectionId: string,
  path: string,
  entries: FileEntry[],
  extra: Partial<PaneListing> = {},
): PaneListing {
  return {
    collectionId,
    collectionName: `${collectionId} name`,
    collection: undefined,
    path,
    shownPath: path,
    listed: true,
    entries,
    names: nameIndex(entries.map((e) => e.name)),
    ...extra,
  };
}

/** Test-only: both panes at their folders, each with its listing published. */
export function stateWith(
  left: PaneListing | null,
  right: PaneListing | null = null,
  init: Partial<Parameters<typeof initialFileManagerState>[0]> = {},
): FileManagerState {
  const at = (l: PaneListing | null) => ({ collectionId: l?.collectionId ?? '', path: l?.path ?? '' });
  let state = initialFileManagerState({ locations: { left: at(left), right: at(right) }, ...init });
  state = fileManagerReducer(state, { type: 'listing', side: 'left', listing: left });
  return fileManagerReducer(state, { type: 'listing', side: 'right', listing: right });
}

/** Test-only: the store's own changes applied, effects left out (they need the outside world). */
export function apply(
  state: FileManagerState,
  intents: FileManagerIntent | readonly FileManagerIntent[] | null | undefined,
): FileManagerState {
  const list: readonly FileManagerIntent[] = !intents
    ? []
    : Array.isArray(intents)
      ? intents
      : [intents as FileManagerIntent];
  return list.reduce((s, i) => (isEffect(i) ? s : fileManagerReducer(s, i)), state);
}

export const ctxOf = (state: FileManagerState, side: PaneSide = 'left'): CommandContext => ({ state, side });
