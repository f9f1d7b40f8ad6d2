import * as v from 'valibot';
import { fastCheckedArray, nullishBoolean, nullishNumber, nullishString } from '@/lib/globus/schemas/kit';

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

const FILE_TYPE_SET: ReadonlySet<unknown> = new Set(FILE_TYPES);
const num = (x: unknown) => typeof x === 'number' && !Number.isNaN(x);
const nullableString = (x: unknown) => x === null || typeof x === 'string';
const isNullishString = (x: unknown) => x == null || typeof x === 'string';

/** `fileEntryEntries` written out, for 100,000-entry listings (kept in step by file-list.test.ts). */
export const isFileEntry = (e: Record<string, unknown>): boolean =>
  e.DATA_TYPE === 'file' &&
  typeof e.name === 'string' &&
  FILE_TYPE_SET.has(e.type) &&
  num(e.size) &&
  nullableString(e.last_modified) &&
  nullableString(e.permissions) &&
  nullableString(e.user) &&
  nullableString(e.group) &&
  nullableString(e.link_target) &&
  (e.link_size == null || num(e.link_size)) &&
  isNullishString(e.link_user) &&
  isNullishString(e.link_group) &&
  isNullishString(e.link_last_modified);

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
  // Listings can hold 100,000 entries: checked in place by hand-written tests rather than copied.
  DATA: fastCheckedArray(fileEntryEntries, isFileEntry),
});

export type FileEntry = v.InferOutput<typeof fileEntrySchema>;
export type FileList = v.InferOutput<typeof fileListSchema>;
