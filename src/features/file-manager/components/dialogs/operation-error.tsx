import { GlobusError } from '@/lib/globus/errors';
import { describeError } from '@/lib/globus/describe-error';
import { Button } from '@/components/ui/button';
import { DialogError } from '@/components/ui/modal';
import { describeLocalError } from '@/lib/local-files/local-errors';

const EXISTS = ['ExternalError.MkdirFailed.Exists', 'ExternalError.RenameFailed.Exists'];

/** Operation errors in the user's words, with consent/login/retry where that is the way out. */
export function OperationError({
  error,
  name,
  onReauthorize,
  onRetry,
}: {
  error: unknown;
  name?: string;
  onReauthorize: () => void;
  onRetry?: () => void;
}) {
  const g = error instanceof GlobusError ? error : undefined;
  if (g && EXISTS.some((c) => g.isCode(c))) {
    return <DialogError title={`“${name ?? ''}” already exists here`} detail="Choose another name." />;
  }
  // On this computer: already there, gone, or access to allow again (the pane offers that button).
  const local = describeLocalError(error);
  if (local)
    return (
      <DialogError
        title={local.title}
        detail={local.detail}
        action={onRetry ? <Button onClick={onRetry}>Try again</Button> : null}
      />
    );
  const info = describeError(error);
  const action =
    info.action === 'consent' || g?.isCode('ConsentRequired') ? (
      <Button variant="primary" onClick={onReauthorize}>
        Give consent
      </Button>
    ) : info.action === 'session' || info.action === 'login' ? (
      <Button variant="primary" onClick={onReauthorize}>
        Log in again
      </Button>
    ) : info.action === 'retry' && onRetry ? (
      <Button onClick={onRetry}>Try again</Button>
    ) : null;
  return (
    <DialogError
      title={info.title}
      detail={`${info.detail}${info.requestId ? `\nRequest ID ${info.requestId}` : ''}`}
      action={action}
    />
  );
}

/** Names are raw strings for Transfer; only a slash (a path separator) and emptiness are refused here. */
export function nameProblem(name: string): string | null {
  if (name === '') return 'Enter a name.';
  if (name.includes('/')) return 'A name cannot contain “/”.';
  if (name === '.' || name === '..') return `“${name}” is not a usable name.`;
  return null;
}
