import { PageShell } from '@/components/ui/page-shell';
import { MessagePanel } from '@/components/ui/message-panel';
import { Button } from '@/components/ui/button';

/** Last-resort page so an unexpected start-up failure never leaves a blank screen. */
export function StartUpFailurePage({ detail }: { detail: string }) {
  return (
    <PageShell title="The app could not start">
      <MessagePanel
        role="alert"
        tone="error"
        title="Something went wrong while starting"
        actions={<Button onClick={() => window.location.reload()}>Reload</Button>}
      >
        <p className="whitespace-pre-line">{detail}</p>
      </MessagePanel>
    </PageShell>
  );
}
