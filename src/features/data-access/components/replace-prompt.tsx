import { Button } from '@/components/ui/button';
import { useFocusOnMount } from '@/features/data-access/hooks/use-focus-on-mount';

/** Uploading over existing files replaces them on the server: ask first. */
export function ReplacePrompt({
  names,
  total,
  onReplace,
  onSkip,
  onCancel,
}: {
  /** The chosen files that already exist in the folder. */
  names: readonly string[];
  total: number;
  onReplace: () => void;
  onSkip: () => void;
  onCancel: () => void;
}) {
  const ref = useFocusOnMount<HTMLDivElement>();
  const title = names.length === 1 ? `Replace “${names[0]}”?` : `Replace ${names.length} files?`;
  return (
    // Escape dismisses this focused prompt, as in the dialog pattern; the element is the focus container.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={ref}
      tabIndex={-1}
      role="alertdialog"
      aria-label={title}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      className="w-96 max-w-[90vw] rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-slate-800 shadow-lg focus:outline-none"
    >
      <p className="font-semibold text-slate-900">{title}</p>
      <p className="mt-1">
        {names.length === 1 ? 'A file with this name is' : 'Files with these names are'} already in this folder;
        uploading replaces {names.length === 1 ? 'it' : 'them'}.
      </p>
      {names.length > 1 ? <p className="mt-1 line-clamp-3 text-xs text-slate-600">{names.join(', ')}</p> : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="primary" size="sm" onClick={onReplace}>
          Replace
        </Button>
        {total > names.length ? (
          <Button size="sm" onClick={onSkip}>
            Upload only new files
          </Button>
        ) : null}
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
