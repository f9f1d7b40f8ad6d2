import { PageShell } from '@/components/ui/page-shell';
import { MessagePanel } from '@/components/ui/message-panel';
import { Button } from '@/components/ui/button';

/** Shown when the redirect back from Globus Auth carried an error or could not be completed. */
export function LoginErrorPage({ title, detail, onLogin }: { title: string; detail: string; onLogin: () => void }) {
  return (
    <PageShell title="Login did not complete">
      <MessagePanel
        role="alert"
        tone="error"
        title={title}
        actions={
          <Button variant="primary" onClick={onLogin}>
            Log in again
          </Button>
        }
      >
        <p className="whitespace-pre-line">{detail}</p>
      </MessagePanel>
    </PageShell>
  );
}
