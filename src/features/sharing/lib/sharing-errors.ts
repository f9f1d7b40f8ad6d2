import { GlobusError } from '@/lib/globus/errors';
import { describeError } from '@/lib/globus/describe-error';

export type SharingProblem = { title: string; detail: string };

/**
 * What went wrong with a sharing request, in the words of the form it happened in
 * (docs/protocol/sharing.md#errors). Anything not specific to sharing falls back to the app's describer.
 */
export function describeSharingError(err: unknown, context: 'rules' | 'guest' = 'rules'): SharingProblem {
  if (err instanceof GlobusError) {
    const message = err.message.split('\n')[0] ?? '';
    if (context === 'guest') {
      const guest = describeGuestError(err, message);
      if (guest) return guest;
    }
    if (err.isCode('Exists') || (err.status === 409 && !err.isCode('LimitExceeded')))
      return {
        title: 'This permission already exists',
        detail:
          'There is already a rule for the same person, group or audience on this folder. Edit that rule instead, or pick another folder.',
      };
    if (err.isCode('LimitExceeded'))
      return {
        title: 'Too many permissions on this collection',
        detail:
          'The guest collection has as many access rules as Globus allows. Delete rules nobody needs, or share a parent folder or a group instead of single people.',
      };
    if (err.isCode('InvalidPath'))
      return { title: 'That folder cannot be shared', detail: `${message} Pick a folder inside this collection.` };
    if (err.isCode('EndpointDeleted') || err.isCode('EndpointNotFound'))
      return {
        title: 'The guest collection no longer exists',
        detail: 'It was deleted (perhaps in another window or by another administrator). Nothing was changed.',
      };
    if (err.isCode('AccessRuleNotFound'))
      return {
        title: 'This permission is already gone',
        detail: 'Someone removed it in the meantime. The list has been refreshed.',
      };
    if (err.status === 403 && err.isCode('PermissionDenied'))
      return {
        title: 'You cannot change who has access here',
        detail:
          'Changing permissions needs the Access Manager or Administrator role on this guest collection. Ask its administrator to give you the role, or to make the change.',
      };
    if (err.status === 400 && /expir/i.test(message))
      return { title: 'Globus refused the expiry date', detail: message };
  }
  const d = describeError(err);
  return { title: d.title, detail: d.detail };
}

/** Creating or deleting a guest collection: what the host allows. */
function describeGuestError(err: GlobusError, message: string): SharingProblem | null {
  if (err.status === 403 && err.isCode('PermissionDenied'))
    return {
      title: 'You cannot share from this collection',
      detail:
        'Only the owner (administrator) of this collection can create or delete its guest collections. Ask its owner to share the folder with you.',
    };
  if (/GCS Manager/i.test(message))
    return {
      title: 'This host does not take guest collections through this app',
      detail: 'Its guest collections are created on its Globus Connect Server. Use the Globus web app for it.',
    };
  if (err.isCode('ClientError.BadRequest') && /host_path/.test(message))
    return {
      title: 'That folder does not exist on the host',
      detail: `${message}. Pick an existing folder with Browse, or create it in the file manager first.`,
    };
  return null;
}
