/**
 * Session requirements of an authorize request (docs/protocol/auth.md#authorize,
 * docs/protocol/consent-and-sessions.md#high-assurance-sessions): prompt=login,
 * session_required_identities / _single_domain / _policies / _mfa, and the policy of
 * the high-assurance collection (a login within its authentication timeout).
 */
import type { World, Identity } from '../core/world';
import { HA_POLICY_ID } from '../seed/ids';
import type { AuthorizeRequest, Session } from './auth-state';

export function domainOf(username: string): string {
  return username.slice(username.lastIndexOf('@') + 1).toLowerCase();
}

/** Seconds a policy allows since the last authentication; only the seeded HA policy exists. */
export function policyTimeoutSeconds(world: World, policyId: string): number | null {
  if (policyId !== HA_POLICY_ID) return null;
  for (const c of world.collections.values())
    if (c.authenticationPolicyId === policyId && c.authenticationTimeoutMins) return c.authenticationTimeoutMins * 60;
  return 30 * 60;
}

function matchesIdentity(i: Identity, wanted: string): boolean {
  return i.id === wanted.toLowerCase() || i.username.toLowerCase() === wanted.toLowerCase();
}

/** Identities the login page offers for this request (all, or those the requirements name). */
export function eligibleIdentities(world: World, req: AuthorizeRequest): Identity[] {
  let list = [...world.identities.values()];
  if (req.requiredIdentities.length)
    list = list.filter((i) => req.requiredIdentities.some((w) => matchesIdentity(i, w)));
  if (req.requiredDomains.length) list = list.filter((i) => req.requiredDomains.includes(domainOf(i.username)));
  return list;
}

/** Why the session does not satisfy the request, or null when it does. */
export function unmetRequirement(
  world: World,
  req: AuthorizeRequest,
  session: Session | undefined,
  now: number,
): string | null {
  if (!session || session.authentications.size === 0) return 'Please log in.';
  const auths = [...session.authentications.values()];
  const idents = auths.map((a) => world.identity(a.identityId)).filter((i): i is Identity => !!i);
  for (const w of req.requiredIdentities)
    if (!idents.some((i) => matchesIdentity(i, w))) return `Log in with identity ${w}.`;
  if (req.requiredDomains.length && !idents.some((i) => req.requiredDomains.includes(domainOf(i.username))))
    return `Log in with an identity from ${req.requiredDomains.join(' or ')}.`;
  for (const p of req.requiredPolicies) {
    const limit = policyTimeoutSeconds(world, p);
    if (limit !== null && !auths.some((a) => now - a.authTime < limit))
      return 'A recent login is required by the resource policy.';
  }
  if (req.requiredMfa && !auths.some((a) => a.mfa)) return 'Multi-factor authentication is required.';
  return null;
}
