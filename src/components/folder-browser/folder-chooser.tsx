import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { Button } from '@/components/ui/button';
import { FolderBrowser } from '@/components/folder-browser/folder-browser';
import { directoryQuery } from '@/lib/queries/directory';

/**
 * The folder browser, folders only, with a button to take the folder shown: for a form's folder field (the
 * folder to share, the folder a permission covers). Takes the path Transfer listed, so the default folder
 * comes back as a real path.
 */
export function FolderChooser({
  collectionId,
  start,
  onPick,
  onCancel,
}: {
  collectionId: string;
  start: string;
  onPick: (path: string) => void;
  onCancel: () => void;
}) {
  const { http } = useServices();
  const [path, setPath] = useState(start);
  // The browser's own listing (same key): read here for the path to take, never fetched twice.
  const listing = useQuery(directoryQuery(http, collectionId, path));
  const shown = listing.data?.path ?? path;
  return (
    <div role="group" aria-label="Choose a folder" className="mt-2 rounded-md border border-slate-300 p-2">
      <FolderBrowser collectionId={collectionId} path={path} onNavigate={setPath} foldersOnly />
      <div className="mt-2 flex gap-2">
        <Button size="sm" variant="primary" disabled={!listing.isSuccess} onClick={() => onPick(shown)}>
          Use {shown}
        </Button>
        <Button size="sm" onClick={onCancel}>
          Close folder list
        </Button>
      </div>
    </div>
  );
}
