import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { GlobusError } from '@/lib/globus/errors';
import { MessagePanel } from '@/components/ui/message-panel';
import { Button } from '@/components/ui/button';
import { useServices } from '@/components/services/services-context';
import { useReturnTo } from '@/components/services/use-return-to';
import { stateForLogin } from '@/components/services/login-round-trip';

export function isLoginRequired(err: unknown): boolean {
  return err instanceof GlobusError && err.loginRequired;
}

/** True once any query failed because the tokens are gone (expired and not refreshable, or revoked). */
export function useSessionEnded(): boolean {
  const queryClient = useQueryClient();
  const [ended, setEnded] = useState(() =>
    queryClient
      .getQueryCache()
      .getAll()
      .some((q) => isLoginRequired(q.state.error)),
  );
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'error' && isLoginRequired(event.action.error)) {
          setEnded(true);
        }
      }),
    [queryClient],
  );
  return ended;
}

/**
 * Shown above the page, which stays as it was, so nothing the user was looking at or had selected
 * disappears. Never redirects on its own: a login that keeps failing must not turn into a redirect
 * loop, so the user decides when to go; the page's state (e.g. the panes' selection) comes along.
 */
export function SessionEndedPanel() {
  const { auth } = useServices();
  const returnTo = useReturnTo();
  const login = () => {
    const appState = stateForLogin();
    void auth.login(appState === undefined ? { returnTo } : { returnTo, appState });
  };
  return (
    <div className="flex shrink-0 justify-center px-2 pt-2">
      <MessagePanel
        role="alert"
        tone="warning"
        title="Your session has ended"
        actions={
          <Button variant="primary" onClick={login}>
            Log in again
          </Button>
        }
      >
        <p>Globus needs you to log in again. You will come back to this same place afterwards.</p>
      </MessagePanel>
    </div>
  );
}
