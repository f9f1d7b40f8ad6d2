import type { GlobusHttp } from '@/lib/globus/http';
import { GlobusError } from '@/lib/globus/errors';
import { listDirectory } from '@/lib/globus/transfer';
import type { TreeEntry, TreeSource } from '@/features/local-copy/model/plan';

/** Entries per `ls` page: large folders come in several requests rather than one huge answer. */
export const LIST_PAGE = 10_000;

const isMissing = (err: unknown) =>
  err instanceof GlobusError && (err.status === 404 || err.isCode('ClientError.NotFound'));

/** Lists `base` + rel on the collection through Transfer, page by page; links and special files are left out. */
export function remoteTree(http: GlobusHttp, collectionId: string, base: string): TreeSource {
  const folderPath = (rel: string) => `${base.endsWith('/') ? base : `${base}/`}${rel ? `${rel}/` : ''}`;
  return {
    async list(rel, signal) {
      const entries: TreeEntry[] = [];
      for (let offset = 0; ; offset += LIST_PAGE) {
        let page;
        try {
          page = await listDirectory(
            http,
            collectionId,
            { path: folderPath(rel), limit: LIST_PAGE, offset, show_hidden: true },
            signal ? { signal } : undefined,
          );
        } catch (err) {
          if (offset === 0 && isMissing(err)) return null;
          throw err;
        }
        for (const e of page.DATA) {
          if (e.type === 'dir' || e.type === 'file') entries.push({ name: e.name, type: e.type, size: e.size });
        }
        const total = page.total ?? null;
        if (page.DATA.length < LIST_PAGE || (total !== null && offset + page.DATA.length >= total)) return entries;
      }
    },
  };
}
