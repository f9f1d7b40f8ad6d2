import { lazy, Suspense, useEffect } from 'react';
import { Outlet } from 'react-router';
import { Spinner } from '@/components/ui/spinner';
import { MessagePanel } from '@/components/ui/message-panel';
import { useLoggedIn } from '@/app/auth/session-queries';
import { SignInScreen } from '@/app/auth/sign-in-screen';
import { SessionEndedPanel, useSessionEnded } from '@/app/auth/session-ended';
import { AppHeader } from '@/app/layout/app-header';
import { OfflineNotice } from '@/components/offline-notice';

// Toasts, the live region and the background task watcher, on every page. Loaded after the first
// render so the first download stays small; the host itself makes sure only one instance renders
// even where an activity page mounts its own.
const ActivityNotificationsHost = lazy(async () => ({
  default: (await import('@/features/activity/notifications/activity-notifications-host')).ActivityNotificationsHost,
}));

/** Every route renders inside this: sign-in when logged out, otherwise header + page. */
export function AppLayout() {
  const loggedIn = useLoggedIn();
  const sessionEnded = useSessionEnded();
  useEffect(refuseStrayFileDrops, []);

  if (loggedIn.isPending) {
    return (
      <div className="p-8">
        <Spinner label="Starting" />
      </div>
    );
  }
  if (loggedIn.isError) {
    return (
      <div className="p-8">
        <MessagePanel role="alert" tone="error" title="Could not read your login state">
          <p>{String(loggedIn.error)}</p>
        </MessagePanel>
      </div>
    );
  }
  if (!loggedIn.data) {
    return (
      <>
        <OfflineNotice />
        <SignInScreen />
      </>
    );
  }

  return (
    <div className="flex h-dvh flex-col bg-slate-100">
      <OfflineNotice />
      <AppHeader />
      <main className="flex min-h-0 flex-1 flex-col">
        {sessionEnded ? <SessionEndedPanel /> : null}
        <Outlet />
      </main>
      {sessionEnded ? null : (
        <Suspense fallback={null}>
          <ActivityNotificationsHost />
        </Suspense>
      )}
    </div>
  );
}

/**
 * A file dropped where nothing takes it would make the browser open it in place of the app (and lose
 * the page): outside the places that accept files, a drag of files shows "no drop" instead.
 */
function refuseStrayFileDrops() {
  const refuse = (e: DragEvent) => {
    if (e.defaultPrevented || !e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'none';
  };
  window.addEventListener('dragover', refuse);
  window.addEventListener('drop', refuse);
  return () => {
    window.removeEventListener('dragover', refuse);
    window.removeEventListener('drop', refuse);
  };
}
