import * as v from 'valibot';
import { nullishString } from '@/lib/globus/schemas/kit';

// `GET v2/api/identities` (docs/protocol/auth.md#identities). Unknown usernames are simply absent from the list.

/** `used`, `unused`, `private` or `closed`; kept as text for statuses this app does not know. */
const identitySchema = v.looseObject({
  id: v.string(),
  username: v.string(),
  status: v.string(),
  identity_provider: v.string(),
  name: v.nullable(v.string()),
  email: v.nullable(v.string()),
  organization: v.nullable(v.string()),
  identity_type: nullishString,
});

export const identitiesSchema = v.looseObject({ identities: v.array(identitySchema) });

export type IdentitiesResponse = v.InferOutput<typeof identitiesSchema>;
export type Identity = v.InferOutput<typeof identitySchema>;
