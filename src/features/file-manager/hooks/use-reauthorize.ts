import { GlobusError } from '@/lib/globus/errors';
import { transferScopeWithDataAccess } from '@/lib/auth/scopes';
import { useServices } from '@/components/services/services-context';
import { stateForLogin } from '@/components/services/login-round-trip';
import { useReturnTo } from '@/components/services/use-return-to';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';

/**
 * Re-authorize for a consent or session requirement and come back here: the dependent
 * data_access scopes Transfer named (or, failing that, built for the collections involved), or
 * the session parameters of a GARE (docs/protocol/consent-and-sessions.md#authorization-requirements). The page's state goes
 * along, with the dialog as its owner filled it in.
 */
export function useReauthorize() {
  const { auth } = useServices();
  const returnTo = useReturnTo();
  return (error: unknown, opts: { collections?: string[]; dialog?: DialogRequest | null } = {}) => {
    const g = error instanceof GlobusError ? error : undefined;
    const appState = stateForLogin(opts.dialog ? { dialog: opts.dialog } : {});
    const named = g?.requiredScopes ?? g?.authorizationParameters?.required_scopes ?? [];
    const consent = g?.isCode('ConsentRequired') ?? false;
    const extraScopes = named.length
      ? named
      : consent && opts.collections?.length
        ? [transferScopeWithDataAccess(opts.collections)]
        : [];
    return auth.login({
      returnTo,
      ...(extraScopes.length ? { extraScopes } : {}),
      ...(!consent && g?.authorizationParameters ? { authorizationParameters: g.authorizationParameters } : {}),
      ...(appState ? { appState } : {}),
    });
  };
}
