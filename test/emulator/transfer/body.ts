import type { Context } from 'hono';
import type { EmuEnv } from '../core/context';
import { transferError } from '../core/errors';

/** Parse a JSON request body; 400 BadRequest as fixture transfer.error.bad_request_unparseable_json.json. */
export async function readJson(c: Context<EmuEnv>): Promise<Record<string, unknown> | Response> {
  const text = await c.req.text();
  try {
    const v: unknown = JSON.parse(text);
    if (v === null || typeof v !== 'object' || Array.isArray(v))
      return transferError(c, 400, 'BadRequest', 'Could not parse JSON: expected an object');
    return v as Record<string, unknown>;
  } catch (e) {
    return transferError(c, 400, 'BadRequest', `Could not parse JSON: ${(e as Error).message}`);
  }
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Transfer result document: `{DATA_TYPE:"result", code, message, request_id, resource}` (e.g. fixture transfer.delete_endpoint.json). */
export function resultDoc(
  c: Context<EmuEnv>,
  code: string,
  message: string,
  dataType = 'result',
): Record<string, unknown> {
  return {
    DATA_TYPE: dataType,
    code,
    message,
    request_id: c.get('emu').ids.requestId(),
    resource: c.req.path.replace(/^\/v0\.10/, ''),
  };
}
