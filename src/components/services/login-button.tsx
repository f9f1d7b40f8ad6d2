import { useState } from 'react';
import { useServices } from '@/components/services/services-context';
import { useReturnTo } from '@/components/services/use-return-to';
import { Button } from '@/components/ui/button';

/** "Log in with Globus": starts the login round trip back to this page, disabled while it starts. */
export function LoginButton() {
  const { auth } = useServices();
  const returnTo = useReturnTo();
  const [busy, setBusy] = useState(false);
  return (
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
  );
}
