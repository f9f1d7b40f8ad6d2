// "Copy these entries between a folder on this computer and a collection": the file manager says it
// (F5, drag and drop, the context menu) when one of its panes shows a local folder; the local-copy
// feature listens, asks for the options and runs the copy through the collection's HTTPS server.
import { createTypedEvent } from '@/lib/events/typed-event';

export type LocalCopyItem = { name: string; type: 'dir' | 'file'; size: number };

export interface LocalCopyRequest {
  /** up: this computer → collection; down: collection → this computer. */
  direction: 'up' | 'down';
  /** The local pane's collection id (`local:<key>`) and folder path ('/a/b/'). */
  localRootId: string;
  localPath: string;
  /** The collection on the other side and its folder path, as Transfer names them. */
  collectionId: string;
  collectionPath: string;
  /** The marked entries (or the one under the cursor) in the source pane's folder. */
  items: LocalCopyItem[];
}

export const localCopyRequested = createTypedEvent<LocalCopyRequest>();
