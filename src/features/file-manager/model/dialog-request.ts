import type { FileEntry } from '@/lib/globus/transfer-types';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import type { TransferForm } from '@/features/file-manager/model/transfer-form';

/** The operation dialogs, described as data so they can be lazily loaded and survive a login round trip. */
export type DialogRequest =
  | { kind: 'mkdir'; side: PaneSide; collectionId: string; path: string; draft?: string }
  | { kind: 'rename'; side: PaneSide; collectionId: string; path: string; entry: FileEntry; draft?: string }
  | { kind: 'move'; side: PaneSide; collectionId: string; path: string; names: string[]; target: string }
  | { kind: 'delete'; side: PaneSide; collectionId: string; collectionName: string; path: string; entries: FileEntry[] }
  | { kind: 'transfer'; form: TransferForm }
  | { kind: 'sync-preview'; form: TransferForm }
  | { kind: 'details'; collectionName: string; path: string; entry: FileEntry }
  | { kind: 'help' }
  | { kind: 'dataset-link'; collectionId: string; path: string; files: string[] }
  /** Why a command cannot do anything here yet, and what it needs. */
  | { kind: 'notice'; title: string; text: string };
