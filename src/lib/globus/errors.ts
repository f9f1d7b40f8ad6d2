export type Service = 'transfer' | 'auth' | 'groups';

/** Session/consent requirements a service asks the client to satisfy by logging in again (GARE). */
export type AuthorizationParameters = {
  session_message?: string;
  session_required_identities?: string[];
  session_required_single_domain?: string[];
  session_required_policies?: string[];
  session_required_mfa?: boolean;
  required_scopes?: string[];
  prompt?: string;
};

type GlobusErrorInit = {
  service: Service;
  status: number;
  code: string;
  message: string;
  requestId?: string;
  resource?: string;
  body: unknown;
  authorizationParameters?: AuthorizationParameters;
  requiredScopes?: string[];
  loginRequired?: boolean;
  retryAfterSeconds?: number;
};

/** A non-2xx answer from a Globus API, normalised across the three services' error shapes. */
export class GlobusError extends Error {
  override readonly name = 'GlobusError';
  readonly status: number;
  readonly code: string;
  readonly requestId?: string;
  readonly service: Service;
  readonly resource?: string;
  readonly body: unknown;
  readonly authorizationParameters?: AuthorizationParameters;
  readonly requiredScopes?: string[];
  /** The server's Retry-After (429/503), in seconds: how long to wait before asking again. */
  readonly retryAfterSeconds?: number;
  /** True when the user must log in again (a 401 that a token refresh did not fix). */
  loginRequired: boolean;

  constructor(init: GlobusErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.service = init.service;
    this.body = init.body;
    this.loginRequired = init.loginRequired ?? false;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.resource !== undefined) this.resource = init.resource;
    if (init.authorizationParameters !== undefined) this.authorizationParameters = init.authorizationParameters;
    if (init.requiredScopes !== undefined) this.requiredScopes = init.requiredScopes;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** Matches the exact code or a dotted prefix: `isCode('ExternalError')` matches `ExternalError.DirListingFailed`. */
  isCode(prefix: string): boolean {
    return this.code === prefix || this.code.startsWith(`${prefix}.`);
  }

  /** True when logging in again with extra scopes or session parameters can fix this error. */
  get needsReauthorization(): boolean {
    return this.authorizationParameters !== undefined || (this.requiredScopes?.length ?? 0) > 0;
  }
}

/** The request never got an HTTP answer (offline, DNS, CORS refusal, connection reset). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(message = 'The network request failed', options?: { cause?: unknown }) {
    super(message, options);
  }
}

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);

/** Lists sometimes arrive as comma-separated strings (e.g. session_required_policies). */
function stringList(x: unknown): string[] | undefined {
  if (Array.isArray(x)) return x.filter((s): s is string => typeof s === 'string');
  if (typeof x === 'string')
    return x
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return undefined;
}

function parseAuthorizationParameters(x: unknown): AuthorizationParameters | undefined {
  if (!isObject(x)) return undefined;
  const out: AuthorizationParameters = {};
  const message = str(x.session_message);
  if (message) out.session_message = message;
  for (const key of [
    'session_required_identities',
    'session_required_single_domain',
    'session_required_policies',
    'required_scopes',
  ] as const) {
    const list = stringList(x[key]);
    if (list) out[key] = list;
  }
  if (typeof x.session_required_mfa === 'boolean') out.session_required_mfa = x.session_required_mfa;
  else if (x.session_required_mfa === 'true' || x.session_required_mfa === 'false')
    out.session_required_mfa = x.session_required_mfa === 'true';
  const prompt = str(x.prompt);
  if (prompt) out.prompt = prompt;
  return out;
}

function requiredScopesOf(body: Json, params: AuthorizationParameters | undefined): string[] | undefined {
  const legacy =
    stringList(body.required_scopes) ?? (str(body.required_scope) ? [body.required_scope as string] : undefined);
  const scopes = legacy?.length ? legacy : params?.required_scopes;
  return scopes?.length ? scopes : undefined;
}

const FALLBACK_CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'AuthenticationFailed',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  429: 'RateLimited',
  500: 'InternalError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/**
 * Reads Transfer `{code, message, request_id, resource}`, Auth `{errors:[{code,id,detail}], error,
 * error_description}` / OAuth `{error}`, and Groups `{code, detail}` documents into one GlobusError.
 */
export function parseGlobusError(
  service: Service,
  status: number,
  body: unknown,
  extra: { retryAfterSeconds?: number | undefined } = {},
): GlobusError {
  const doc: Json = isObject(body) ? body : {};
  const first = Array.isArray(doc.errors) && isObject(doc.errors[0]) ? doc.errors[0] : undefined;
  const detailText = Array.isArray(doc.detail) ? undefined : str(doc.detail);

  const code = str(doc.code) ?? str(first?.code) ?? str(doc.error) ?? FALLBACK_CODES[status] ?? `HTTP${status}`;
  const message =
    str(doc.message) ??
    str(first?.detail) ??
    str(doc.error_description) ??
    detailText ??
    str(first?.title) ??
    (typeof body === 'string' && body.length < 500 ? str(body) : undefined) ??
    `${service} request failed with HTTP ${status}`;
  const authorizationParameters = parseAuthorizationParameters(doc.authorization_parameters);
  const requiredScopes = requiredScopesOf(doc, authorizationParameters);

  const init: GlobusErrorInit = { service, status, code, message, body };
  const requestId = str(doc.request_id) ?? str(first?.id);
  if (requestId) init.requestId = requestId;
  const resource = str(doc.resource);
  if (resource) init.resource = resource;
  if (authorizationParameters) init.authorizationParameters = authorizationParameters;
  if (requiredScopes) init.requiredScopes = requiredScopes;
  if (extra.retryAfterSeconds !== undefined) init.retryAfterSeconds = extra.retryAfterSeconds;
  return new GlobusError(init);
}
