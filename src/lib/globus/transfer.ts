import type { GlobusHttp } from '@/lib/globus/http';
import { endpointListSchema, endpointSchema } from '@/lib/globus/schemas/endpoint';
import { fileEntrySchema, fileListSchema } from '@/lib/globus/schemas/file-list';
import { bookmarkListSchema, bookmarkSchema, transferResultSchema } from '@/lib/globus/schemas/results';
import type { EndpointSearchParams, EndpointUpdate, ListDirectoryParams } from '@/lib/globus/transfer-types';

// Thin typed wrappers over Transfer v0.10 routes (docs/protocol/transfer.md, docs/protocol/tasks.md);
// each answer is checked against its schema. Ids go into the path encoded; file paths travel as raw
// strings in the query or body, so names with `#`, `%`, `?` round-trip.

import { seg, transfer, withSignal, type Opts } from '@/lib/globus/transfer-route';

export const endpointSearch = (http: GlobusHttp, params: EndpointSearchParams, opts?: Opts) =>
  http.request({
    service: transfer,
    path: 'endpoint_search',
    query: { ...params },
    schema: endpointListSchema,
    ...withSignal(opts),
  });

export const getEndpoint = (http: GlobusHttp, id: string, opts?: Opts) =>
  http.request({ service: transfer, path: `endpoint/${seg(id)}`, schema: endpointSchema, ...withSignal(opts) });

/**
 * A partial endpoint document; Transfer edits only Globus Connect Personal collections and legacy shares
 * (docs/protocol/transfer.md#updating-and-deleting-collections).
 */
export const updateEndpoint = (http: GlobusHttp, id: string, update: EndpointUpdate) =>
  http.request({
    service: transfer,
    method: 'PUT',
    path: `endpoint/${seg(id)}`,
    body: { DATA_TYPE: 'endpoint', ...update },
    schema: transferResultSchema,
  });

export const listDirectory = (http: GlobusHttp, id: string, params: ListDirectoryParams = {}, opts?: Opts) => {
  const { filter, ...rest } = params;
  const query = { ...rest, filter: typeof filter === 'string' ? [filter] : filter };
  return http.request({
    service: transfer,
    path: `operation/endpoint/${seg(id)}/ls`,
    query,
    schema: fileListSchema,
    offPage: true,
    ...withSignal(opts),
  });
};

export const mkdir = (http: GlobusHttp, id: string, path: string, localUser?: string) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: `operation/endpoint/${seg(id)}/mkdir`,
    body: { DATA_TYPE: 'mkdir', path, ...(localUser ? { local_user: localUser } : {}) },
    schema: transferResultSchema,
  });

export const rename = (http: GlobusHttp, id: string, oldPath: string, newPath: string, localUser?: string) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: `operation/endpoint/${seg(id)}/rename`,
    body: {
      DATA_TYPE: 'rename',
      old_path: oldPath,
      new_path: newPath,
      ...(localUser ? { local_user: localUser } : {}),
    },
    schema: transferResultSchema,
  });

export const stat = (http: GlobusHttp, id: string, path: string, opts?: Opts & { localUser?: string }) =>
  http.request({
    service: transfer,
    path: `operation/endpoint/${seg(id)}/stat`,
    query: { path, local_user: opts?.localUser },
    schema: fileEntrySchema,
    ...withSignal(opts),
  });

export const bookmarkList = (http: GlobusHttp, opts?: Opts) =>
  http.request({ service: transfer, path: 'bookmark_list', schema: bookmarkListSchema, ...withSignal(opts) });

export const createBookmark = (http: GlobusHttp, bookmark: { name: string; endpoint_id: string; path: string }) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: 'bookmark',
    body: { DATA_TYPE: 'bookmark', ...bookmark },
    schema: bookmarkSchema,
  });

export const updateBookmark = (http: GlobusHttp, id: string, update: { name?: string; pinned?: boolean }) =>
  http.request({ service: transfer, method: 'PUT', path: `bookmark/${seg(id)}`, body: update, schema: bookmarkSchema });

export const deleteBookmark = (http: GlobusHttp, id: string) =>
  http.request({ service: transfer, method: 'DELETE', path: `bookmark/${seg(id)}`, schema: transferResultSchema });
