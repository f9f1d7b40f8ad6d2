// What every Transfer wrapper shares: ids go into the path encoded, and a caller's AbortSignal is passed on.
export type Opts = { signal?: AbortSignal };
export const seg = encodeURIComponent;
export const withSignal = (opts: Opts | undefined) => (opts?.signal ? { signal: opts.signal } : {});
export const transfer = 'transfer' as const;
