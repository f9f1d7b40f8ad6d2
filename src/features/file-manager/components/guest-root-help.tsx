import { useEffect, useId, useState } from 'react';
import { recallGuestFolders } from '@/lib/storage/guest-folders';
import { withTrailingSlash } from '@/lib/paths/collection-path';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';

/**
 * A guest collection shared with the user at a folder inside it: its root answers "permission denied".
 * Transfer does not tell an invitee which folder their access rule names (only access managers may read the
 * rules), so this explains that and offers the folders that worked here before and the path from the invitation.
 */
export function GuestRootHelp({
  collectionId,
  collectionName,
  onNavigate,
}: {
  collectionId: string;
  collectionName: string;
  onNavigate: (path: string) => void;
}) {
  const [known, setKnown] = useState<{ id: string; folders: string[] } | null>(null);
  const [typed, setTyped] = useState('');
  const fieldId = useId();
  useEffect(() => {
    let live = true;
    void recallGuestFolders(collectionId).then((folders) => live && setKnown({ id: collectionId, folders }));
    return () => {
      live = false;
    };
  }, [collectionId]);
  const folders = known?.id === collectionId ? known.folders : [];
  const open = (path: string) => onNavigate(withTrailingSlash(path.startsWith('/') ? path : `/${path}`));

  return (
    <div className="p-4">
      <MessagePanel role="alert" tone="warning" title={`You have access to a folder inside “${collectionName}”`}>
        <p>
          This collection was shared with you at a folder inside it, not at its top level, so its top level cannot be
          listed. Open the folder you were given: the invitation email from Globus names it
          {folders.length ? ', and the folders you opened here before are below' : ''}.
        </p>
        {folders.length ? (
          <ul aria-label="Folders you opened here before" className="mt-2 flex flex-wrap gap-2">
            {folders.map((f) => (
              <li key={f}>
                <Button size="sm" onClick={() => onNavigate(f)}>
                  Open {f}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
        <form
          className="mt-3 flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (typed.trim()) open(typed.trim());
          }}
        >
          <label htmlFor={fieldId} className="flex min-w-0 flex-1 flex-col gap-1">
            <span className="font-medium">Folder path</span>
            <input
              id={fieldId}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              placeholder="/projects/shared/"
              className="h-8 rounded border border-slate-300 px-2 font-mono text-xs"
            />
          </label>
          <Button type="submit" disabled={!typed.trim()}>
            Open folder
          </Button>
        </form>
      </MessagePanel>
    </div>
  );
}
