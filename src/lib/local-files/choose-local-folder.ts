// Picking a folder on this computer and remembering it, for every place that offers "This computer…".
import { canPickFolders, pickFolder } from '@/lib/local-files/picker-api';
import { saveLocalRoot, type LocalRoot } from '@/lib/local-files/local-roots';

/** Asks for a folder (needs a click or a key press) and remembers it; null when the user cancels. */
export async function chooseLocalFolder(): Promise<LocalRoot | null> {
  const handle = await pickFolder('readwrite');
  return handle ? saveLocalRoot(handle) : null;
}

export { canPickFolders };

/** What a browser without the folder picker can still do: single files through a collection's HTTPS server. */
export const NO_FOLDER_PICKER =
  'This browser cannot open folders from your computer (Chrome and Edge can). You can still move single files: ' +
  'open a collection, mark files and use Download, or use Upload files to send files from your computer into ' +
  'the folder shown — where the collection allows HTTPS access.';
