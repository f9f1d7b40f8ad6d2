import { useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { canPickFolders, chooseLocalFolder, NO_FOLDER_PICKER } from '@/lib/local-files/choose-local-folder';
import { forgetLocalRoot } from '@/lib/local-files/local-roots';
import { localRootKeys, localRootsQuery } from '@/lib/queries/local-root';

/**
 * "This computer…": the folders picked before in this browser, and "Choose a folder…" for another.
 * Browsers without the folder picker get a plain explanation and the single-file way instead.
 */
export function LocalFolderChoice({ onOpen }: { onOpen: (collectionId: string) => void }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="flex flex-col gap-2">
      <div>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          className="text-sm text-blue-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-600"
        >
          This computer…
        </button>
      </div>
      {open ? (
        <section
          id={panelId}
          aria-label="Folders on this computer"
          className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm"
        >
          {canPickFolders() ? <LocalFolders onOpen={onOpen} /> : <p className="text-slate-700">{NO_FOLDER_PICKER}</p>}
        </section>
      ) : null}
    </div>
  );
}

function LocalFolders({ onOpen }: { onOpen: (collectionId: string) => void }) {
  const qc = useQueryClient();
  const roots = useQuery(localRootsQuery());
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async () => {
    setProblem(null);
    try {
      const root = await chooseLocalFolder();
      if (!root) return;
      await qc.invalidateQueries({ queryKey: localRootKeys.all });
      onOpen(root.id);
    } catch (err) {
      setProblem(
        `The folder could not be opened: ${err instanceof Error ? err.message : String(err)}. Try another folder.`,
      );
    }
  };
  const forget = async (id: string) => {
    await forgetLocalRoot(id);
    await qc.invalidateQueries({ queryKey: localRootKeys.all });
  };
  const list = roots.data ?? [];
  return (
    <div className="flex flex-col gap-2">
      <p className="text-slate-700">
        Open a folder on your computer in this pane. The browser asks you once which folder, and again after a reload
        before the page may read it.
      </p>
      {list.length ? (
        <ul aria-label="Folders opened before" className="flex flex-col gap-1">
          {list.map((root) => (
            <li key={root.id} className="flex items-center gap-2">
              <Button size="sm" onClick={() => onOpen(root.id)}>
                Open {root.name}
              </Button>
              <Button size="sm" variant="ghost" aria-label={`Forget ${root.name}`} onClick={() => void forget(root.id)}>
                Forget
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        <Button variant="primary" size="sm" onClick={() => void choose()}>
          Choose a folder…
        </Button>
      </div>
      {problem ? (
        <p role="alert" className="text-red-800">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
