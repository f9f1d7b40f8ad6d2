import { GlobusError } from '@/lib/globus/errors';
import { describeError } from '@/lib/globus/describe-error';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { useServices } from '@/components/services/services-context';
import { useReturnTo } from '@/components/services/use-return-to';
import { useReauthorize } from '@/features/file-manager/hooks/use-reauthorize';
import { parentPath } from '@/features/file-manager/lib/paths';

const is = (err: unknown, ...codes: string[]) => err instanceof GlobusError && codes.some((c) => err.isCode(c));

/** Where a listing failed because of the path, moving elsewhere is the way out. */
const PATH_PROBLEMS = [
  'ClientError.NotFound',
  'NotFound',
  'EndpointPermissionDenied',
  'PermissionDenied',
  'ExternalError.DirListingFailed.NotFound',
  'ExternalError.DirListingFailed.NotDirectory',
  'ExternalError.DirListingFailed.PermissionDenied',
];

type Props = { error: unknown; path: string; collectionName: string; onNavigate: (path: string) => void; onRetry: () => void };

/** A failed listing, shown inside the pane with what happened and the buttons that can fix it. */
export function PaneError({ error, path, collectionName, onNavigate, onRetry }: Props) {
  const { auth } = useServices();
  const returnTo = useReturnTo();
  const reauthorize = useReauthorize();
  const info = describeError(error);
  const g = error instanceof GlobusError ? error : undefined;
  const up = path ? parentPath(path) : null;
  const pathProblem = is(error, ...PATH_PROBLEMS);

  const isConsent = info.action === 'consent' || (g?.isCode('ConsentRequired') ?? false);

  return (
    <div className="p-4">
      <MessagePanel
        role="alert"
        tone={isConsent || info.action === 'session' ? 'warning' : 'error'}
        title={info.title}
        footnote={info.requestId ? `Request ID ${info.requestId} — quote it if you contact support.` : undefined}
        actions={
          <>
            {isConsent ? (
              <Button variant="primary" onClick={() => void reauthorize(error)}>
                Give consent
              </Button>
            ) : null}
            {info.action === 'session' && !isConsent ? (
              <Button
                variant="primary"
                onClick={() => void reauthorize(error)}
              >
                Log in again
              </Button>
            ) : null}
            {info.action === 'login' ? (
              <Button variant="primary" onClick={() => void auth.login({ returnTo })}>
                Log in again
              </Button>
            ) : null}
            {pathProblem && up !== null ? <Button onClick={() => onNavigate(up)}>Go up one level</Button> : null}
            {pathProblem && path !== '/' ? (
              <Button onClick={() => onNavigate('/')}>Go to the collection root</Button>
            ) : null}
            {info.action === 'retry' ? <Button onClick={onRetry}>Try again</Button> : null}
          </>
        }
      >
        {isConsent ? (
          <p>
            “{collectionName}” needs your consent before this app can list its files: Globus will ask you once to
            allow access to the collection’s <code className="font-mono text-xs">data_access</code> scope, then bring
            you back here.
          </p>
        ) : (
          <p className="whitespace-pre-line">{info.detail}</p>
        )}
      </MessagePanel>
    </div>
  );
}
