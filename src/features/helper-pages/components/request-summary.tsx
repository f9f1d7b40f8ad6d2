import type { BrowseRequest } from '@/lib/helper-pages/browse-collections';

const limitText = (n: number | undefined, one: string, many: string) =>
  n === undefined ? `any number of ${many}` : n === 0 ? `no ${many}` : n === 1 ? `one ${one}` : `up to ${n} ${many}`;

/** Who asks, what for, and where the answer goes — shown before anything is sent. */
export function RequestSummary({ req }: { req: BrowseRequest }) {
  const target = new URL(req.action);
  return (
    <section aria-label="Request" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm">
      <p>
        <strong>{target.host}</strong> asks you to choose a folder and, inside it,{' '}
        {limitText(req.folderLimit, 'folder', 'folders')} and {limitText(req.fileLimit, 'file', 'files')}.
      </p>
      <p className="mt-1">
        Your choice (the collection, the folder and the names you tick) will be sent to{' '}
        <code className="font-mono text-xs break-all" aria-label="Destination address">
          {req.action}
        </code>{' '}
        ({req.method === 'GET' ? 'as a link' : 'as a form'}). Nothing else about you or your files is sent.
      </p>
    </section>
  );
}
