import * as v from 'valibot';
import { inPlaceLooseObject, nullishBoolean, nullishNumber, nullishString } from '@/lib/globus/schemas/kit';

// `GET operation/endpoint/{id}/ls` and `…/stat`: file documents and the file_list
// (docs/protocol/transfer.md#directory-listing).

export const FILE_TYPES = ['dir', 'file', 'invalid_symlink', 'chr', 'blk', 'pipe', 'other'] as const;

const fileEntryEntries = {
  DATA_TYPE: v.literal('file'),
  name: v.string(),
  type: v.picklist(FILE_TYPES),
  /** Bytes; directories report the file system's value (e.g. 4096). */
  size: v.number(),
  /** `YYYY-MM-DD HH:MM:SS+00:00` */
  last_modified: v.nullable(v.string()),
  /** Octal text, e.g. `0755`. */
  permissions: v.nullable(v.string()),
  user: v.nullable(v.string()),
  group: v.nullable(v.string()),
  link_target: v.nullable(v.string()),
  link_size: nullishNumber,
  link_user: nullishString,
  link_group: nullishString,
  link_last_modified: nullishString,
};

/** One file document (a `stat` answer). */
export const fileEntrySchema = v.looseObject(fileEntryEntries);

export const fileListSchema = v.looseObject({
  DATA_TYPE: v.literal('file_list'),
  endpoint: v.string(),
  /** Echoed with a trailing slash. */
  path: v.string(),
  absolute_path: nullishString,
  rename_supported: nullishBoolean,
  symlink_supported: nullishBoolean,
  length: nullishNumber,
  total: nullishNumber,
  // Listings can hold 100 000 entries: checked in place rather than copied.
  DATA: v.array(inPlaceLooseObject(fileEntryEntries)),
});

export type FileEntry = v.InferOutput<typeof fileEntrySchema>;
export type FileList = v.InferOutput<typeof fileListSchema>;
