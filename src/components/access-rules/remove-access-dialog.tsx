import { ConfirmModal } from '@/components/ui/confirm-modal';
import { DialogError } from '@/components/ui/modal';

/**
 * The confirmation before an access rule is deleted, naming what stops working for whom: the sharing pages and
 * the endpoint administrator's console ask the same question. The caller runs the deletion and says why it failed.
 */
export function RemoveAccessDialog({
  who,
  rule,
  pending,
  problem,
  onConfirm,
  onClose,
}: {
  who: string;
  // Anything but 'rw' is read-only (Transfer's values are 'r' and 'rw').
  rule: { path?: string | null; permissions: string };
  pending: boolean;
  problem: { title: string; detail: string } | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const path = rule.path ?? '/';
  return (
    <ConfirmModal
      title={`Remove ${who}’s access to ${path}?`}
      confirmLabel="Remove access"
      pendingLabel="Removing…"
      pending={pending}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>
        {who} will no longer be able to{' '}
        {rule.permissions === 'rw' ? 'list, download, upload or change' : 'list or download'} files in {path}, unless
        another permission still covers it. Transfers they already started there will fail.
      </p>
      {problem ? <DialogError title={problem.title} detail={problem.detail} /> : null}
    </ConfirmModal>
  );
}
