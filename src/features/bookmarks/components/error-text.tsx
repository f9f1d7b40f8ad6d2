import { describeError } from '@/lib/globus/describe-error';

/** A failed request's title and next step, announced where the action was taken. */
export function ErrorText({ error }: { error: unknown }) {
  if (!error) return null;
  const { title, detail } = describeError(error);
  return (
    <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
      <strong>{title}.</strong> {detail}
    </p>
  );
}
