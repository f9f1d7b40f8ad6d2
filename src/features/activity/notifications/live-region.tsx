import { useSyncExternalStore } from 'react';
import { announcerStore } from '@/features/activity/notifications/live-announcer-store';

/** Polite announcements of task progress and outcomes for screen readers. */
export function LiveRegion() {
  const message = useSyncExternalStore(announcerStore.subscribe, announcerStore.get);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="activity-live-region">
      {/* The key re-mounts the text so an identical message is still announced again. */}
      <span key={message.n}>{message.text}</span>
    </div>
  );
}
