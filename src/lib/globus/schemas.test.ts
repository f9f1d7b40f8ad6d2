import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { endpointListSchema, endpointSchema } from '@/lib/globus/schemas/endpoint';
import { fileEntrySchema, fileListSchema } from '@/lib/globus/schemas/file-list';
import { myGroupsSchema } from '@/lib/globus/schemas/groups';
import { identitiesSchema } from '@/lib/globus/schemas/identities';
import {
  bookmarkListSchema,
  bookmarkSchema,
  submissionIdSchema,
  submitResultSchema,
  transferResultSchema,
} from '@/lib/globus/schemas/results';
import { eventListSchema, taskListSchema, taskSchema } from '@/lib/globus/schemas/task';
import { pauseInfoSchema, skippedErrorsSchema, successfulTransfersSchema } from '@/lib/globus/schemas/task-pages';

// Every recorded real document must pass the schema the app checks it with. The SDK's paging stubs
// (fixtures whose notes say "stub") are test-made documents without ids and are left out here.

type Envelope = { notes?: string; response_body: unknown };
const all = import.meta.glob<Envelope>('/test/fixtures/globus-api/*.json', { eager: true, import: 'default' });
const fixtures = Object.entries(all).map(([file, env]) => ({
  name: file.replace('/test/fixtures/globus-api/', '').replace(/\.json$/, ''),
  env,
}));

function bodies(pattern: RegExp): [string, unknown][] {
  const found = fixtures
    .filter(({ name, env }) => pattern.test(name) && !/stub/i.test(env.notes ?? ''))
    .map(({ name, env }): [string, unknown] => [name, env.response_body]);
  if (found.length === 0) throw new Error(`no fixture matches ${String(pattern)}`);
  return found;
}

const cases: [string, v.GenericSchema, RegExp][] = [
  ['file_list', fileListSchema, /^transfer\.operation_ls(\.|$)/],
  ['file (stat)', fileEntrySchema, /^transfer\.operation_stat$/],
  ['task', taskSchema, /^transfer\.get_task(\.|$)/],
  ['task_list', taskListSchema, /^transfer\.task_list(\.|$)/],
  ['event_list', eventListSchema, /^transfer\.task_event_list$/],
  ['successful_transfers', successfulTransfersSchema, /successful_transfers$/],
  ['skipped_errors', skippedErrorsSchema, /^transfer\.task_skipped_errors$/],
  ['pause_info', pauseInfoSchema, /^transfer\.task_pause_info$/],
  ['endpoint', endpointSchema, /^transfer\.get_endpoint(\.|$)/],
  ['endpoint_list', endpointListSchema, /^transfer\.endpoint_search(\.|$)/],
  [
    'result',
    transferResultSchema,
    /^transfer\.(cancel_task|operation_mkdir|operation_rename|delete_bookmark|delete_endpoint|update_endpoint)(\.|$)/,
  ],
  ['submit result', submitResultSchema, /^transfer\.submit_(transfer|delete)(\.|$)/],
  ['submission_id', submissionIdSchema, /^transfer\.get_submission_id$/],
  ['bookmark', bookmarkSchema, /^transfer\.(create|get|update)_bookmark$/],
  ['bookmark_list', bookmarkListSchema, /^transfer\.bookmark_list(\.|$)/],
  ['identities', identitiesSchema, /^auth\.get_identities(\.|$)/],
  ['my_groups', myGroupsSchema, /^groups\.get_my_groups$/],
];

describe.each(cases)('%s schema', (_label, schema, pattern) => {
  it.each(bodies(pattern))('accepts %s', (_name, body) => {
    const result = v.safeParse(schema, body);
    expect(result.issues?.[0]?.message).toBeUndefined();
    // Unknown fields are kept, and nothing the document said is lost.
    expect(result.output).toEqual(body);
  });
});

describe('task documents of the endpoint-manager views', () => {
  it.each(bodies(/^transfer\.endpoint_manager_task_list$/))('accept every item of %s', (_name, body) => {
    for (const task of (body as { DATA: unknown[] }).DATA) expect(v.is(taskSchema, task)).toBe(true);
  });
});
