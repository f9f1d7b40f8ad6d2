import { useId, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';
import { ErrorText } from '@/features/bookmarks/components/error-text';

/** Asks for a bookmark name; used to create and to rename. */
export function BookmarkNameDialog({
  title,
  initialName,
  submitLabel,
  pending,
  error,
  children,
  onSubmit,
  onClose,
}: {
  title: string;
  initialName: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  children?: ReactNode;
  onSubmit: (name: string) => void;
  onClose: () => void;
}) {
  const inputId = useId();
  const [name, setName] = useState(initialName);
  const trimmed = name.trim();
  return (
    <Modal
      title={title}
      onClose={onClose}
      onSubmit={() => {
        if (trimmed && !pending) onSubmit(trimmed);
      }}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={!trimmed || pending}>
            {pending ? 'Saving…' : submitLabel}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        {children}
        <label htmlFor={inputId} className="font-medium text-slate-800">
          Name
        </label>
        <input
          id={inputId}
          data-autofocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          onFocus={(e) => e.currentTarget.select()}
          maxLength={128}
          required
          className="h-9 rounded-md border border-slate-300 px-3 focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30"
        />
        <ErrorText error={error} />
      </div>
    </Modal>
  );
}
