import { useId } from 'react';

/** The optional task label a user can give before submitting (the dataset view and the helper page ask the same way). */
export function LabelField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <label htmlFor={id} className="flex flex-col gap-1 text-sm">
      <span className="font-medium">Label</span>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="h-8 rounded border border-slate-300 px-2"
      />
    </label>
  );
}
