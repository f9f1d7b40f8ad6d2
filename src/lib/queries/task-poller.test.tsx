// The page's one task poll: however many components watch however many tasks, one task_list
// request per tick, filtered to the ids still worth asking about.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { useWatchedTask } from '@/components/tasks/use-watched-task';
import { createFakeAuth, createFakeHttp, setUpComponentTests, TEST_CONFIG, TestProviders } from '@/test/fake-services';
import { FAST_INTERVAL_MS } from '@/lib/queries/polling-policy';
import { taskPoller } from '@/lib/queries/task-poller';
import { eventually } from '@/test/eventually';

setUpComponentTests();

type Doc = { task_id: string; status: string };
let docs: Record<string, Doc> = {};
const answer = (filter: string) => ({
  DATA: filter
    .replace('task_id:', '')
    .split(',')
    .flatMap((id) => (docs[id] ? [docs[id]] : [])),
});

function Row({ taskId }: { taskId: string }) {
  const { task, missing } = useWatchedTask(taskId);
  return <li>{`${taskId}: ${missing ? 'missing' : (task?.status ?? '…')}`}</li>;
}

function renderRows(initial: string[][]) {
  const { http, calls } = createFakeHttp([{ path: /^task_list$/, reply: (o) => answer(String(o.query?.filter)) }]);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const services = { config: TEST_CONFIG, auth: createFakeAuth(), http };
  const ui = (groups: string[][]) => (
    <TestProviders services={services} queryClient={client}>
      {groups.map((ids) => (
        <ul key={ids.join()}>
          {ids.map((id) => (
            <Row key={id} taskId={id} />
          ))}
        </ul>
      ))}
    </TestProviders>
  );
  const view = render(ui(initial));
  const filters = () => calls.filter((c) => c.path === 'task_list').map((c) => c.query?.filter);
  return { filters, show: (groups: string[][]) => view.rerender(ui(groups)) };
}

const tick = (ms = FAST_INTERVAL_MS) => act(() => vi.advanceTimersByTimeAsync(ms));
const setHidden = (hidden: boolean) => {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  window.dispatchEvent(new Event('visibilitychange'));
  document.dispatchEvent(new Event('visibilitychange'));
};
const active = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, { task_id: id, status: 'ACTIVE' }]));

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  taskPoller.reset();
  docs = active('a', 'b', 'c', 'd', 'e');
});
afterEach(() => {
  cleanup();
  setHidden(false);
  vi.useRealTimers();
});

describe('the shared task poll', () => {
  it('asks once per tick for every watched task, whichever component watches it', async () => {
    const { filters } = renderRows([['a', 'b'], ['c'], ['d', 'e', 'a']]);
    expect(await screen.findAllByText(/: ACTIVE$/)).toHaveLength(6);
    expect(filters()).toEqual(['task_id:a,b,c,d,e']);
    await tick();
    await tick();
    await tick();
    expect(filters()).toEqual(Array(4).fill('task_id:a,b,c,d,e'));
  });

  it('a finished task leaves the poll but keeps showing; with nothing left to ask, polling stops', async () => {
    const { filters } = renderRows([['a', 'b']]);
    await screen.findByText('a: ACTIVE');
    docs.a = { task_id: 'a', status: 'SUCCEEDED' };
    await tick();
    expect(await screen.findByText('a: SUCCEEDED')).toBeTruthy();
    await tick();
    expect(filters()).toEqual(['task_id:a,b', 'task_id:a,b', 'task_id:b']);
    docs.b = { task_id: 'b', status: 'FAILED' };
    await tick();
    await tick();
    await tick();
    expect(screen.getByText('b: FAILED')).toBeTruthy();
    expect(filters()).toHaveLength(4);
  });

  it('a task Transfer does not return is marked missing and not asked for again', async () => {
    const { filters } = renderRows([['a', 'zz']]);
    expect(await screen.findByText('zz: missing')).toBeTruthy();
    await tick();
    expect(filters()).toEqual(['task_id:a,zz', 'task_id:a']);
  });

  it('a task watched later is asked about at once, together with the others', async () => {
    const { filters, show } = renderRows([['a']]);
    await screen.findByText('a: ACTIVE');
    show([['a'], ['b']]);
    expect(await screen.findByText('b: ACTIVE')).toBeTruthy();
    expect(filters()).toEqual(['task_id:a', 'task_id:a,b']);
    await tick();
    expect(filters()).toEqual(['task_id:a', 'task_id:a,b', 'task_id:a,b']);
  });

  it('makes no request while the tab is hidden and catches up when it is shown', async () => {
    const { filters } = renderRows([['a', 'b']]);
    await screen.findByText('a: ACTIVE');
    setHidden(true);
    await tick(); // the timer set before hiding may fire once, then nothing
    const atHide = filters().length;
    await tick();
    await tick();
    expect(filters()).toHaveLength(atHide);
    setHidden(false);
    await eventually(() => expect(filters().length).toBeGreaterThan(atHide));
  });

  it('when the component driving the poll goes, another takes over at once, still one request per tick', async () => {
    const { filters, show } = renderRows([['a'], ['b']]);
    await screen.findByText('b: ACTIVE');
    show([['b']]);
    await eventually(() => expect(filters()).toEqual(['task_id:a,b', 'task_id:b']));
    await tick();
    await tick();
    expect(filters()).toEqual(['task_id:a,b', 'task_id:b', 'task_id:b', 'task_id:b']);
  });
});
