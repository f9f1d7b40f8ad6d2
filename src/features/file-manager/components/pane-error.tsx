import { GlobusError } from '@/lib/globus/errors';
import { describeError } from '@/lib/globus/describe-error';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { useReauthorize } from '@/features/file-manager/hooks/use-reauthorize';
import { parentPath } from '@/lib/paths/collection-path';
import { GuestRootHelp } from '@/features/file-manager/components/guest-root-help';
import { ActivationAction } from '@/components/activation/activation-action';
import { isLocalFileError } from '@/lib/local-files/local-errors';
import { LocalPaneError } from '@/features/file-manager/components/local-pane-error';

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

type Props = {
  error: unknown;
  path: string;
  collectionName: string;
  onNavigate: (path: string) => void;
  onRetry: () => void;
  /** A refresh failed while the last listing stays on screen: a strip above it rather than a card instead of it. */
  compact?: boolean;
  /**
   * The collection is a guest collection the user does not manage: a permission error at its root most
   * likely means their access is to a folder inside it.
   */
  guestOf?: { collectionId: string };
};

const DENIED = ['EndpointPermissionDenied', 'PermissionDenied', 'ExternalError.DirListingFailed.PermissionDenied'];

/** A failed listing, shown inside the pane with what happened and the buttons that can fix it. */
export function PaneError(props: Props) {
  // A folder on this computer fails in its own ways (access to allow again, gone from the disk).
  return isLocalFileError(props.error) ? <LocalPaneError {...props} /> : <CollectionPaneError {...props} />;
}

function CollectionPaneError({ error, path, collectionName, onNavigate, onRetry, compact, guestOf }: Props) {
  const reauthorize = useReauthorize();
  const info = describeError(error);
  const g = error instanceof GlobusError ? error : undefined;
  const up = path ? parentPath(path) : null;
  const pathProblem = is(error, ...PATH_PROBLEMS);

  const isConsent = info.action === 'consent' || (g?.isCode('ConsentRequired') ?? false);

  // A session that ended (action 'login') is the app-wide notice's business: it carries the one "Log in again".
  const login = info.action === 'session';
  const size = compact ? 'sm' : 'md';
  const actions = (
    <>
      <ActivationAction error={error} path={path} onActivated={onRetry} size={size} />
      {isConsent ? (
        <Button size={size} variant="primary" onClick={() => void reauthorize(error)}>
          Give consent
        </Button>
      ) : null}
      {login && !isConsent ? (
        // Through reauthorize, so the panes' selection comes back after the login.
        <Button size={size} variant="primary" onClick={() => void reauthorize(error)}>
          Log in again
        </Button>
      ) : null}
      {pathProblem && up !== null ? (
        <Button size={size} onClick={() => onNavigate(up)}>
          Go up one level
        </Button>
      ) : null}
      {pathProblem && path !== '/' ? (
        <Button size={size} onClick={() => onNavigate('/')}>
          Go to the collection root
        </Button>
      ) : null}
      {info.action === 'retry' || (compact && info.action !== 'login' && !login && !isConsent && !pathProblem) ? (
        <Button size={size} onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </>
  );

  if (compact) {
    return (
      <div
        role="alert"
        className="flex flex-wrap items-center gap-x-2 gap-y-1 border-b border-amber-200 bg-amber-50 px-2 py-1.5 text-xs text-slate-800"
      >
        <span className="font-semibold text-slate-900">Could not refresh: {info.title}.</span>
        <span className="min-w-0 flex-1 truncate" title={info.detail}>
          Showing the folder as it was. {info.detail}
        </span>
        <span className="flex flex-wrap gap-1">{actions}</span>
      </div>
    );
  }

  if (guestOf && !compact && (path === '' || path === '/') && is(error, ...DENIED)) {
    return (
      <GuestRootHelp collectionId={guestOf.collectionId} collectionName={collectionName} onNavigate={onNavigate} />
    );
  }

  return (
    <div className="p-4">
      <MessagePanel
        role="alert"
        tone={isConsent || info.action === 'session' ? 'warning' : 'error'}
        title={info.title}
        footnote={info.requestId ? `Request ID ${info.requestId} — quote it if you contact support.` : undefined}
        actions={actions}
      >
        {isConsent ? (
          <p>
            “{collectionName}” needs your consent before this app can list its files: Globus will ask you once to allow
            access to the collection’s <code className="font-mono text-xs">data_access</code> scope, then bring you back
            here.
          </p>
        ) : (
          <p className="whitespace-pre-line">{info.detail}</p>
        )}
      </MessagePanel>
    </div>
  );
}
