import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { testConfig } from '@/lib/auth/auth-test-kit';
import { describeError } from '@/lib/globus/describe-error';
import { GlobusError } from '@/lib/globus/errors';
import { createGlobusHttp } from '@/lib/globus/http';
import { parseResponse, routeName, UnexpectedResponseError } from '@/lib/globus/response';
import { fileListSchema } from '@/lib/globus/schemas/file-list';
import { taskListSchema } from '@/lib/globus/schemas/task';
import { getEndpoint, listDirectory } from '@/lib/globus/transfer';
import { getTask, taskList } from '@/lib/globus/transfer-tasks';

// A document that drifted from the protocol fails as one clear error naming the route and the
// field, never as a TypeError deep in a component.

type Envelope = { response_body: unknown };
const all = import.meta.glob<Envelope>('/test/fixtures/globus-api/*.json', { eager: true, import: 'default' });
const body = (name: string) => structuredClone(all[`/test/fixtures/globus-api/${name}.json`]!.response_body);

const ID = '313ce13e-b597-5858-ae13-29e46fea26e6';

/** The real HTTP core in front of a Globus that answers 200 with `answer`. */
function globusAnswering(answer: unknown) {
  return createGlobusHttp(
    testConfig(),
    { getAccessToken: async () => 'token' },
    {
      fetch: async () =>
        new Response(typeof answer === 'string' ? answer : JSON.stringify(answer), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    },
  );
}

async function failure(promise: Promise<unknown>): Promise<UnexpectedResponseError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UnexpectedResponseError);
  return err as UnexpectedResponseError;
}

describe('responses that drifted from the protocol', () => {
  it('a task without its id fails naming the route and the field', async () => {
    const list = body('transfer.task_list') as { DATA: Record<string, unknown>[] };
    delete list.DATA[0]!.task_id;
    const err = await failure(taskList(globusAnswering(list)));
    expect(err).toBeInstanceOf(GlobusError);
    expect(err.route).toBe('task_list');
    expect(err.problem).toBe('DATA[0].task_id missing');
    expect(err.message).toBe(
      'Globus answered in a form this app does not understand (task_list: DATA[0].task_id missing). ' +
        'Try again; if it persists, report it.',
    );
    expect(err.status).toBe(200);
    expect(err.body).toEqual(list);
  });

  it('an unknown task status is reported with what arrived and what was expected', async () => {
    const task = { ...(body('transfer.get_task') as object), status: 'DONE' };
    const err = await failure(getTask(globusAnswering(task), ID));
    expect(err.route).toBe('task/{id}');
    expect(err.problem).toBe('status is "DONE", expected ("ACTIVE" | "INACTIVE" | "SUCCEEDED" | "FAILED")');
  });

  it('a listing entry of the wrong type names the entry and its field', async () => {
    const ls = body('transfer.operation_ls.files') as { DATA: Record<string, unknown>[] };
    ls.DATA[1]!.size = '12';
    const err = await failure(listDirectory(globusAnswering(ls), ID));
    expect(err.route).toBe('operation/endpoint/{id}/ls');
    expect(err.problem).toBe('DATA[1].size is "12", expected number');
  });

  it('a listing entry that is not an object, or lacks a field, is named too', () => {
    const ctx = { service: 'transfer' as const, status: 200, route: 'ls' };
    const ls = body('transfer.operation_ls.files') as { DATA: unknown[] };
    ls.DATA[0] = null;
    expect(() => parseResponse(fileListSchema, ls, ctx)).toThrow('(ls: DATA[0] is null, expected Object)');
    const again = body('transfer.operation_ls.files') as { DATA: Record<string, unknown>[] };
    delete again.DATA[0]!.name;
    expect(() => parseResponse(fileListSchema, again, ctx)).toThrow('(ls: DATA[0].name missing)');
  });

  it('a body that is not a document at all (an HTML error page) is reported, not parsed', async () => {
    const err = await failure(getEndpoint(globusAnswering('<html>Service temporarily unavailable</html>'), ID));
    expect(err.route).toBe('endpoint/{id}');
    // Long values are cut short: the message is for people.
    expect(err.problem).toBe('is "<html>Service temporarily unavailable</…, expected Object');
  });

  it('the user sees what happened and is offered to try again', () => {
    const list = body('transfer.task_list') as { DATA: Record<string, unknown>[] };
    list.DATA[0]!.bytes_transferred = 'lots';
    const err = (() => {
      try {
        return parseResponse(taskListSchema, list, { service: 'transfer', status: 200, route: 'task_list' });
      } catch (e) {
        return e;
      }
    })();
    expect(describeError(err)).toEqual({
      title: 'Unexpected answer from Globus',
      detail:
        'Globus answered in a form this app does not understand (task_list: DATA[0].bytes_transferred is "lots", ' +
        'expected number). Try again; if it persists, report it.',
      action: 'retry',
    });
  });
});

describe('accepted responses', () => {
  it('keep fields the schema does not name, and nullish fields may be absent', async () => {
    const task = { task_id: 't1', status: 'ACTIVE', brand_new_field: { x: 1 } };
    const parsed = await getTask(globusAnswering(task), 't1');
    expect(parsed).toEqual(task);
  });

  it('keep each listing entry as it arrived (checked in place, not copied)', () => {
    const ls = body('transfer.operation_ls.files') as { DATA: object[] };
    const parsed = parseResponse(fileListSchema, ls, { service: 'transfer', status: 200, route: 'ls' });
    expect(parsed.DATA[0]).toBe(ls.DATA[0]);
  });

  it('name routes without the ids in them', () => {
    expect(routeName(`/task/${ID}/event_list`)).toBe('task/{id}/event_list');
    expect(routeName('task_list')).toBe('task_list');
    expect(routeName(`operation/endpoint/${ID.toUpperCase()}/ls`)).toBe('operation/endpoint/{id}/ls');
  });

  it('a permissive schema accepts anything', () => {
    expect(parseResponse(v.unknown(), undefined, { service: 'auth', status: 204, route: 'x' })).toBeUndefined();
  });
});
