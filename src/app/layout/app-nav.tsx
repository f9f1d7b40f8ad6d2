// Main navigation between the file manager, the collections and the activity pages. "Files" returns to the panes
// the user last had open (their state lives in the URL), not to an empty file manager.
import { useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { routeTo } from '@/lib/routes/paths';
import { useConsoleAvailable } from '@/features/console/api/monitored-endpoints';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-blue-600 ${
    isActive ? 'bg-slate-100 text-slate-900' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'
  }`;

export function AppNav() {
  const location = useLocation();
  const [filesSearch, setFilesSearch] = useState('');
  const consoleAvailable = useConsoleAvailable();
  // Remembered while rendering the files page, so the link is right in the same render.
  if (location.pathname === routeTo.files() && location.search !== filesSearch) setFilesSearch(location.search);
  return (
    <nav aria-label="Main" className="flex items-center gap-1">
      <NavLink to={{ pathname: routeTo.files(), search: filesSearch }} className={linkClass}>
        Files
      </NavLink>
      {/* `end` is off so a collection's page still marks Collections as the current section. */}
      <NavLink to={routeTo.collections()} className={linkClass}>
        Collections
      </NavLink>
      <NavLink to={routeTo.shares()} className={linkClass}>
        Sharing
      </NavLink>
      {/* `end` is off so a task's page still marks Activity as the current section. */}
      <NavLink to={routeTo.activity()} className={linkClass}>
        Activity
      </NavLink>
      {/* Only for people with an administrator or activity role on some endpoint. */}
      {consoleAvailable ? (
        <NavLink to={routeTo.console()} className={linkClass}>
          Console
        </NavLink>
      ) : null}
    </nav>
  );
}
