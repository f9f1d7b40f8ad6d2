import type { AccessRule } from '@/lib/globus/sharing';
import { RemoveAccessDialog } from '@/components/access-rules/remove-access-dialog';
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
  return (
    <RemoveAccessDialog
      who={who}
      rule={rule}
      pending={remove.isPending}
      problem={remove.error ? describeSharingError(remove.error) : null}
      onConfirm={() => remove.mutate(rule.id, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}
