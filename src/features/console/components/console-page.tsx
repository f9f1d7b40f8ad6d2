// Route `#/console`: the endpoints I hold an administrator or activity role on, and the tasks on them.
import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { useMonitoredEndpoints } from '@/features/console/api/monitored-endpoints';
import { AdminTaskFilters } from '@/features/console/components/admin-task-filters';
import { AdminTaskList } from '@/features/console/components/admin-task-list';
import { readConsoleFilters, writeConsoleFilters } from '@/features/console/model/task-filters';
import { describeError } from '@/lib/globus/describe-error';
import { roleText } from '@/lib/globus/describe-role-error';
import { routeTo } from '@/lib/routes/paths';
import { entityTypeLabel } from '@/lib/globus/entity-type-label';

const MONITOR_ROLES = ['administrator', 'activity_manager', 'activity_monitor'];

export function ConsolePage() {
  const monitored = useMonitoredEndpoints();
  const [params, setParams] = useSearchParams();
  const filters = readConsoleFilters(params);
  const endpoints = monitored.data?.DATA ?? [];

  let body;
  if (monitored.isPending) body = <p role="status">Loading the endpoints you monitor…</p>;
  else if (monitored.isError) {
    const e = describeError(monitored.error);
    body = (
      <MessagePanel
        role="alert"
        tone="error"
        title={e.title}
        actions={<Button onClick={() => void monitored.refetch()}>Try again</Button>}
      >
        <p>{e.detail}</p>
      </MessagePanel>
    );
  } else if (endpoints.length === 0)
    body = (
      <MessagePanel role="status" title="Nothing to administer">
        <p>
          The console shows endpoints where you are an administrator, activity manager or activity monitor, and the
          tasks on them. You hold none of these roles on any endpoint, so there is nothing to show here.
        </p>
        <p className="mt-1">
          If you should manage an endpoint, ask one of its administrators to give you a role on it. Your own tasks are
          on the Activity page.
        </p>
      </MessagePanel>
    );
  else
    body = (
      <>
        <section aria-labelledby="monitored-heading" className="flex flex-col gap-2">
          <h2 id="monitored-heading" className="text-base font-semibold text-slate-900">
            Endpoints you monitor
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {endpoints.map((ep) => {
              const mine = (ep.my_effective_roles ?? []).filter(
                (r) => MONITOR_ROLES.includes(r) || r === 'access_manager',
              );
              return (
                <li key={ep.id} className="rounded-md border border-slate-200 bg-white p-2 text-sm">
                  <Link to={routeTo.consoleEndpoint(ep.id)} className="font-medium text-blue-800 hover:underline">
                    {ep.display_name ?? ep.id}
                  </Link>
                  <p className="text-xs text-slate-600">
                    {entityTypeLabel(ep.entity_type, 'Endpoint')}
                    {mine.length ? ` · your roles: ${mine.map(roleText).join(', ')}` : ' · role through its host'}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-labelledby="tasks-heading" className="flex flex-col gap-2">
          <h2 id="tasks-heading" className="text-base font-semibold text-slate-900">
            Tasks on these endpoints
          </h2>
          <AdminTaskFilters
            key={params.toString()}
            applied={filters}
            endpoints={endpoints}
            onApply={(f) => setParams(new URLSearchParams(writeConsoleFilters(f)))}
          />
          <AdminTaskList key={params.toString()} filters={filters} />
        </section>
      </>
    );

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-4 overflow-auto p-4">
      <header>
        <h1 className="text-lg font-semibold text-slate-900">Administrator console</h1>
        <p className="text-sm text-slate-600">
          Watch and steer the tasks on the endpoints you administer: pause, resume or cancel them, and manage pause
          rules, guest collections and roles.
        </p>
      </header>
      {body}
    </div>
  );
}
