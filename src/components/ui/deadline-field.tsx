// The one deadline field: a `datetime-local` input in the browser's time zone, labelled with that zone, so a
// deadline reads the same in the transfer dialog, the edit dialog and on the task page.
import { fromDateTimeLocal, timeZoneLabel } from '@/lib/format/deadline';

type Props = {
  value: string;
  onChange: (value: string) => void;
  className?: string;
  labelClassName?: string;
};

export function DeadlineField({ value, onChange, className, labelClassName }: Props) {
  return (
    <label className="flex flex-col gap-1">
      <span className={labelClassName}>
        Deadline (local time: {timeZoneLabel(fromDateTimeLocal(value) ?? undefined)})
      </span>
      <input type="datetime-local" className={className} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
