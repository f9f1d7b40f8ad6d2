// What to do when a legacy (GCSv4) endpoint answers ClientError.ActivationRequired: first autoactivate (a
// credential Globus already holds), and when that cannot work, activate on the Globus web app in a new tab.
// The page here stays as it was (same pane, same folder, same marks); coming back to the tab checks again and
// reloads the listing once the endpoint is active. Mounted next to any error display with one line.
import { useEffect, useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { useServices } from '@/components/services/services-context';
import { GlobusError } from '@/lib/globus/errors';
import { autoactivate } from '@/lib/globus/endpoint-manager';
import { endpointKeys } from '@/lib/queries/endpoint';
import { webActivationUrl } from '@/components/activation/web-activation';

export const isActivationRequired = (err: unknown): err is GlobusError =>
  err instanceof GlobusError && err.isCode('ClientError.ActivationRequired');

/** The endpoint an error is about, read from Transfer's `resource` (`/operation/endpoint/<id>/ls`). */
export function endpointIdOfError(err: GlobusError): string | null {
  const m = /\/endpoint\/([^/]+)/.exec(err.resource ?? '');
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

const activated = (code: string | undefined) =>
  !!code && (code.startsWith('AutoActivated') || code === 'AlreadyActivated');

/** Autoactivation attempts per endpoint, so a listing that keeps failing does not loop through it. */
const lastAttempt = new Map<string, number>();
const RETRY_GAP_MS = 30_000;

export function ActivationAction({
  error,
  path,
  onActivated,
  size = 'md',
}: {
  error: unknown;
  /** The folder to come back to, passed to the web app's page. */
  path?: string | undefined;
  onActivated: () => void;
  size?: 'sm' | 'md';
}) {
  const id = isActivationRequired(error) ? endpointIdOfError(error) : null;
  if (!id) return null;
  return <Activation endpointId={id} path={path} onActivated={onActivated} size={size} />;
}

function Activation({
  endpointId,
  path,
  onActivated,
  size,
}: {
  endpointId: string;
  path?: string | undefined;
  onActivated: () => void;
  size: 'sm' | 'md';
}) {
  const { http, config } = useServices();
  const queryClient = useQueryClient();
  const opened = useRef(false);
  const auto = useMutation({
    mutationFn: () => autoactivate(http, endpointId),
    onSuccess: (r) => {
      if (!activated(r.code)) return;
      void queryClient.invalidateQueries({ queryKey: endpointKeys.detail(endpointId) });
      onActivated();
    },
  });
  const { mutate } = auto;

  useEffect(() => {
    const last = lastAttempt.get(endpointId) ?? 0;
    if (Date.now() - last < RETRY_GAP_MS) return;
    lastAttempt.set(endpointId, Date.now());
    mutate();
  }, [endpointId, mutate]);

  // Back from the web app's tab: check again without a click.
  useEffect(() => {
    const check = () => {
      if (opened.current && document.visibilityState === 'visible') mutate();
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [mutate]);

  if (auto.isPending || auto.isIdle)
    return (
      <span role="status" className="text-sm text-slate-700">
        Activating the endpoint automatically…
      </span>
    );
  const failed = auto.isError || (auto.isSuccess && !activated(auto.data.code));
  if (!failed) return null;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <a
        href={webActivationUrl(config.webAppBaseUrl, endpointId, path)}
        target="_blank"
        rel="noopener noreferrer"
        onClick={() => {
          opened.current = true;
        }}
        className={`inline-flex items-center rounded-md border border-blue-700 bg-blue-700 font-medium text-white hover:bg-blue-800 ${
          size === 'sm' ? 'h-7 px-2 text-xs' : 'h-9 px-3 text-sm'
        }`}
      >
        Activate on Globus (opens a new tab)
      </a>
      <Button size={size} onClick={() => mutate()}>
        I have activated it — check again
      </Button>
      <span role="status" className="text-xs text-slate-700">
        {auto.isError
          ? 'Automatic activation could not be tried.'
          : 'Automatic activation was not possible: Globus holds no credential for you on this endpoint.'}{' '}
        Activate it with your credentials on the Globus web app; this page stays here and loads the folder once it is
        active.
      </span>
    </span>
  );
}
