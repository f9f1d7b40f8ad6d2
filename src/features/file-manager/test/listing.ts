import type { FileEntry, FileList } from '@/lib/globus/transfer-types';

/** Test-only builders for Transfer `file_list` documents. */
export function entry(name: string, type: 'dir' | 'file' = 'file', size = 1234): FileEntry {
  return {
    DATA_TYPE: 'file',
    name,
    type,
    size,
    last_modified: '2018-04-04 18:30:26+00:00',
    permissions: '0644',
    user: 'ada',
    group: 'lab',
    link_target: null,
    link_group: null,
    link_last_modified: null,
    link_size: null,
    link_user: null,
  };
}

export function listing(path: string, entries: FileEntry[], endpoint = 'c-1'): FileList {
  return {
    DATA_TYPE: 'file_list',
    endpoint,
    path,
    absolute_path: null,
    rename_supported: true,
    symlink_supported: true,
    length: entries.length,
    total: entries.length,
    DATA: entries,
  };
}

/** A fake HTTP route path matching Transfer's `ls` of any collection; the collection id is group 1. */
export const LS = /^operation\/endpoint\/([^/]+)\/ls$/;
