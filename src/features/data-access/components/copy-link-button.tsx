import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { browser } from '@/lib/downloads/browser';

type CopyState = 'idle' | 'copied' | 'manual';

/** Copies a direct HTTPS link; where the clipboard is refused, shows the link to copy by hand. */
export function CopyLinkButton({ url }: { url: string }) {
  // The outcome belongs to the link it was for: a new link starts idle without an effect resetting it.
  const [outcome, setOutcome] = useState<{ url: string; state: CopyState }>({ url, state: 'idle' });
  const state = outcome.url === url ? outcome.state : 'idle';
  useEffect(() => {
    if (state !== 'copied') return;
    const t = setTimeout(() => setOutcome({ url, state: 'idle' }), 4000);
    return () => clearTimeout(t);
  }, [state, url]);

  const copy = () => {
    browser.copyText(url).then(
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
          aria-label="Direct link (copy it from here)"
          // The field appears because the user asked to copy: focus follows that action so the link can be copied.
          ref={(el) => el?.focus()}
          onFocus={(e) => e.currentTarget.select()}
          className="h-7 w-64 rounded border border-slate-300 px-2 font-mono text-xs"
        />
      ) : null}
    </>
  );
}
