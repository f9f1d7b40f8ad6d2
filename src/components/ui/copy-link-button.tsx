import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';

type CopyState = 'idle' | 'copied' | 'manual';

const clipboardCopy = (text: string): Promise<void> =>
  navigator.clipboard?.writeText ? navigator.clipboard.writeText(text) : Promise.reject(new Error('No clipboard'));

/** Copies a link; where the clipboard is refused, shows the link to copy by hand. */
export function CopyLinkButton({
  url,
  copyText = clipboardCopy,
  fieldLabel = 'Direct link (copy it from here)',
}: {
  url: string;
  /** Replaceable where a feature routes browser capabilities through its own seam (tests). */
  copyText?: (text: string) => Promise<void>;
  fieldLabel?: string;
}) {
  // The outcome belongs to the link it was for: a new link starts idle without an effect resetting it.
  const [outcome, setOutcome] = useState<{ url: string; state: CopyState }>({ url, state: 'idle' });
  const state = outcome.url === url ? outcome.state : 'idle';
  useEffect(() => {
    if (state !== 'copied') return;
    const t = setTimeout(() => setOutcome({ url, state: 'idle' }), 4000);
    return () => clearTimeout(t);
  }, [state, url]);

  const copy = () => {
    copyText(url).then(
      () => setOutcome({ url, state: 'copied' }),
      () => setOutcome({ url, state: 'manual' }),
    );
  };

  return (
    <>
      <Button size="sm" variant="ghost" onClick={copy}>
        Copy link
      </Button>
      <span role="status" className="text-xs text-green-800">
        {state === 'copied' ? 'Link copied' : ''}
      </span>
      {state === 'manual' ? (
        <input
          readOnly
          value={url}
          aria-label={fieldLabel}
          // The field appears because the user asked to copy: focus follows that action so the link can be copied.
          ref={(el) => el?.focus()}
          onFocus={(e) => e.currentTarget.select()}
          className="h-7 w-64 rounded border border-slate-300 px-2 font-mono text-xs"
        />
      ) : null}
    </>
  );
}
