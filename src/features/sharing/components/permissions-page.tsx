// Route `#/collections/<id>/permissions`: who may use a guest collection, and changing that.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { Spinner } from '@/components/ui/spinner';
import { endpointQuery } from '@/lib/queries/endpoint';
import { routeTo } from '@/lib/routes/paths';
import { useAccessRules } from '@/features/sharing/api/access-rules';
import { usePrincipalLabels } from '@/features/sharing/api/principal-labels';
import { AddRuleDialog } from '@/features/sharing/components/add-rule-dialog';
import { DeleteRuleDialog } from '@/features/sharing/components/delete-rule-dialog';
import { EditRuleDialog } from '@/features/sharing/components/edit-rule-dialog';
import { RuleTable, type EditableRule } from '@/features/sharing/components/rule-table';
import { describeSharingError } from '@/features/sharing/lib/sharing-errors';

type Dialog = { kind: 'add' } | { kind: 'edit'; rule: EditableRule } | { kind: 'delete'; rule: EditableRule } | null;

const GUEST_TYPES = new Set(['GCSv5_guest_collection', 'GCP_guest_collection', 'GCSv4_share']);

export function PermissionsPage() {
  const { collectionId = '' } = useParams();
  const { http } = useServices();
  const endpoint = useQuery(endpointQuery(http, collectionId));
  const isGuest = GUEST_TYPES.has(endpoint.data?.entity_type ?? '');
  const rules = useAccessRules(collectionId, isGuest);
  const list = rules.data?.DATA ?? [];
  const labelOf = usePrincipalLabels(list);
  const [dialog, setDialog] = useState<Dialog>(null);
  const name = endpoint.data?.display_name ?? collectionId;

  let body;
  if (endpoint.isPending) body = <Spinner label="Loading the collection" />;
  else if (endpoint.isError) body = <Problem error={endpoint.error} retry={() => void endpoint.refetch()} />;
  else if (!isGuest)
    body = (
      <MessagePanel title="Only guest collections have permissions">
        {name} is not a guest collection, so access to it is not managed with access rules. To share one of its folders,
        open the folder in the file manager and choose “Share this folder”.
      </MessagePanel>
    );
  else if (rules.isPending) body = <Spinner label="Loading permissions" />;
  else if (rules.isError) body = <Problem error={rules.error} retry={() => void rules.refetch()} />;
  else
    body = (
      <RuleTable
        rules={list}
        labelOf={labelOf}
        onEdit={(rule) => setDialog({ kind: 'edit', rule })}
        onDelete={(rule) => setDialog({ kind: 'delete', rule })}
      />
    );

  const close = () => setDialog(null);
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-auto p-3">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold text-slate-900">Permissions: {name}</h1>
          {endpoint.data?.host_endpoint_display_name ? (
            <p className="text-sm text-slate-600">
              Guest collection on {endpoint.data.host_endpoint_display_name}
              {endpoint.data.host_path ? `, folder ${endpoint.data.host_path}` : ''}
            </p>
          ) : null}
          <p className="mt-1 flex gap-3 text-sm">
            <Link className="text-blue-800 underline" to={routeTo.files({ originId: collectionId })}>
              Open in the file manager
            </Link>
            <Link className="text-blue-800 underline" to={routeTo.shares()}>
              All my guest collections
            </Link>
          </p>
        </div>
        {isGuest && rules.isSuccess ? (
          <Button variant="primary" onClick={() => setDialog({ kind: 'add' })}>
            Add permission
          </Button>
        ) : null}
      </header>
      <section aria-label="Access rules" className="rounded-lg border border-slate-200 bg-white p-3">
        {body}
      </section>
      {dialog?.kind === 'add' ? (
        <AddRuleDialog collectionId={collectionId} collectionName={name} onClose={close} />
      ) : dialog?.kind === 'edit' ? (
        <EditRuleDialog
          collectionId={collectionId}
          rule={dialog.rule}
          who={labelOf(dialog.rule).name}
          onClose={close}
        />
      ) : dialog?.kind === 'delete' ? (
        <DeleteRuleDialog
          collectionId={collectionId}
          rule={dialog.rule}
          who={labelOf(dialog.rule).name}
          onClose={close}
        />
      ) : null}
    </div>
  );
}

function Problem({ error, retry }: { error: unknown; retry: () => void }) {
  const p = describeSharingError(error);
  return (
    <MessagePanel role="alert" tone="error" title={p.title} actions={<Button onClick={retry}>Try again</Button>}>
      {p.detail}
    </MessagePanel>
  );
}
