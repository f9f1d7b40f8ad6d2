/**
 * The appState a login callback brought back (e.g. a half-filled transfer dialog). main.tsx puts
 * it here before the first render; the page it belongs to reads it once, then clears it.
 */
let state: unknown;

export const setLoginAppState = (value: unknown) => {
  state = value;
};
export const peekLoginAppState = (): unknown => state;
export const clearLoginAppState = () => {
  state = undefined;
};
