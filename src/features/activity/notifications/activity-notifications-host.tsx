// Toasts, the live region and the background watcher. The app layout mounts this once (inside the
// services and query providers, under the router). Should a second instance ever mount, only the
// first renders, so there is never a second region or watcher.
import { useEffect, useState } from 'react';
import { ActivityWatcher } from '@/features/activity/notifications/activity-watcher';
import { LiveRegion } from '@/features/activity/notifications/live-region';
import { ToastRegion } from '@/components/ui/toast-region';

let owner: symbol | null = null;
const waiting = new Set<() => void>();

export function ActivityNotificationsHost() {
  const [me] = useState(() => Symbol('host'));
  const [isOwner, setOwner] = useState(false);
  useEffect(() => {
    const claim = () => {
      if (owner === null) owner = me;
      setOwner(owner === me);
    };
    claim();
    waiting.add(claim);
    return () => {
      waiting.delete(claim);
      if (owner === me) {
        owner = null;
        waiting.forEach((c) => c());
      }
    };
  }, [me]);
  if (!isOwner) return null;
  return (
    <>
      <ActivityWatcher />
      <LiveRegion />
      <ToastRegion label="Task notifications" />
    </>
  );
}
