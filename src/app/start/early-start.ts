import { createTokenStore } from '@/lib/storage/token-store';
import { createUserStore } from '@/lib/storage/user-store';

// main.tsx imports this first, so it runs before React and the router are evaluated: config.json is
// requested and the login databases open while the rest of the code starts, rather than one after the
// other. Both are what every page waits for before its first request.

/** config.json, as load-config.ts asks for it (no-cache: deployers edit it in place). */
export const configResponse: Promise<Response> = fetch('config.json', {
  cache: 'no-cache',
  headers: { Accept: 'application/json' },
});
// A failure is reported by loadConfig, which awaits this; until then it must not count as unhandled.
configResponse.catch(() => {});

/** The auth client's stores, their databases already opening (a read opens one). */
export const authStores = { tokens: createTokenStore(), user: createUserStore() };
void authStores.user.get().catch(() => {});
void authStores.tokens.all().catch(() => {});
