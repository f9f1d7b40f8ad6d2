// Dropped connections and a busy server are retried after growing waits; any other failure, or the last
// retry's, is the caller's.
import { NetworkError } from '@/lib/globus/errors';
import { CollectionHttpsError } from '@/lib/globus/https';

/** Waits before retrying after a dropped connection or a busy server; then the file fails. */
export const RETRY_DELAYS_MS = [1_000, 4_000, 15_000];

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason as Error)), { once: true });
  });

/** A gateway or a server that is briefly unavailable (HTTP 502, 503, 504) may well answer the next try. */
const transient = (err: unknown) =>
  err instanceof NetworkError || (err instanceof CollectionHttpsError && [502, 503, 504].includes(err.status));

/** Runs `work` (told which try it is, from 0) until it succeeds, fails otherwise, or the retries are used up. */
export async function retrying<T>(
  work: (tries: number) => Promise<T>,
  opts: { delays: readonly number[]; sleep: Sleep; signal: AbortSignal },
): Promise<T> {
  for (let tries = 0; ; tries += 1) {
    try {
      return await work(tries);
    } catch (err) {
      if (opts.signal.aborted || !transient(err) || tries >= opts.delays.length) throw err;
      await opts.sleep(opts.delays[tries]!, opts.signal);
    }
  }
}
