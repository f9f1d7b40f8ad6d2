import { useState } from 'react';
import { PageShell } from '@/components/ui/page-shell';
import { MessagePanel } from '@/components/ui/message-panel';
import { Button } from '@/components/ui/button';
import { useServices } from '@/components/services/services-context';
import { useReturnTo } from '@/components/services/use-return-to';

/** Any route, when nobody is logged in. The login round trip comes back to the same deep link. */
export function SignInScreen() {
  const { config, auth } = useServices();
  const returnTo = useReturnTo();
  const [busy, setBusy] = useState(false);
  return (
    <PageShell title={config.appName}>
      <MessagePanel
        title="Sign in to browse your data"
        actions={
          <Button
            variant="primary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void auth.login({ returnTo }).finally(() => setBusy(false));
            }}
          >
            Log in with Globus
          </Button>
        }
        footnote="You will be sent to Globus to log in with your organisation, then brought back here."
      >
        <p>Browse and move data between Globus collections, right in your browser.</p>
      </MessagePanel>
    </PageShell>
  );
}
