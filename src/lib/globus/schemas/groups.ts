import * as v from 'valibot';
import { nullishBoolean, nullishNumber, nullishString } from '@/lib/globus/schemas/kit';

// `GET groups/my_groups` (docs/protocol/groups.md): a JSON array of groups with the caller's memberships.

const membershipSchema = v.looseObject({
  group_id: v.string(),
  identity_id: v.string(),
  username: v.string(),
  role: v.picklist(['member', 'manager', 'admin']),
  /** A GroupMembershipStatus, kept as text for statuses this app does not know. */
  status: v.string(),
  source_group_id: nullishString,
});

const groupSchema = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: nullishString,
  parent_id: v.nullable(v.string()),
  /** `regular` or `plus`. */
  group_type: v.string(),
  enforce_session: nullishBoolean,
  session_limit: nullishNumber,
  session_timeouts: v.nullish(v.record(v.string(), v.unknown())),
  my_memberships: v.array(membershipSchema),
  policies: v.nullish(
    v.looseObject({ group_visibility: v.optional(v.string()), group_members_visibility: v.optional(v.string()) }),
  ),
  subscription_id: nullishString,
});

export const myGroupsSchema = v.array(groupSchema);

export type GroupMembershipStatus = 'active' | 'invited' | 'pending' | 'rejected' | 'removed' | 'left' | 'declined';
export type Group = v.InferOutput<typeof groupSchema>;
