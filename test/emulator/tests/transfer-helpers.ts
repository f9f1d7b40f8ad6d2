// Shared by the Transfer route tests: the scope, the tutorial collection, an ls URL and a login for a token.
import type { harness } from './harness';
import { COLLECTIONS } from '../seed/ids';

export const TRANSFER = 'urn:globus:auth:scope:transfer.api.globus.org:all';
export const T1 = COLLECTIONS.tutorial1.id;
export const ls = (id: string, path: string, extra = '') =>
  `/v0.10/operation/endpoint/${id}/ls?path=${encodeURIComponent(path)}${extra}`;

export async function transferToken(
  h: ReturnType<typeof harness>,
  who: 'alice' | 'bob' | 'carol' = 'alice',
  scope = TRANSFER,
) {
  return h.tokenFor(await h.login(who, scope), 'transfer.api.globus.org');
}
