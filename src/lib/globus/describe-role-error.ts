import { GlobusError } from '@/lib/globus/errors';
import { describeError, type ErrorDescription } from '@/lib/globus/describe-error';

const ROLE_TEXT: Record<string, string> = {
  administrator: 'administrator',
  access_manager: 'access manager',
  activity_manager: 'activity manager',
  activity_monitor: 'activity monitor',
};

/** A role's name as people read it: `activity_manager` → "activity manager". */
export const roleText = (role: string): string => ROLE_TEXT[role] ?? role.replace(/_/g, ' ');

/**
 * Errors of administrator routes: a refusal (403) names the role that is missing and where, so a
 * refused list never reads as an empty one. `roles` are the roles that would do, best first.
 */
export function describeRoleError(err: unknown, need: { roles: string[]; on: string }): ErrorDescription {
  if (err instanceof GlobusError && err.status === 403 && !err.loginRequired && !err.isCode('ConsentRequired')) {
    const names = need.roles.map(roleText);
    const which =
      names.length > 1 ? `the ${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0] ? `the ${names[0]}` : 'a';
    const detail =
      `You need ${which} role on ${need.on} for this. Ask an administrator of ${need.on} to give you the role.` +
      (err.message ? `\nGlobus said: ${err.message}` : '');
    return err.requestId
      ? { title: 'Not allowed with your roles', detail, action: 'none', requestId: err.requestId }
      : { title: 'Not allowed with your roles', detail, action: 'none' };
  }
  return describeError(err);
}
