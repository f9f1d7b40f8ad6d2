/**
 * The one way page state crosses a Globus Auth login round trip (consent, session step-up, a session
 * that ended) as the login's appState.
 *
 * Going: the page that is showing offers its state (`carryThroughLogin`), and whatever starts a
 * login asks for it (`stateForLogin`), adding what only it knows (a half-filled dialog, an
 * interrupted download). Coming back: start-up keeps what the login returned (`setReturnedState`)
 * until the page it belongs to reads it once (`peekReturnedState`) and forgets it (`forgetReturnedState`).
 */
type CarriedState = Record<string, unknown>;

let source: (() => CarriedState) | null = null;
let returned: unknown;

/** One source at a time; the returned function withdraws it (when the page goes away). */
export function carryThroughLogin(fn: () => CarriedState): () => void {
  source = fn;
  return () => {
    if (source === fn) source = null;
  };
}

/** The appState for a login: the page's state with `extra` on top, or nothing when no page offers any. */
export function stateForLogin(extra: CarriedState = {}): CarriedState | undefined {
  return source ? { ...source(), ...extra } : undefined;
}

export function setReturnedState(value: unknown): void {
  returned = value;
}
export const peekReturnedState = (): unknown => returned;
export function forgetReturnedState(): void {
  returned = undefined;
}
