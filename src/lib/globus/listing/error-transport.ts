import { GlobusError, NetworkError } from '@/lib/globus/errors';
import { UnexpectedResponseError } from '@/lib/globus/response';

// A worker can hand the page only plain data: class instances arrive as bare objects, so request()'s
// errors travel as their fields and are built again on the page, where `instanceof` and every field
// (loginRequired, requiredScopes, retryAfterSeconds…) must read as if the page had made the call.

export type SentError =
  | {
      kind: 'unexpected';
      service: GlobusError['service'];
      status: number;
      route: string;
      problem: string;
      body: unknown;
    }
  | { kind: 'globus'; init: ConstructorParameters<typeof GlobusError>[0] }
  | { kind: 'network'; message: string; cause: unknown }
  | { kind: 'other'; error: unknown };

export function sendError(err: unknown): SentError {
  if (err instanceof UnexpectedResponseError) {
    const { service, status, route, problem, body } = err;
    return { kind: 'unexpected', service, status, route, problem, body };
  }
  if (err instanceof GlobusError) {
    const { service, status, code, message, requestId, resource, body, loginRequired } = err;
    const { authorizationParameters, requiredScopes, retryAfterSeconds } = err;
    const init = { service, status, code, message, body, loginRequired };
    return {
      kind: 'globus',
      init: {
        ...init,
        ...(requestId !== undefined && { requestId }),
        ...(resource !== undefined && { resource }),
        ...(authorizationParameters !== undefined && { authorizationParameters }),
        ...(requiredScopes !== undefined && { requiredScopes }),
        ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
      },
    };
  }
  if (err instanceof NetworkError) return { kind: 'network', message: err.message, cause: err.cause };
  // Errors and DOMExceptions (an AbortError) survive structured clone with their name and message.
  return { kind: 'other', error: err };
}

export function receivedError(sent: SentError): unknown {
  switch (sent.kind) {
    case 'unexpected':
      return new UnexpectedResponseError(sent, sent.problem, sent.body);
    case 'globus':
      return new GlobusError(sent.init);
    case 'network':
      return new NetworkError(sent.message, { cause: sent.cause });
    default:
      return sent.error;
  }
}
