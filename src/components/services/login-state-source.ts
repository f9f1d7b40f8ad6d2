/**
 * The page that is showing can offer the state to carry through a login it did not start itself
 * (the session ended while the user was working): the file manager offers its panes' selection.
 * One source at a time; the page clears it when it goes away.
 */
let source: (() => unknown) | null = null;

export function setLoginStateSource(fn: () => unknown): () => void {
  source = fn;
  return () => {
    if (source === fn) source = null;
  };
}

export const currentLoginState = (): unknown => source?.();
