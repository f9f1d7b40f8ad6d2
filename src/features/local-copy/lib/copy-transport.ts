// The queue's file operations, for real: Transfer mkdir and ls, the collection's HTTPS server, and the
// picked folder on this computer.
import type { GlobusHttp } from '@/lib/globus/http';
import { GlobusError } from '@/lib/globus/errors';
import type { CollectionHttps } from '@/lib/globus/https';
import { mkdir } from '@/lib/globus/transfer';
import { resolveLocalFolder } from '@/lib/local-files/local-roots';
import { queryLocalPermission, requestLocalPermission } from '@/lib/local-files/picker-api';
import { downloadInto, uploadFrom } from '@/features/local-copy/lib/file-io';
import { localFileHandles, removeLocalFile } from '@/features/local-copy/lib/local-tree';
import { remoteTree } from '@/features/local-copy/lib/remote-tree';
import { LocalNameError } from '@/features/local-copy/lib/copy-errors';
import { itemPaths, type CopyJob } from '@/features/local-copy/model/copy-job';
import type { CopyTransport } from '@/features/local-copy/model/copy-ports';

const exists = (err: unknown) =>
  err instanceof GlobusError && (err.isCode('ExternalError.MkdirFailed.Exists') || err.status === 409);

/** getFileHandle/getDirectoryHandle refuse names the file system cannot hold with a TypeError (or InvalidModificationError). */
const refusedName = (err: unknown) =>
  err instanceof TypeError || (err instanceof DOMException && err.name === 'InvalidModificationError');

async function named<T>(name: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (err) {
    if (refusedName(err)) throw new LocalNameError(name, { cause: err });
    throw err;
  }
}

const baseName = (rel: string) => rel.split('/').pop() ?? rel;

export function createCopyTransport(http: GlobusHttp, https: CollectionHttps): CopyTransport {
  const mode = (job: CopyJob) => (job.direction === 'up' ? 'read' : 'readwrite');
  const localFileHandle = localFileHandles();
  return {
    async access(job, ask) {
      if ((await queryLocalPermission(job.localHandle, mode(job))) === 'granted') return true;
      return ask ? requestLocalPermission(job.localHandle, mode(job)) : false;
    },

    async makeFolder(job, item) {
      const { local, remote } = itemPaths(job, item);
      if (job.direction === 'down') {
        await named(baseName(item.rel), () => resolveLocalFolder(job.localHandle, local, true));
        return;
      }
      try {
        await mkdir(http, job.collectionId, remote.replace(/\/+$/, ''));
      } catch (err) {
        if (!exists(err)) throw err;
      }
    },

    async copyFile(job, item, { resume, signal, onProgress }) {
      const { local, remote } = itemPaths(job, item);
      const common = {
        https,
        collectionId: job.collectionId,
        httpsServer: job.httpsServer,
        path: remote,
        size: item.size,
      };
      if (job.direction === 'up') {
        const file = await localFileHandle(job.localHandle, local, false);
        return { checkSize: await uploadFrom({ ...common, file, signal, onProgress }) };
      }
      const file = {
        find: () => localFileHandle(job.localHandle, local, false).catch(() => null),
        create: () => named(baseName(item.rel), () => localFileHandle(job.localHandle, local, true)),
      };
      await downloadInto({ ...common, file, resume, signal, onProgress });
    },

    async remoteSizes(job, rel, signal) {
      const entries = await remoteTree(http, job.collectionId, job.collectionPath).list(rel, signal);
      return new Map((entries ?? []).filter((e) => e.type === 'file').map((e) => [e.name, e.size]));
    },

    async removePartial(job, item) {
      if (job.direction === 'up') return false;
      return removeLocalFile(job.localHandle, itemPaths(job, item).local);
    },
  };
}
