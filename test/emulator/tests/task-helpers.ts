/** Helpers for task-engine tests: a logged-in harness, submission, clock advance. */
import { harness, type Harness } from './harness';
import { COLLECTIONS } from '../seed/ids';

export const TRANSFER = 'urn:globus:auth:scope:transfer.api.globus.org:all';
export const T1 = COLLECTIONS.tutorial1.id;
export const T2 = COLLECTIONS.tutorial2.id;

export interface TaskHarness extends Harness {
  tok: string;
  submit(body: Record<string, unknown>, token?: string): Promise<{ status: number; body: any }>;
  del(body: Record<string, unknown>, token?: string): Promise<{ status: number; body: any }>;
  advance(seconds: number): Promise<void>;
  task(id: string, token?: string): Promise<any>;
  ls(id: string, path: string, token?: string): Promise<any>;
}

let counter = 0;

export async function taskHarness(
  opts: Parameters<typeof harness>[0] = {},
  who: 'alice' | 'bob' | 'carol' | 'admin' = 'alice',
): Promise<TaskHarness> {
  const h = harness(opts);
  const tok = h.tokenFor(await h.login(who, TRANSFER), 'transfer.api.globus.org');
  const post = async (path: string, body: Record<string, unknown>, token = tok) => {
    const sid = body.submission_id ?? (await h.json('/v0.10/submission_id', token)).body.value ?? `sid-${++counter}`;
    return h.json(path, token, { method: 'POST', body: JSON.stringify({ ...body, submission_id: sid }) });
  };
  return {
    ...h,
    tok,
    submit: (body, token) =>
      post('/v0.10/transfer', { DATA_TYPE: 'transfer', source_endpoint: T1, destination_endpoint: T2, ...body }, token),
    del: (body, token) => post('/v0.10/delete', { DATA_TYPE: 'delete', endpoint: T2, ...body }, token),
    advance: async (seconds) => {
      const r = await h.json('/__emulator/clock/advance', undefined, {
        method: 'POST',
        body: JSON.stringify({ seconds }),
      });
      if (r.status !== 200) throw new Error('advance failed');
    },
    task: async (id, token = tok) => (await h.json(`/v0.10/task/${id}`, token)).body,
    ls: async (id, path, token = tok) =>
      (await h.json(`/v0.10/operation/endpoint/${id}/ls?path=${encodeURIComponent(path)}`, token)).body,
  };
}

export const item = (source_path: string, destination_path: string, recursive = false) => ({
  DATA_TYPE: 'transfer_item',
  source_path,
  destination_path,
  recursive,
});
export const names = (listing: any): string[] => listing.DATA.map((d: any) => d.name).sort();
