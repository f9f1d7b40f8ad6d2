import { ConfirmModal } from '@/components/ui/confirm-modal';
import { DialogError } from '@/components/ui/modal';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { formatCount } from '@/lib/format/numbers';
import { useAccessRules } from '@/features/sharing/api/access-rules';
import { useDeleteGuestCollection } from '@/features/sharing/api/guest-collections';
import { usePrincipalLabels } from '@/features/sharing/api/principal-labels';
import { describeSharingError } from '@/features/sharing/lib/sharing-errors';

const NAMED = 5;

/** Deleting a guest collection ends every permission on it: the dialog names who loses access. */
export function DeleteGuestDialog({ guest, onClose }: { guest: Endpoint; onClose: () => void }) {
  const name = guest.display_name ?? guest.id;
  const rules = useAccessRules(guest.id);
  const granted = (rules.data?.DATA ?? []).filter((r) => r.id !== null);
  const labelOf = usePrincipalLabels(granted);
  const names = [...new Set(granted.map((r) => labelOf(r).name))];
  const remove = useDeleteGuestCollection();
  const problem = remove.error ? describeSharingError(remove.error, 'guest') : null;

  return (
    <ConfirmModal
      title={`Delete the guest collection “${name}”?`}
      confirmLabel="Delete guest collection"
      pendingLabel="Deleting…"
      pending={remove.isPending}
      onConfirm={() => remove.mutate(guest.id, { onSuccess: onClose })}
      onClose={onClose}
    >
      <p>What stops working:</p>
      <ul className="mt-1 list-disc pl-5">
        <li>
          {rules.isPending
            ? 'Every permission on it (loading who has access…)'
            : rules.isError
              ? 'Every permission on it'
              : granted.length === 0
                ? 'Nothing shared yet: no one else has been given access'
                : `All ${formatCount(granted.length)} permissions on it: ${names.slice(0, NAMED).join(', ')}${names.length > NAMED ? ` and ${formatCount(names.length - NAMED)} more` : ''} lose access`}
        </li>
        <li>Links and bookmarks to it, yours and other people’s</li>
        <li>Transfers still running to or from it</li>
      </ul>
      <p className="mt-2">
        The files stay where they are
        {guest.host_endpoint_display_name ? ` on ${guest.host_endpoint_display_name}` : ''}
        {guest.host_path ? ` in ${guest.host_path}` : ''}. This cannot be undone.
      </p>
      {problem ? <DialogError title={problem.title} detail={problem.detail} /> : null}
    </ConfirmModal>
  );
}
