import type { GlobusHttp } from '@/lib/globus/http';
import { NetworkError } from '@/lib/globus/errors';
import { getSubmissionId, submitTransfer } from '@/lib/globus/transfer-tasks';
import type { TransferItem } from '@/lib/globus/transfer-types';
import { childPath, joinPath } from '@/lib/paths/collection-path';

export type DatasetTransfer = {
  sourceId: string;
  sourcePath: string;
  /** The files and folders the link names, or none for the whole folder. */
  items: { name: string; isDir: boolean }[];
  destinationId: string;
  destinationPath: string;
  label: string;
};

/** The dataset's files (or its whole folder, under its own name) into the destination folder. */
export function datasetItems(t: DatasetTransfer): TransferItem[] {
  if (t.items.length)
    return t.items.map((f) =>
      f.isDir
        ? {
            DATA_TYPE: 'transfer_item',
            source_path: childPath(t.sourcePath, f.name),
            destination_path: childPath(t.destinationPath, f.name),
            recursive: true,
          }
        : {
            DATA_TYPE: 'transfer_item',
            source_path: joinPath(t.sourcePath, f.name),
            destination_path: joinPath(t.destinationPath, f.name),
          },
    );
  const name = t.sourcePath.replace(/\/+$/, '').split('/').pop() || 'dataset';
  return [
    {
      DATA_TYPE: 'transfer_item',
      source_path: t.sourcePath,
      destination_path: childPath(t.destinationPath, name),
      recursive: true,
    },
  ];
}

/**
 * One submission id for the request (docs/protocol/tasks.md#submission-ids): a send that got no answer is
 * repeated with the same id, so the task is created once.
 */
export async function submitDatasetTransfer(http: GlobusHttp, t: DatasetTransfer): Promise<string> {
  const submissionId = await getSubmissionId(http);
  const body = {
    submission_id: submissionId,
    source_endpoint: t.sourceId,
    destination_endpoint: t.destinationId,
    DATA: datasetItems(t),
    label: t.label,
    verify_checksum: true,
  };
  for (let attempt = 0; ; attempt += 1) {
    try {
      return (await submitTransfer(http, body)).task_id;
    } catch (err) {
      if (!(err instanceof NetworkError) || attempt >= 2) throw err;
    }
  }
}
