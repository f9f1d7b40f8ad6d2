import { useEffect, useState } from 'react';
import {
  NAME_UNAVAILABLE,
  recallCollectionName,
  rememberCollectionName,
} from '@/features/file-manager/model/collection-names';

/**
 * The pane's title: the collection's name when known (and remembered for later); when it cannot be
 * fetched (`name` is null), the name remembered from an earlier visit or a plain "name unavailable";
 * the id while the document is still on its way.
 */
export function useCollectionName(id: string, name: string | null | undefined): string {
  const [recalled, setRecalled] = useState<{ id: string; name: string | undefined } | null>(null);
  useEffect(() => {
    if (name) void rememberCollectionName(id, name);
  }, [id, name]);
  const unavailable = name === null;
  useEffect(() => {
    if (!unavailable) return;
    let live = true;
    void recallCollectionName(id).then((n) => live && setRecalled({ id, name: n }));
    return () => {
      live = false;
    };
  }, [id, unavailable]);
  if (name) return name;
  if (!unavailable) return id;
  return (recalled?.id === id ? recalled.name : undefined) ?? NAME_UNAVAILABLE;
}
