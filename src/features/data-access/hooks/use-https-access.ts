import { useMemo } from 'react';
import { httpsScope } from '@/lib/auth/scopes';
import { createCollectionHttps } from '@/lib/globus/https';
import { useServices } from '@/components/services/services-context';
import { useReturnTo } from '@/components/services/use-return-to';

/** The collection's HTTPS client, its token, and the step-up login that grants the `https` scope. */
export function useHttpsAccess(collectionId: string) {
  const { auth } = useServices();
  const returnTo = useReturnTo();
  const https = useMemo(() => createCollectionHttps(auth), [auth]);
  return {
    https,
    /** Null until consent is given; the token's resource server is the collection id (docs/protocol/https-access.md). */
    getToken: () => auth.getAccessToken(collectionId),
    /** `appState` comes back with the user (the page's state and any download to resume). */
    requestConsent: (appState?: unknown) =>
      auth.login({
        returnTo,
        extraScopes: [httpsScope(collectionId)],
        ...(appState === undefined ? {} : { appState }),
      }),
  };
}
