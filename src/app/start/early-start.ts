import { requestConfig } from '@/config/request-config';
import { createTokenStore } from '@/lib/storage/token-store';
import { createUserStore } from '@/lib/storage/user-store';
import type { StartupLoginRecords } from '@/lib/auth/auth-client';

// main.tsx imports this first, in the small first script, so it runs before React and the router have even
// arrived: config.json is requested and the login databases open while the rest of the code downloads,
// rather than one after the other. Both are what every page waits for before its first request.

/** config.json, asked for as load-config.ts would. */
export const configResponse: Promise<Response> = requestConfig();
// A failure is reported by loadConfig, which awaits this; until then it must not count as unhandled.
configResponse.catch(() => {});

/** The auth client's stores. */
export const authStores = { tokens: createTokenStore(), user: createUserStore() };

/**
 * Both login records, read now (which opens their databases): the auth client's first token and login-state
 * reads use them instead of asking IndexedDB again, whose answers queue behind the page's downloads.
 */
export const startupRecords: Promise<StartupLoginRecords> = Promise.all([
  authStores.user.get(),
  authStores.tokens.all(),
]).then(
  ([user, tokens]) => ({ user, tokens }),
  () => null,
);

/** What start-up began before the app's code arrived, handed to start-app. */
export type EarlyStart = {
  configResponse: Promise<Response>;
  authStores: typeof authStores;
  startupRecords: Promise<StartupLoginRecords>;
};
