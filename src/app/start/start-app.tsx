import type { EarlyStart } from '@/app/start/early-start';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { loadConfig } from '@/config/load-config';
import { createAuthClient } from '@/lib/auth/auth-client';
import { createGlobusHttp } from '@/lib/globus/http';
import { withOffPageListings } from '@/lib/globus/listing/off-page-listings';
import { AppProviders } from '@/app/app-providers';
import { createQueryClient } from '@/app/create-query-client';
import { loggedInQuery } from '@/app/auth/session-queries';
import { createAppRouter } from '@/app/router';
import { prefetchFirstListingAt } from '@/app/routes/first-listing';
import { StartUpFailurePage } from '@/app/start/start-up-failure-page';
import { setReturnedState } from '@/components/services/login-round-trip';
import { isAppHref, paths } from '@/lib/routes/paths';
import { hashForRealQuery } from '@/lib/helper-pages/incoming-query';
import { applyRuntimePolicy } from '@/lib/csp/runtime-policy';
import { nextTask } from '@/lib/tasks/next-task';

/**
 * config.json → finish a login redirect if this page load is one → the app. Never a blank screen.
 * main.tsx calls it with what it already started: config.json's response and the login databases.
 */
export function startApp(early: EarlyStart): void {
  const root = createRoot(document.getElementById('root')!);
  const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);
  start(early, render).catch((err: unknown) => {
    render(<StartUpFailurePage detail={err instanceof Error ? err.message : String(err)} />);
  });
}

async function start({ authStores, configResponse, startupRecords }: EarlyStart, render: (node: ReactNode) => void) {
  const loaded = await loadConfig('config.json', window.location, () => configResponse);
  if (!loaded.ok) {
    // Pages for a failed start-up load only when one is shown.
    const { ConfigErrorPage } = await import('@/app/start/config-error-page');
    render(<ConfigErrorPage file={loaded.file} message={loaded.message} problems={loaded.problems} />);
    return;
  }
  const { config } = loaded;
  document.title = config.appName;
  applyRuntimePolicy(config);

  const auth = createAuthClient(config, { stores: authStores, startupRecords });
  const http = withOffPageListings(createGlobusHttp(config, auth), config, auth);

  // A portal's `?action=…` or a helper page's GET answer: into the hash route, where the router reads it.
  const moved = hashForRealQuery(window.location.search, window.location.hash);
  if (moved) window.history.replaceState(null, '', `${window.location.pathname}${moved}`);

  const callback = await auth.completeLoginIfCallback();
  if (callback.kind === 'error') {
    const { LoginErrorPage } = await import('@/app/start/login-error-page');
    render(
      <LoginErrorPage
        title={callback.title}
        detail={callback.detail}
        onLogin={() => void auth.login({ returnTo: paths.root() })}
      />,
    );
    return;
  }
  if (callback.kind === 'success') {
    // The auth client already put returnTo back in the address bar; only app routes are accepted.
    const target = isAppHref(callback.returnTo) ? callback.returnTo : paths.root();
    if (window.location.hash !== target) window.history.replaceState(null, '', target);
    setReturnedState(callback.appState);
  }

  const services = { config, auth, http };
  const queryClient = createQueryClient();
  // The first folder's requests go out now, not once React and the router run (the route's loader finds them).
  prefetchFirstListingAt({ queryClient, services }, window.location.hash);
  // The layout waits for the login state before any page shows: ask now, not when the layout first renders.
  void queryClient.prefetchQuery(loggedInQuery(auth));
  // With the requests out, the first render waits for a new task: on a slow phone the work above and the
  // render are each a long task, and the page answers input and paints in between.
  await nextTask();
  render(
    <AppProviders services={services} queryClient={queryClient}>
      <RouterProvider
        router={createAppRouter({ queryClient, services }, () => queryClient.fetchQuery(loggedInQuery(auth)))}
      />
    </AppProviders>,
  );
}
