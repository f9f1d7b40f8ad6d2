import type { FileEntry } from '@/lib/globus/transfer-types';
import { Button } from '@/components/ui/button';
import { formatModified, typeLabel } from '@/features/file-manager/lib/entry-format';
import { formatCount, formatSize } from '@/lib/format/numbers';
import { withTrailingSlash } from '@/lib/paths/collection-path';
import { Modal } from '@/components/ui/modal';

/** F3: everything ls says about one entry, including what a link points at. */
export function DetailsDialog({
  collectionName,
  path,
  entry,
  onClose,
}: {
  collectionName: string;
  path: string;
  entry: FileEntry;
  onClose: () => void;
}) {
  const rows: [string, string][] = [
    ['Name', entry.name],
    ['Collection', collectionName],
    ['Path', `${withTrailingSlash(path)}${entry.name}${entry.type === 'dir' ? '/' : ''}`],
    ['Type', typeLabel(entry.type, entry.link_target)],
    ['Size', entry.type === 'dir' ? '' : `${formatSize(entry.size)} (${formatCount(entry.size ?? 0)} bytes)`],
    ['Modified', formatModified(entry.last_modified)],
    ['Permissions', entry.permissions ?? ''],
    ['Owner', entry.user ?? ''],
    ['Group', entry.group ?? ''],
    ['Link target', entry.link_target ?? ''],
  ];
  return (
    <Modal
      title={`Details of “${entry.name}”`}
      onClose={onClose}
      footer={
        <Button variant="primary" onClick={onClose} data-autofocus>
          Close
        </Button>
      }
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {rows
          .filter(([, v]) => v !== '')
          .map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-medium">{k}</dt>
              <dd className="min-w-0 font-mono text-xs break-all">{v}</dd>
            </div>
          ))}
      </dl>
    </Modal>
  );
}
