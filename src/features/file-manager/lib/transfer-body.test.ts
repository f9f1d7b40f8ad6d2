import { describe, expect, it } from 'vitest';
import { buildDeleteSubmission, buildTransferSubmission } from '@/features/file-manager/lib/transfer-body';
import { newTransferForm, type TransferForm } from '@/features/file-manager/model/transfer-form';
import { toTransferTime } from '@/lib/format/deadline';

const base = () =>
  newTransferForm(
    { collectionId: 'src-1', collectionName: 'Source', path: '/data/x y/' },
    { collectionId: 'dst-2', collectionName: 'Dest', path: '/in' },
    [
      { name: 'run #1 ü', isDir: true },
      { name: 'a%b?c&d+e.txt', isDir: false },
    ],
  );
const body = (change: Partial<TransferForm> = {}) => buildTransferSubmission({ ...base(), ...change }, 'sub-1');

describe('transfer request body', () => {
  it('defaults: items with raw paths, folders recursive, checksum verified, notifications on, base paths kept', () => {
    expect(body()).toEqual({
      submission_id: 'sub-1',
      source_endpoint: 'src-1',
      destination_endpoint: 'dst-2',
      DATA: [
        {
          DATA_TYPE: 'transfer_item',
          source_path: '/data/x y/run #1 ü/',
          destination_path: '/in/run #1 ü/',
          recursive: true,
        },
        { DATA_TYPE: 'transfer_item', source_path: '/data/x y/a%b?c&d+e.txt', destination_path: '/in/a%b?c&d+e.txt' },
      ],
      verify_checksum: true,
      preserve_timestamp: false,
      encrypt_data: false,
      delete_destination_extra: false,
      skip_source_errors: false,
      fail_on_quota_errors: false,
      notify_on_succeeded: true,
      notify_on_failed: true,
      notify_on_inactive: true,
      store_base_path_info: true,
    });
  });

  it.each([
    ['label', { label: '  nightly  ' }, { label: 'nightly' }],
    ['sync level exists', { syncLevel: '0' }, { sync_level: 0 }],
    ['sync level size', { syncLevel: '1' }, { sync_level: 1 }],
    ['sync level mtime', { syncLevel: '2' }, { sync_level: 2 }],
    ['sync level checksum', { syncLevel: '3' }, { sync_level: 3 }],
    ['delete extra at destination', { deleteDestinationExtra: true }, { delete_destination_extra: true }],
    ['verify checksum off', { verifyChecksum: false }, { verify_checksum: false }],
    ['preserve timestamps', { preserveTimestamp: true }, { preserve_timestamp: true }],
    ['encrypt', { encrypt: true }, { encrypt_data: true }],
    ['skip source errors', { skipSourceErrors: true }, { skip_source_errors: true }],
    ['fail on quota errors', { failOnQuotaErrors: true }, { fail_on_quota_errors: true }],
    ['notify on succeeded off', { notifyOnSucceeded: false }, { notify_on_succeeded: false }],
    ['notify on failed off', { notifyOnFailed: false }, { notify_on_failed: false }],
    ['notify on inactive off', { notifyOnInactive: false }, { notify_on_inactive: false }],
    ['source local user', { sourceLocalUser: 'alice' }, { source_local_user: 'alice' }],
    ['destination local user', { destinationLocalUser: 'aanderson' }, { destination_local_user: 'aanderson' }],
  ] as [string, Partial<TransferForm>, Record<string, unknown>][])('%s', (_name, change, expected) => {
    const b = body(change) as unknown as Record<string, unknown>;
    expect(b).toMatchObject(expected);
    // Nothing else moves.
    const plain = body() as unknown as Record<string, unknown>;
    for (const k of Object.keys(b)) if (!(k in expected)) expect(b[k]).toEqual(plain[k]);
  });

  it('filter rules keep their order, drop empty names and send type only when chosen', () => {
    const b = body({
      filterRules: [
        { method: 'exclude', type: 'file', name: '*.tmp' },
        { method: 'include', type: '', name: 'keep*' },
        { method: 'exclude', type: 'dir', name: '' },
      ],
    });
    expect(b.filter_rules).toEqual([
      { DATA_TYPE: 'filter_rule', method: 'exclude', type: 'file', name: '*.tmp' },
      { DATA_TYPE: 'filter_rule', method: 'include', name: 'keep*' },
    ]);
    expect(body().filter_rules).toBeUndefined();
  });

  it('deadline: a local datetime becomes an ISO instant; empty leaves Transfer’s default', () => {
    const local = '2030-01-02T03:04';
    expect(body({ deadline: local }).deadline).toBe(toTransferTime(new Date(local)));
    expect(body().deadline).toBeUndefined();
  });

  it('encryption is forced on when either collection forces it, even if switched off', () => {
    const f = base();
    const forced = { ...f, destination: { ...f.destination, forceEncryption: true }, encrypt: false };
    expect(buildTransferSubmission(forced, 's').encrypt_data).toBe(true);
    expect(newTransferForm(f.source, forced.destination, []).encrypt).toBe(true);
  });
});

describe('delete request body', () => {
  it('names every item under the folder, recursive only with folders, ignore_missing, the label and base paths kept', () => {
    expect(
      buildDeleteSubmission(
        { collectionId: 'c', path: '/d', names: ['x #1', '.hidden'], anyFolder: true, label: 'tidy' },
        'sub-9',
      ),
    ).toEqual({
      submission_id: 'sub-9',
      endpoint: 'c',
      DATA: [
        { DATA_TYPE: 'delete_item', path: '/d/x #1' },
        { DATA_TYPE: 'delete_item', path: '/d/.hidden' },
      ],
      recursive: true,
      ignore_missing: true,
      label: 'tidy',
      store_base_path_info: true,
    });
  });
});
