import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { browser } from '@/features/data-access/lib/browser';

/** Copies a direct HTTPS link; where the clipboard is refused, shows the link to copy by hand. */
export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  useEffect(() => setState('idle'), [url]);
  useEffect(() => {
    if (state !== 'copied') return;
    const t = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(t);
  }, [state]);

  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        onClick={() => browser.copyText(url).then(() => setState('copied'), () => setState('manual'))}
      >
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
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          className="h-7 w-64 rounded border border-slate-300 px-2 font-mono text-xs"
        />
      ) : null}
    </>
  );
}
