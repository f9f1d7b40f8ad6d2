import type { ReactNode } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { useLoggedIn } from '@/app/auth/session-queries';
import { AppHeader } from '@/app/layout/app-header';
import { BrowseHelperPage } from '@/features/helper-pages/components/browse-helper-page';
import { DatasetPage } from '@/features/datasets/components/dataset-page';

/**
 * Pages a visitor may open before logging in (a portal's link): they show what the link carries and
 * offer the login themselves, instead of the plain sign-in screen the other routes show.
 */
function OpenPage({ children }: { children: (loggedIn: boolean) => ReactNode }) {
  const loggedIn = useLoggedIn();
  if (loggedIn.isPending) return <Spinner label="Starting" />;
  const inside = loggedIn.data === true;
  return (
    <div className="flex min-h-dvh flex-col bg-slate-100">
      {inside ? <AppHeader /> : null}
      <main className="flex min-h-0 flex-1 flex-col">{children(inside)}</main>
    </div>
  );
}

export const BrowseHelperRoute = () => <OpenPage>{(li) => <BrowseHelperPage loggedIn={li} />}</OpenPage>;
export const DatasetRoute = () => <OpenPage>{(li) => <DatasetPage loggedIn={li} />}</OpenPage>;
