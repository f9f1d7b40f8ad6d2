import { createContext, useContext } from 'react';
import { GlobusError } from '@/lib/globus/errors';
import { transferScopeWithDataAccess } from '@/lib/auth/scopes';
import { useServices } from '@/components/services/services-context';
import { useReturnTo } from '@/components/services/use-return-to';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import type { FileManagerAppState } from '@/features/file-manager/model/app-state';

/** Provided by the dual-pane shell: the state to carry through a login (null outside the shell). */
export const AppStateContext = createContext<((dialog: DialogRequest | null) => FileManagerAppState) | null>(null);

/**
 * Re-authorize for a consent or session requirement and come back here: the dependent
 * data_access scopes Transfer named (or, failing that, built for the collections involved), or
 * the session parameters of a GARE (docs/protocol/consent-and-sessions.md#authorization-requirements).
 */
export function useReauthorize() {
  const { auth } = useServices();
  const returnTo = useReturnTo();
  const snapshot = useContext(AppStateContext);
  return (error: unknown, opts: { collections?: string[]; dialog?: DialogRequest | null } = {}) => {
    const g = error instanceof GlobusError ? error : undefined;
    const appState = snapshot ? snapshot(opts.dialog ?? null) : undefined;
    const named = g?.requiredScopes ?? g?.authorizationParameters?.required_scopes ?? [];
    const consent = g?.isCode('ConsentRequired') ?? false;
    const extraScopes = named.length ? named : consent && opts.collections?.length ? [transferScopeWithDataAccess(opts.collections)] : [];
    return auth.login({
      returnTo,
      ...(extraScopes.length ? { extraScopes } : {}),
      ...(!consent && g?.authorizationParameters ? { authorizationParameters: g.authorizationParameters } : {}),
      ...(appState ? { appState } : {}),
    });
  };
}
