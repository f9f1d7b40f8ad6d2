import * as v from 'valibot';
import { nullishString } from '@/lib/globus/schemas/kit';

// Guest collections and their access rules (docs/protocol/sharing.md).

export const PRINCIPAL_TYPES = ['identity', 'group', 'all_authenticated_users', 'anonymous'] as const;

/** One access rule; rules that come from a role have `id: null` and a `role_id`. */
const accessRuleSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('access')),
  id: v.nullable(v.string()),
  principal_type: v.picklist(PRINCIPAL_TYPES),
  /** Identity or group id; `""` for all users and for the public. */
  principal: v.string(),
  path: v.string(),
  permissions: v.picklist(['r', 'rw']),
  role_id: nullishString,
  role_type: nullishString,
  create_time: nullishString,
  expiration_date: nullishString,
});

export const accessListSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('access_list')),
  DATA: v.array(accessRuleSchema),
});

/** `POST endpoint/{id}/access`: a result naming the new rule (an integer in older captures). */
export const accessCreateResultSchema = v.looseObject({
  code: v.string(),
  access_id: v.union([v.string(), v.number()]),
});

/** `POST shared_endpoint`: a result carrying the new guest collection's id. */
export const guestCreateResultSchema = v.looseObject({
  code: v.string(),
  id: v.string(),
});

export type AccessRule = v.InferOutput<typeof accessRuleSchema>;
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number];
