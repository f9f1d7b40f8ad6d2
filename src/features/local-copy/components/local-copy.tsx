import { useEffect, useState } from 'react';
import { localCopyRequested, type LocalCopyRequest } from '@/lib/events/local-copy-requested';
import { useServices } from '@/components/services/services-context';
import { stateForLogin } from '@/components/services/login-round-trip';
import { useReturnTo } from '@/components/services/use-return-to';
import { LocalCopyDialog } from '@/features/local-copy/components/local-copy-dialog';
import { CopyQueuePanel } from '@/features/local-copy/components/copy-queue-panel';
import { useCopyQueue } from '@/features/local-copy/hooks/use-copy-queue';
import { useRefreshWhenCopied } from '@/features/local-copy/hooks/use-refresh-when-copied';
import type { CopyJob } from '@/features/local-copy/model/copy-job';
import type { CopyQueue } from '@/features/local-copy/model/copy-queue';

/**
 * Copies between this computer and collections: hears the file manager's request (F5 or a drag between a
 * local pane and a collection pane), asks for the options, and shows the queue.
 */
export function LocalCopy({ queue: given }: { queue?: CopyQueue }) {
  const queue = useCopyQueue(given);
  useRefreshWhenCopied(queue);
  const { auth } = useServices();
  const returnTo = useReturnTo();
  const [request, setRequest] = useState<LocalCopyRequest | null>(null);
  useEffect(() => localCopyRequested.subscribe(setRequest), []);

  // The queue is in IndexedDB: after the round trip it reloads and goes on by itself (loginStarted).
  const login = async (job: CopyJob) => {
    // One round trip for every copy waiting on the same kind of login: all of them go on after the return.
    const need = await queue.loginStarted(job.id);
    const appState = stateForLogin();
    await auth.login({
      returnTo,
      ...(need?.scopes.length ? { extraScopes: need.scopes } : {}),
      ...(need?.authorizationParameters ? { authorizationParameters: need.authorizationParameters } : {}),
      ...(appState ? { appState } : {}),
    });
  };

  return (
    <>
      {request ? (
        <LocalCopyDialog
          key={JSON.stringify(request)}
          request={request}
          queue={queue}
          onClose={() => setRequest(null)}
        />
      ) : null}
      <CopyQueuePanel queue={queue} onLogin={(job) => void login(job)} />
    </>
  );
}
