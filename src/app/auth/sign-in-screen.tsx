import { PageShell } from '@/components/ui/page-shell';
import { MessagePanel } from '@/components/ui/message-panel';
import { LoginButton } from '@/components/services/login-button';
import { useServices } from '@/components/services/services-context';

/** Any route, when nobody is logged in. The login round trip comes back to the same deep link. */
export function SignInScreen() {
  const { config } = useServices();
  return (
    <PageShell title={config.appName}>
      <MessagePanel
        title="Sign in to browse your data"
        actions={<LoginButton />}
        footnote="You will be sent to Globus to log in with your organisation, then brought back here."
      >
        <p>Browse and move data between Globus collections, right in your browser.</p>
      </MessagePanel>
    </PageShell>
  );
}
