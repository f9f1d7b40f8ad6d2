// Route `#/shares/new?host_id=…&host_path=…`: share a folder by making a guest collection of it.
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { Button } from '@/components/ui/button';
import { DialogError } from '@/components/ui/modal';
import { MessagePanel } from '@/components/ui/message-panel';
import { Spinner } from '@/components/ui/spinner';
import { toastStore } from '@/components/ui/toast-store';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { endpointQuery } from '@/lib/queries/endpoint';
import { routeTo, SHARE_PARAMS } from '@/lib/routes/paths';
import { useCreateGuestCollection } from '@/features/sharing/api/guest-collections';
import { FolderField } from '@/features/sharing/components/folder-field';
import { TextField } from '@/features/sharing/components/rule-fields';
import { normaliseRulePath } from '@/features/sharing/lib/rule-path';
import { describeSharingError } from '@/features/sharing/lib/sharing-errors';
import { webAppCollectionUrl } from '@/features/sharing/lib/web-app';

/** Hosts whose guest collections Transfer itself creates (`POST shared_endpoint`). */
const TRANSFER_HOSTS = new Set(['GCP_mapped_collection', 'GCSv4_host']);

export function ShareFolderPage() {
  const [params] = useSearchParams();
  const hostId = params.get(SHARE_PARAMS.hostId) ?? '';
  const hostPath = params.get(SHARE_PARAMS.hostPath) ?? '/';
  const { http } = useServices();
  const host = useQuery({ ...endpointQuery(http, hostId), enabled: hostId !== '' });

  let body;
  if (!hostId)
    body = (
      <MessagePanel title="Which folder?">
        Open a folder in the file manager and choose “Share this folder” to share it.
      </MessagePanel>
    );
  else if (host.isPending) body = <Spinner label="Loading the collection" />;
  else if (host.isError) {
    const p = describeSharingError(host.error, 'guest');
    body = (
      <MessagePanel
        role="alert"
        tone="error"
        title={p.title}
        actions={<Button onClick={() => void host.refetch()}>Try again</Button>}
      >
        {p.detail}
      </MessagePanel>
    );
  } else body = <ShareBody host={host.data} hostPath={hostPath} />;

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-auto p-3">
      <header>
        <h1 className="text-lg font-semibold text-slate-900">Share a folder</h1>
        <p className="text-sm text-slate-600">
          Sharing makes a guest collection of the folder; you then choose who may use it.{' '}
          <Link className="text-blue-800 underline" to={routeTo.shares()}>
            My guest collections
          </Link>
        </p>
      </header>
      {body}
    </div>
  );
}

function ShareBody({ host, hostPath }: { host: Endpoint; hostPath: string }) {
  const { config } = useServices();
  const name = host.display_name ?? host.id;
  const type = host.entity_type ?? '';
  if (type === 'GCSv5_mapped_collection')
    return (
      <MessagePanel
        title="Share this folder on the Globus web app"
        actions={
          <a
            className="text-sm font-medium text-blue-800 underline"
            href={webAppCollectionUrl(config.webAppBaseUrl, host.id)}
            target="_blank"
            rel="noreferrer"
          >
            Open {name} on the Globus web app
          </a>
        }
      >
        {name} runs Globus Connect Server version 5. Its guest collections are created by that server’s own management
        service, which this app does not reach. Create the guest collection for {hostPath} on the Globus web app (its
        Collections tab); afterwards you can manage who may use it here, under My guest collections.
      </MessagePanel>
    );
  if (!TRANSFER_HOSTS.has(type))
    return (
      <MessagePanel title="This collection cannot be shared">
        {name} cannot host guest collections. Only mapped collections (and Globus Connect Personal) can.
        {type.endsWith('guest_collection') ? ' It is a guest collection itself: add permissions to it instead.' : ''}
      </MessagePanel>
    );
  return <CreateGuestForm host={host} initialPath={hostPath} />;
}

const lastFolder = (path: string) => path.split('/').filter(Boolean).at(-1) ?? '';

function CreateGuestForm({ host, initialPath }: { host: Endpoint; initialPath: string }) {
  const navigate = useNavigate();
  const create = useCreateGuestCollection();
  const [path, setPath] = useState(initialPath);
  const [displayName, setDisplayName] = useState(() => `${lastFolder(initialPath) || host.display_name} (shared)`);
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<{ path?: string; name?: string }>({});

  const submit = () => {
    // Home-relative paths (~/…) are the host's business; anything else is made absolute with a trailing slash.
    const normal = path.startsWith('~') ? { ok: true as const, path } : normaliseRulePath(path);
    const next = {
      ...(normal.ok ? {} : { path: normal.message }),
      ...(displayName.trim() ? {} : { name: 'Give the guest collection a name.' }),
    };
    setErrors(next);
    if (!normal.ok || next.name) return;
    create.mutate(
      { hostId: host.id, hostPath: normal.path, displayName: displayName.trim(), description: description.trim() },
      {
        onSuccess: (result) => {
          toastStore.push({
            id: `guest-${result.id}`,
            tone: 'success',
            title: `Created ${displayName.trim()}`,
            body: 'Now choose who may use it.',
          });
          void navigate(routeTo.permissions(result.id));
        },
      },
    );
  };

  const problem = create.error ? describeSharingError(create.error, 'guest') : null;
  return (
    <form
      className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p className="text-sm text-slate-700">
        Host collection: <strong>{host.display_name ?? host.id}</strong>
      </p>
      <FolderField
        label="Folder to share"
        hint="Everything inside this folder can be shared; nothing outside it."
        value={path}
        onChange={setPath}
        error={errors.path}
        collectionId={host.id}
        start={path}
      />
      <TextField
        label="Name of the guest collection"
        value={displayName}
        onChange={setDisplayName}
        error={errors.name}
      />
      <TextField label="Description (optional)" value={description} onChange={setDescription} multiline />
      {problem ? <DialogError title={problem.title} detail={problem.detail} /> : null}
      <div className="mt-4 flex gap-2">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create guest collection'}
        </Button>
      </div>
    </form>
  );
}
