import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FolderChooser } from '@/components/folder-browser/folder-chooser';
import { TextField } from '@/features/sharing/components/rule-fields';

/** A folder typed as a path, or picked by browsing the collection (Browse… opens the chooser below the field). */
export function FolderField({
  label,
  hint,
  value,
  onChange,
  error,
  collectionId,
  start,
}: {
  label: string;
  hint: string;
  value: string;
  onChange: (path: string) => void;
  error?: string;
  collectionId: string;
  start: string;
}) {
  const [browsing, setBrowsing] = useState(false);
  return (
    <>
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <TextField label={label} value={value} onChange={onChange} error={error} hint={hint} />
        </div>
        <Button className="mb-5" aria-expanded={browsing} onClick={() => setBrowsing((b) => !b)}>
          Browse…
        </Button>
      </div>
      {browsing ? (
        <FolderChooser
          collectionId={collectionId}
          start={start}
          onPick={(path) => {
            onChange(path);
            setBrowsing(false);
          }}
          onCancel={() => setBrowsing(false)}
        />
      ) : null}
    </>
  );
}
