import { PageShell } from '@/components/ui/page-shell';
import { MessagePanel } from '@/components/ui/message-panel';

export type ConfigProblem = { field: string; message: string };

/** Shown instead of the app when config.json is missing or invalid; names the file and each bad field. */
export function ConfigErrorPage({
  file,
  message,
  problems,
}: {
  file: string;
  message: string;
  problems: ConfigProblem[];
}) {
  return (
    <PageShell title="This app is not configured correctly">
      <MessagePanel
        role="alert"
        tone="error"
        title={`Problem in ${file}`}
        footnote="Whoever deployed this app needs to fix the file; then reload this page."
      >
        <p>{message}</p>
        {problems.length > 0 ? (
          <ul className="mt-3 space-y-1" aria-label="Problems">
            {problems.map((p) => (
              <li key={`${p.field}:${p.message}`} className="rounded bg-white/70 px-2 py-1">
                <code className="font-mono text-[13px] font-semibold text-red-800">{p.field}</code>
                <span className="text-slate-700">: {p.message}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </MessagePanel>
    </PageShell>
  );
}
