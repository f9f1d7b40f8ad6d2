import * as v from 'valibot';

// Small Transfer v0.10 answers: operation results, submissions, bookmarks (docs/protocol/transfer.md,
// docs/protocol/tasks.md).

/** Generic `result` document (mkdir, rename, cancel, update, remove, delete…): the UI reads only `code`. */
export const transferResultSchema = v.looseObject({
  DATA_TYPE: v.optional(v.string()),
  code: v.string(),
  message: v.optional(v.string()),
  request_id: v.optional(v.string()),
  resource: v.optional(v.string()),
  task_id: v.optional(v.string()),
  submission_id: v.optional(v.string()),
});

/** `POST transfer` / `POST delete`: `Accepted`, or `Duplicate` when the submission id was already used. */
export const submitResultSchema = v.looseObject({
  ...transferResultSchema.entries,
  DATA_TYPE: v.optional(v.picklist(['transfer_result', 'delete_result'])),
  submission_id: v.string(),
  task_id: v.string(),
});

export const submissionIdSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('submission_id')),
  value: v.string(),
});

export const bookmarkSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('bookmark')),
  id: v.string(),
  name: v.string(),
  endpoint_id: v.string(),
  path: v.string(),
  pinned: v.optional(v.boolean()),
});

export const bookmarkListSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('bookmark_list')),
  DATA: v.array(bookmarkSchema),
});

export type TransferResult = v.InferOutput<typeof transferResultSchema>;
export type Bookmark = v.InferOutput<typeof bookmarkSchema>;
