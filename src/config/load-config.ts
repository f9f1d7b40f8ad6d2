import * as v from 'valibot';
import { requestConfig } from '@/config/request-config';
import { RawConfigSchema, normaliseConfig, unknownFields, type AppConfig } from '@/config/schema';

export type ConfigProblem = { field: string; message: string };

export type ConfigLoadResult =
  { ok: true; config: AppConfig } | { ok: false; file: string; message: string; problems: ConfigProblem[] };

type LocationLike = Pick<Location, 'origin' | 'pathname'>;

/** Validates an already-parsed config.json value; split out so it can be tested without fetch. */
export function parseConfig(raw: unknown, file: string, location: LocationLike): ConfigLoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      file,
      message: `${file} must contain a JSON object such as {"clientId": "…"}.`,
      problems: [],
    };
  }
  const result = v.safeParse(RawConfigSchema, raw);
  const problems = [
    ...unknownFields(raw),
    ...(result.issues ?? []).map((issue) => ({ field: v.getDotPath(issue) ?? '(file)', message: issue.message })),
  ];
  if (result.success) {
    const config = normaliseConfig(result.output, location);
    // The login finishes on the page it returns to, with the verifier this origin stored: another origin cannot.
    if (new URL(config.redirectUri).origin !== location.origin)
      problems.push({
        field: 'redirectUri',
        message: `is on ${new URL(config.redirectUri).origin}, but this page is served from ${location.origin}: a login could not come back here. Leave redirectUri out, or register and set this page's address.`,
      });
    for (const field of ['authBaseUrl', 'transferBaseUrl', 'groupsBaseUrl', 'webAppBaseUrl'] as const)
      if (new URL(config[field]).hostname === '[::1]')
        problems.push({
          field,
          message:
            'uses [::1], which the page’s Content-Security-Policy cannot name: use http://127.0.0.1:<port> instead.',
        });
    if (!problems.length) return { ok: true, config };
  }
  const fields = [...new Set(problems.map((p) => p.field))].join(', ');
  return { ok: false, file, message: `${file} has invalid settings: ${fields}.`, problems };
}

/** Fetches and validates the runtime configuration; never throws. */
export async function loadConfig(
  url = 'config.json',
  location: LocationLike = window.location,
  fetchImpl: (url: string) => Promise<Response> = requestConfig,
): Promise<ConfigLoadResult> {
  const fail = (message: string): ConfigLoadResult => ({ ok: false, file: url, message, problems: [] });
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    return fail(`${url} could not be downloaded (network error). Check that the file is deployed next to index.html.`);
  }
  if (!response.ok) {
    return fail(
      `${url} could not be loaded (HTTP ${response.status}). Copy config.json next to index.html and set clientId.`,
    );
  }
  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : 'invalid JSON';
    return fail(`${url} is not valid JSON (${why}).`);
  }
  return parseConfig(raw, url, location);
}
