import { Button } from '@/components/ui/button';
import { canKeepForLater } from '@/features/data-access/lib/pending-upload-store';

const uploadWhat = (files: File[]) => (files.length === 1 ? `“${files[0]!.name}”` : `the ${files.length} files`);
import { useFocusOnMount } from '@/features/data-access/hooks/use-focus-on-mount';

export type ConsentNeed = {
  action: 'download' | 'upload';
  /** The server refused a token we had (403): consent may be missing, or write access may be. */
  refused?: boolean;
  /** For downloads: a URL a plain navigation can fetch without the consent (single sign-on). */
  fallbackUrl?: string;
  /** For downloads: the file, so the download starts again after the round trip. */
  file?: { name: string; size: number };
  /** For uploads: the files chosen, kept through the round trip when small enough. */
  files?: File[];
};

/** Explains the HTTPS consent before sending the user to Globus, so the redirect is no surprise. */
export function ConsentPrompt({
  need,
  collectionName,
  onContinue,
  onFallback,
  onDismiss,
}: {
  need: ConsentNeed;
  collectionName: string;
  onContinue: () => void;
  onFallback: () => void;
  onDismiss: () => void;
}) {
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    // Escape dismisses this focused prompt, as in the dialog pattern; the element is the focus container.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-label="Permission needed for file access"
      onKeyDown={(e) => e.key === 'Escape' && onDismiss()}
      className="w-96 max-w-[90vw] rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-slate-800 shadow-lg focus:outline-none"
    >
      <p className="font-semibold text-slate-900">Permission needed for file access</p>
      <p className="mt-1">
        To {need.action} directly, this app talks to the HTTPS server of “{collectionName}”, and Globus needs your
        permission for that. Continue to Globus to grant it; you will come back to this folder afterwards
        {need.file ? <>, and the download of “{need.file.name}” starts again</> : null}
        {need.files ? (
          canKeepForLater(need.files) ? (
            <>, and the upload of {uploadWhat(need.files)} starts again</>
          ) : (
            <>; then choose {uploadWhat(need.files)} again</>
          )
        ) : null}
        .
      </p>
      {need.refused ? (
        <p className="mt-1 text-slate-700">
          If you granted it already, you may not have permission to {need.action === 'upload' ? 'write to' : 'read'}{' '}
          this folder.
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="primary" size="sm" onClick={onContinue}>
          Continue to Globus
        </Button>
        {need.fallbackUrl ? (
          <Button size="sm" onClick={onFallback}>
            Download in the browser instead
          </Button>
        ) : null}
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Not now
        </Button>
      </div>
    </div>
  );
}
