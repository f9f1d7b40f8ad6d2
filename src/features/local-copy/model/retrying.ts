// Dropped connections are retried after growing waits; any other failure, or the last retry's, is the caller's.
import { NetworkError } from '@/lib/globus/errors';

/** Waits before retrying after a dropped connection; then the file fails. */
export const RETRY_DELAYS_MS = [1_000, 4_000, 15_000];

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason as Error)), { once: true });
  });

/** Runs `work` (told which try it is, from 0) until it succeeds, fails otherwise, or the retries are used up. */
export async function retrying<T>(
  work: (tries: number) => Promise<T>,
  opts: { delays: readonly number[]; sleep: Sleep; signal: AbortSignal },
): Promise<T> {
  for (let tries = 0; ; tries += 1) {
    try {
      return await work(tries);
    } catch (err) {
      if (opts.signal.aborted || !(err instanceof NetworkError) || tries >= opts.delays.length) throw err;
      await opts.sleep(opts.delays[tries]!, opts.signal);
    }
  }
}
