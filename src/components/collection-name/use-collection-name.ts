import { useEffect, useState } from 'react';
import {
  NAME_LOADING,
  NAME_UNAVAILABLE,
  recallCollectionName,
  rememberCollectionName,
} from '@/lib/storage/collection-names';

/**
 * What the collection document says of its name: the name, null when the document failed to load,
 * undefined while it is on its way. An empty display name counts as none.
 */
export function documentName(doc: {
  data?: { display_name?: string | null } | undefined;
  isError: boolean;
}): string | null | undefined {
  return doc.data?.display_name || (doc.isError ? null : undefined);
}

/**
 * A collection's title wherever one is shown (a pane, the pane switcher, a bookmark): its name when
 * known (and remembered for later); otherwise the name remembered from an earlier visit, else a plain
 * "name unavailable" when the document failed (`name` null) or "loading" while it is on its way.
 * Never the raw id: the id is for tooltips and links.
 */
export function useCollectionName(id: string, name: string | null | undefined): string {
  const [recalled, setRecalled] = useState<{ id: string; name: string | undefined } | null>(null);
  useEffect(() => {
    if (name) void rememberCollectionName(id, name);
  }, [id, name]);
  const known = Boolean(name);
  useEffect(() => {
    if (known || !id) return;
    let live = true;
    void recallCollectionName(id).then((n) => live && setRecalled({ id, name: n }));
    return () => {
      live = false;
    };
  }, [id, known]);
  if (name) return name;
  const remembered = recalled?.id === id ? recalled.name : undefined;
  return remembered ?? (name === null ? NAME_UNAVAILABLE : NAME_LOADING);
}
