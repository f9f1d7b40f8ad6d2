import type { GlobusHttp } from '@/lib/globus/http';
import {
  accessCreateResultSchema,
  accessListSchema,
  guestCreateResultSchema,
  type PrincipalType,
} from '@/lib/globus/schemas/access';
import { transferResultSchema } from '@/lib/globus/schemas/results';

export type { AccessRule, PrincipalType } from '@/lib/globus/schemas/access';

// Guest collections and access rules on Transfer v0.10 (docs/protocol/sharing.md).

type Opts = { signal?: AbortSignal };
const seg = encodeURIComponent;
const transfer = 'transfer' as const;

export type GuestCollectionCreate = {
  hostId: string;
  /** Folder on the host, absolute, ending in `/`. */
  hostPath: string;
  displayName: string;
  description?: string;
};

/** Only hosts Transfer manages accept this (Globus Connect Personal, legacy GCSv4); GCSv5 uses its GCS Manager. */
export const createGuestCollection = (http: GlobusHttp, g: GuestCollectionCreate) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: 'shared_endpoint',
    // Both spellings of the host key: the Python SDK and CLI send host_endpoint, the JS SDK host_endpoint_id.
    body: {
      DATA_TYPE: 'shared_endpoint',
      host_endpoint: g.hostId,
      host_path: g.hostPath,
      display_name: g.displayName,
      ...(g.description ? { description: g.description } : {}),
    },
    schema: guestCreateResultSchema,
  });

export const deleteGuestCollection = (http: GlobusHttp, id: string) =>
  http.request({ service: transfer, method: 'DELETE', path: `endpoint/${seg(id)}`, schema: transferResultSchema });

export const accessList = (http: GlobusHttp, collectionId: string, opts?: Opts) =>
  http.request({
    service: transfer,
    path: `endpoint/${seg(collectionId)}/access_list`,
    schema: accessListSchema,
    ...(opts?.signal ? { signal: opts.signal } : {}),
  });

export type AccessRuleCreate = {
  principal_type: PrincipalType;
  principal: string;
  path: string;
  permissions: 'r' | 'rw';
  expiration_date?: string;
  notify_email?: string;
  notify_message?: string;
};

export const createAccessRule = (http: GlobusHttp, collectionId: string, rule: AccessRuleCreate) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: `endpoint/${seg(collectionId)}/access`,
    body: { DATA_TYPE: 'access', ...rule },
    schema: accessCreateResultSchema,
  });

/** Only permissions and expiry change; `expiration_date: null` removes the expiry. */
export type AccessRuleUpdate = { permissions?: 'r' | 'rw'; expiration_date?: string | null };

export const updateAccessRule = (http: GlobusHttp, collectionId: string, ruleId: string, update: AccessRuleUpdate) =>
  http.request({
    service: transfer,
    method: 'PUT',
    path: `endpoint/${seg(collectionId)}/access/${seg(ruleId)}`,
    body: { DATA_TYPE: 'access', ...update },
    schema: transferResultSchema,
  });

export const deleteAccessRule = (http: GlobusHttp, collectionId: string, ruleId: string) =>
  http.request({
    service: transfer,
    method: 'DELETE',
    path: `endpoint/${seg(collectionId)}/access/${seg(ruleId)}`,
    schema: transferResultSchema,
  });
