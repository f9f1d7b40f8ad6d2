import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import type { PickLimits } from '@/components/folder-browser/folder-browser';
import { Button } from '@/components/ui/button';
import { LabelField } from '@/components/ui/label-field';
import {
  getDeliveryUrl,
  selectionFields,
  type BrowseRequest,
  type BrowseSelection,
} from '@/lib/helper-pages/browse-collections';
import { directoryQuery } from '@/lib/queries/directory';
import type { Endpoint, FileEntry } from '@/lib/globus/transfer-types';

type Picks = { limits: PickLimits; marked: ReadonlySet<string>; onToggle: (e: FileEntry) => void };

/** The ticks, the label and the Send button for one folder; delivers as Globus's helper page does. */
export function PickPanel({
  req,
  collection,
  collectionId,
  path,
  children,
}: {
  req: BrowseRequest;
  collection: Endpoint | undefined;
  collectionId: string;
  path: string;
  children: (picks: Picks) => ReactNode;
}) {
  const { http } = useServices();
  const listing = useQuery(directoryQuery(http, collectionId, path));
  const [marked, setMarked] = useState<Map<string, boolean>>(new Map()); // name → is a folder
  const [label, setLabel] = useState(req.label ?? '');
  const [note, setNote] = useState('');
  const [post, setPost] = useState<[string, string][] | null>(null);
  const limits: PickLimits = {
    ...(req.folderLimit === undefined ? {} : { folders: req.folderLimit }),
    ...(req.fileLimit === undefined ? {} : { files: req.fileLimit }),
  };
  const count = (dir: boolean) => [...marked.values()].filter((d) => d === dir).length;

  const onToggle = (e: FileEntry) => {
    const dir = e.type === 'dir';
    const next = new Map(marked);
    if (next.has(e.name)) next.delete(e.name);
    else {
      const max = dir ? limits.folders : limits.files;
      if (max !== undefined && count(dir) >= max) {
        setNote(`You can choose at most ${max} ${dir ? 'folder' : 'file'}${max === 1 ? '' : 's'}.`);
        return;
      }
      next.set(e.name, dir);
    }
    setNote('');
    setMarked(next);
  };

  const send = () => {
    if (!listing.data) return;
    const names = (dir: boolean) => [...marked].filter(([, d]) => d === dir).map(([n]) => n);
    const sel: BrowseSelection = {
      endpointId: collectionId,
      path: listing.data.path,
      label,
      folders: names(true),
      files: names(false),
    };
    if (collection?.entity_type) sel.entityType = collection.entity_type;
    if (collection?.high_assurance != null) sel.highAssurance = collection.high_assurance;
    const fields = selectionFields(req, sel);
    if (req.method === 'GET') window.location.assign(getDeliveryUrl(req.action, fields));
    else setPost(fields);
  };

  return (
    <>
      {children({ limits, marked: new Set(marked.keys()), onToggle })}
      <p role="status" className="text-sm text-amber-800">
        {note}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <LabelField value={label} onChange={setLabel} />
        <Button variant="primary" disabled={!listing.data || post !== null} onClick={send}>
          Send to {new URL(req.action).host}
        </Button>
      </div>
      {post ? <AutoPost action={req.action} fields={post} /> : null}
    </>
  );
}

/** The POST answer: an ordinary form submission to `action`, submitted as soon as it exists. */
function AutoPost({ action, fields }: { action: string; fields: [string, string][] }) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.submit(), []);
  return (
    <form ref={form} method="post" action={action} aria-label="Sending your selection">
      {fields.map(([k, v], i) => (
        <input key={`${k}:${i}`} type="hidden" name={k} value={v} />
      ))}
      <p className="text-sm text-slate-700">
        Sending your selection…{' '}
        <button type="submit" className="underline">
          Send now
        </button>
      </p>
    </form>
  );
}
