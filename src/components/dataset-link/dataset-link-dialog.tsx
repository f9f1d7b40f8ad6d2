import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';
import { browser } from '@/lib/downloads/browser';
import type { DatasetLink } from '@/lib/datasets/dataset-link';
import { appBaseUrl, paths } from '@/lib/routes/paths';

/**
 * "Copy link": a dataset link to a folder or a selection, with an optional title and description the
 * visitor sees first. Where the clipboard is refused the link stays selectable in its field.
 */
export function DatasetLinkDialog({
  link,
  onClose,
}: {
  link: Pick<DatasetLink, 'collectionId' | 'path' | 'files'>;
  onClose: () => void;
}) {
  const ids = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [copied, setCopied] = useState<'' | 'copied' | 'refused'>('');
  const url = `${appBaseUrl()}${paths.dataset({
    ...link,
    ...(title.trim() ? { title: title.trim() } : {}),
    ...(description.trim() ? { description: description.trim() } : {}),
  })}`;
  const field = 'rounded border border-slate-300 px-2 py-1 text-sm';
  return (
    <Modal
      wide
      title="Link to this data"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Close</Button>
          <Button
            variant="primary"
            onClick={() =>
              void browser.copyText(url).then(
                () => setCopied('copied'),
                () => setCopied('refused'),
              )
            }
          >
            Copy link
          </Button>
        </>
      }
    >
      <p className="text-sm text-slate-700">
        Anyone with the link sees {link.files?.length ? `these ${link.files.length} item(s)` : 'this folder'} once they
        log in with Globus and can read the collection.
      </p>
      <label htmlFor={`${ids}-t`} className="mt-2 block text-sm font-medium">
        Title (optional)
      </label>
      <input
        id={`${ids}-t`}
        data-autofocus
        className={`${field} w-full`}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <label htmlFor={`${ids}-d`} className="mt-2 block text-sm font-medium">
        Description (optional)
      </label>
      <textarea
        id={`${ids}-d`}
        rows={2}
        className={`${field} w-full`}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <label htmlFor={`${ids}-u`} className="mt-2 block text-sm font-medium">
        Link
      </label>
      <textarea
        id={`${ids}-u`}
        readOnly
        rows={3}
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        className={`${field} w-full font-mono text-xs break-all`}
      />
      <p role="status" className="text-xs text-green-800">
        {copied === 'copied'
          ? 'Link copied'
          : copied === 'refused'
            ? 'Copying was refused: select the link and copy it.'
            : ''}
      </p>
    </Modal>
  );
}
