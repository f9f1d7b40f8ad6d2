import { useSyncExternalStore } from 'react';
import { onlineManager } from '@tanstack/react-query';

const subscribe = (listener: () => void) => onlineManager.subscribe(listener);
const isOnline = () => onlineManager.isOnline();

/**
 * One line across the app while the browser has no network. The live region is always in the page,
 * so a screen reader hears the change both ways; what failed meanwhile (a folder, a poll) says so
 * where it is shown and is fetched again by itself when the connection returns.
 */
export function OfflineNotice() {
  const online = useSyncExternalStore(subscribe, isOnline);
  return (
    <div aria-live="polite" aria-atomic="true">
      {online ? null : (
        <p className="border-b border-amber-300 bg-amber-100 px-4 py-1.5 text-sm text-amber-950">
          <strong>No network connection.</strong> Nothing can reach Globus until it returns; folders and tasks update by
          themselves then.
        </p>
      )}
    </div>
  );
}
