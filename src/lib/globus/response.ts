import * as v from 'valibot';
import { GlobusError, type Service } from '@/lib/globus/errors';
import { describeIssue } from '@/lib/globus/schemas/issue-text';

/** Any synchronous valibot schema describing a response body. */
export type ResponseSchema = v.GenericSchema;

export const UNEXPECTED_RESPONSE = 'UnexpectedResponse';

const UUID_SEGMENT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `task/3f…e1/event_list` → `task/{id}/event_list`: names the route, not the object. */
export function routeName(path: string): string {
  return path
    .replace(/^\/+/, '')
    .split('/')
    .map((segment) => (UUID_SEGMENT.test(segment) ? '{id}' : segment))
    .join('/');
}

type Context = { service: Service; status: number; route: string };

/** A 2xx answer whose body does not have the shape this app relies on (the protocol drifted). */
export class UnexpectedResponseError extends GlobusError {
  /** e.g. `task_list` or `operation/endpoint/{id}/ls`. */
  readonly route: string;
  /** The field and what is wrong with it, e.g. `DATA[0].status missing`. */
  readonly problem: string;

  constructor(context: Context, problem: string, body: unknown) {
    super({
      service: context.service,
      status: context.status,
      code: UNEXPECTED_RESPONSE,
      message:
        `Globus answered in a form this app does not understand (${context.route}: ${problem}). ` +
        'Try again; if it persists, report it.',
      body,
    });
    this.route = context.route;
    this.problem = problem;
  }
}

/** The body, typed by its schema, or an UnexpectedResponseError naming the route and the field. */
export function parseResponse<S extends ResponseSchema>(schema: S, body: unknown, context: Context): v.InferOutput<S> {
  const result = v.safeParse(schema, body, { abortEarly: true });
  if (result.success) return result.output;
  throw new UnexpectedResponseError(context, describeIssue(result.issues[0]), body);
}
