import { Button } from '@/components/ui/button';
import { DialogError, Modal } from '@/components/ui/modal';
import type { AccessRule } from '@/lib/globus/sharing';
import { useDeleteRule } from '@/features/sharing/api/access-rules';
import { describeSharingError } from '@/features/sharing/lib/sharing-errors';

export function DeleteRuleDialog({
  collectionId,
  rule,
  who,
  onClose,
}: {
  collectionId: string;
  rule: AccessRule & { id: string };
  who: string;
  onClose: () => void;
}) {
  const remove = useDeleteRule(collectionId);
  const problem = remove.error ? describeSharingError(remove.error) : null;
  return (
    <Modal
      title={`Remove ${who}’s access to ${rule.path}?`}
      onClose={onClose}
      footer={
        <>
          {/* The safe choice has the focus, so Enter does not remove. */}
          <Button onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={remove.isPending}
            onClick={() => remove.mutate(rule.id, { onSuccess: onClose })}
          >
            {remove.isPending ? 'Removing…' : 'Remove access'}
          </Button>
        </>
      }
    >
      <p>
        {who} will no longer be able to{' '}
        {rule.permissions === 'rw' ? 'list, download, upload or change' : 'list or download'} files in {rule.path},
        unless another permission still covers it. Transfers they already started there will fail.
      </p>
      {problem ? <DialogError title={problem.title} detail={problem.detail} /> : null}
    </Modal>
  );
}
