import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { describeLocalError, LocalNotFoundError, LocalPermissionError } from '@/lib/local-files/local-errors';
import { requestLocalPermission } from '@/lib/local-files/picker-api';
import { parentPath } from '@/lib/paths/collection-path';

type Props = {
  error: unknown;
  path: string;
  onNavigate: (path: string) => void;
  onRetry: () => void;
  compact?: boolean | undefined;
};

/**
 * A folder on this computer that cannot be listed. After a reload the browser asks again before the
 * page may read a folder, and it only asks after a click: hence one button, then the listing.
 */
export function LocalPaneError({ error, path, onNavigate, onRetry, compact }: Props) {
  const [refused, setRefused] = useState(false);
  const info = describeLocalError(error) ?? { title: 'The folder could not be read', detail: String(error) };
  const size = compact ? 'sm' : 'md';
  const up = path ? parentPath(path) : null;
  const allow = async (err: LocalPermissionError) => {
    const granted = await requestLocalPermission(err.root.handle, 'readwrite');
    setRefused(!granted);
    if (granted) onRetry();
  };
  const actions =
    error instanceof LocalPermissionError ? (
      <Button size={size} variant="primary" onClick={() => void allow(error)}>
        Allow access to {error.root.name}
      </Button>
    ) : error instanceof LocalNotFoundError ? (
      <>
        {up !== null ? (
          <Button size={size} onClick={() => onNavigate(up)}>
            Go up one level
          </Button>
        ) : null}
        <Button size={size} onClick={onRetry}>
          Try again
        </Button>
      </>
    ) : (
      <Button size={size} onClick={onRetry}>
        Try again
      </Button>
    );
  const detail =
    error instanceof LocalPermissionError
      ? refused
        ? `Access was not allowed, so this page cannot show “${error.root.name}”. Choose Allow when the browser asks, or open another folder.`
        : `Your browser asks again after a reload before this page may open “${error.root.name}” on your computer. Nothing is read or sent until you allow it.`
      : info.detail;

  if (compact) {
    return (
      <div
        role="alert"
        className="flex flex-wrap items-center gap-x-2 gap-y-1 border-b border-amber-200 bg-amber-50 px-2 py-1.5 text-xs text-slate-800"
      >
        <span className="font-semibold text-slate-900">{info.title}.</span>
        <span className="min-w-0 flex-1">{detail}</span>
        <span className="flex flex-wrap gap-1">{actions}</span>
      </div>
    );
  }
  return (
    <div className="p-4">
      <MessagePanel role="alert" tone="warning" title={info.title} actions={actions}>
        <p>{detail}</p>
      </MessagePanel>
    </div>
  );
}
