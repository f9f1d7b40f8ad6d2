// The first code to run, kept small so it runs as soon as index.html is read: config.json and the login
// databases (early-start) and the file manager's code start loading here, while the app's own code (React,
// the router, the layout; preloaded by index.html) is still arriving. start-app then renders the app.
import { authStores, configResponse, startupRecords } from '@/app/start/early-start';
import { preloadFilesPage } from '@/app/routes/files-page-code';
import { warmUpFormatters } from '@/lib/format/warm-up';
import { isLoginReturn } from '@/lib/auth/login-return';
import './index.css';

// Once the login records are read: without a stored login (and when this load is not a login's return)
// the page shows the sign-in screen, whose Log in leaves for Globus and comes back to a new page load.
// What follows is only for a page that will show folders; on a slow connection and a slow phone it would
// only hold the sign-in screen up.
void startupRecords.then((records) => {
  if (!records?.tokens.length && !isLoginReturn(window.location.search)) return;
  // Every page but the activity pages starts on the file manager (a deep link, the default route, or
  // after login): its code starts downloading now.
  if (!window.location.hash.startsWith('#/activity')) preloadFilesPage();
  // The locale data of the dates, sizes and name order in listings loads next, on this thread, ahead of the
  // first render rather than inside it. (A worker doing it costs a whole JavaScript engine's start-up, which
  // on a machine with two cores slows the parsing of the app's code.)
  warmUpFormatters();
});

void import('@/app/start/start-app').then(
  ({ startApp }) => startApp({ authStores, configResponse, startupRecords }),
  (err: unknown) => showLoadFailure(err),
);

/** The app's code could not be loaded (a deploy replaced it, the network dropped): say so without React. */
function showLoadFailure(err: unknown) {
  const root = document.getElementById('root')!;
  const panel = document.createElement('div');
  panel.setAttribute('role', 'alert');
  panel.className = 'm-8 rounded-sm border border-red-300 bg-red-50 p-4 text-red-900';
  const title = document.createElement('p');
  title.className = 'font-semibold';
  title.textContent = 'The app could not start';
  const detail = document.createElement('p');
  detail.textContent = `Its code could not be downloaded (${err instanceof Error ? err.message : String(err)}). Check your connection and reload the page.`;
  panel.append(title, detail);
  root.replaceChildren(panel);
}
