import { useSearchParams } from 'react-router';
import { PaneSlot } from '@/app/routes/pane-slot';
import { ChooseCollection } from '@/app/routes/choose-collection';

/** Globus Web App parameter names, so links between the two apps carry over. */
export const ORIGIN_ID = 'origin_id';
export const ORIGIN_PATH = 'origin_path';

/**
 * `#/files?origin_id=<collection>&origin_path=<raw path>`. URLSearchParams does the encoding, so
 * paths with spaces, `#`, `%`, `?`, `&`, `+` and non-ASCII survive the URL unchanged. Each move is a
 * history entry: the browser's Back and Forward walk the folders.
 */
export function FilesRoute() {
  const [params, setParams] = useSearchParams();
  const originId = params.get(ORIGIN_ID) ?? '';
  const originPath = params.get(ORIGIN_PATH) ?? '';

  const setOrigin = (id: string, path: string) => {
    if (id === originId && path === originPath) return; // no duplicate history entries
    const next = new URLSearchParams(params);
    next.set(ORIGIN_ID, id);
    if (path) next.set(ORIGIN_PATH, path);
    else next.delete(ORIGIN_PATH);
    setParams(next);
  };

  if (!originId) return <ChooseCollection onChoose={(c) => setOrigin(c.id, '')} />;

  return (
    <div className="flex min-h-0 flex-1 p-2">
      <PaneSlot
        key={originId}
        collectionId={originId}
        path={originPath}
        onNavigate={(p) => setOrigin(originId, p)}
        onChooseCollection={(id) => setOrigin(id, '')}
      />
    </div>
  );
}
