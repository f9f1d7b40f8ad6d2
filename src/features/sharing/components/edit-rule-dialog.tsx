import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { DialogError, Modal } from '@/components/ui/modal';
import type { AccessRule } from '@/lib/globus/sharing';
import { useUpdateRule } from '@/features/sharing/api/access-rules';
import { ExpiryField, PermissionField } from '@/features/sharing/components/rule-fields';
import { dayOf, expiryFromDay } from '@/features/sharing/lib/expiry';
import { describeSharingError } from '@/features/sharing/lib/sharing-errors';

/** Change what a rule allows and until when; who and where stay (delete and add again for those). */
export function EditRuleDialog({
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
  const [permissions, setPermissions] = useState(rule.permissions);
  const [expiryDay, setExpiryDay] = useState(dayOf(rule.expiration_date));
  const [expiryError, setExpiryError] = useState<string>();
  const update = useUpdateRule(collectionId);

  const submit = () => {
    const unchangedDay = expiryDay === dayOf(rule.expiration_date);
    const expiry = unchangedDay ? null : expiryFromDay(expiryDay);
    if (expiry && !expiry.ok) return setExpiryError(expiry.message);
    setExpiryError(undefined);
    update.mutate(
      {
        ruleId: rule.id,
        update: {
          permissions,
          // An untouched date keeps the exact expiry Globus has; a cleared one removes it.
          ...(expiry?.ok ? { expiration_date: expiry.iso } : {}),
        },
      },
      { onSuccess: onClose },
    );
  };

  const problem = update.error ? describeSharingError(update.error) : null;
  return (
    <Modal
      title={`Edit access of ${who} to ${rule.path}`}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={update.isPending} data-autofocus>
            {update.isPending ? 'Saving…' : 'Save'}
          </Button>
        </>
      }
    >
      <PermissionField value={permissions} onChange={setPermissions} />
      <ExpiryField value={expiryDay} onChange={setExpiryDay} error={expiryError} />
      {problem ? <DialogError title={problem.title} detail={problem.detail} /> : null}
    </Modal>
  );
}
