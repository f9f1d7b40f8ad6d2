import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { useServices } from '@/components/services/services-context';
import { useUser } from '@/app/auth/session-queries';
import { useSessionEnded } from '@/app/auth/session-ended';
import { AppNav } from '@/app/layout/app-nav';
import { routeTo } from '@/lib/routes/paths';

export function AppHeader() {
  const { config, auth } = useServices();
  const user = useUser().data;
  // Once Globus refused the tokens, nobody is logged in here any more, whatever the cached name says.
  const ended = useSessionEnded();
  const [leaving, setLeaving] = useState(false);
  return (
    // On a phone the sections take a second row (scrolling sideways if they must), so the account and
    // Log out stay on screen beside the app's name.
    <header className="flex min-h-11 shrink-0 flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-3 py-1.5 md:flex-nowrap md:py-0">
      {/* Not a heading: each page names itself with its own one <h1>. */}
      <p className="min-w-0 flex-1 basis-0 truncate text-sm font-semibold md:flex-initial md:basis-auto">
        <Link
          to={routeTo.files()}
          className="rounded text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600"
        >
          {config.appName}
        </Link>
      </p>
      <div className="order-last -mx-1 w-full overflow-x-auto px-1 md:order-none md:mx-0 md:w-auto md:overflow-visible md:px-0">
        <AppNav />
      </div>
      <div className="ml-auto flex min-w-0 items-center gap-2">
        {ended ? (
          <span className="truncate text-sm text-amber-800">Session ended</span>
        ) : user ? (
          // The account page (identities, groups, what the app may do) opens from the user's name.
          <Link
            to={routeTo.account()}
            title={`Your account: ${user.username}`}
            className="truncate rounded text-sm text-slate-600 hover:text-slate-900 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600"
          >
            <span className="sr-only">Account of </span>
            {user.name ?? user.username}
            {user.name ? <span className="hidden text-slate-500 sm:inline"> ({user.username})</span> : null}
          </Link>
        ) : null}
        <Button
          size="sm"
          variant="ghost"
          disabled={leaving}
          onClick={() => {
            setLeaving(true);
            // Files kept for an upload across a consent round trip are the user's data too, and so are the
            // folders picked on this computer and the copies with them (their folder handles): the next person
            // at this browser must not find them.
            // Their code is loaded on demand (here, or where they are used) so the first page stays light.
            const forgetCopies = import('@/features/local-copy/hooks/use-copy-queue').then((m) => m.forgetCopies());
            const forgetUploads = import('@/features/data-access/lib/pending-upload-store').then((m) =>
              m.clearPendingUploads(),
            );
            const forgetFolders = import('@/lib/local-files/local-roots').then((m) => m.clearLocalRoots());
            void Promise.all([forgetUploads, forgetFolders, forgetCopies])
              .catch(() => {})
              .then(() => auth.logout())
              .finally(() => setLeaving(false));
          }}
        >
          Log out
        </Button>
      </div>
    </header>
  );
}
