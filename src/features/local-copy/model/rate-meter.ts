/** The rate is measured over this last stretch of time. */
const RATE_WINDOW_MS = 20_000;
/** One sample per stretch this long: a large file reports progress thousands of times a second. */
const SAMPLE_EVERY_MS = 250;

/** Bytes per second over the last seconds of copying, kept when idle; null before anything was measured. */
export function createRateMeter(now: () => number) {
  let moved = 0;
  // Oldest first; at most RATE_WINDOW_MS / SAMPLE_EVERY_MS of them, so adding stays cheap.
  const samples: Array<[at: number, moved: number]> = [];
  let lastRate: number | null = null;
  return {
    add(bytes: number) {
      if (bytes > 0) moved += bytes;
      const t = now();
      while (samples.length && t - samples[0]![0] > RATE_WINDOW_MS) samples.shift();
      const last = samples.at(-1);
      if (!last || t - last[0] >= SAMPLE_EVERY_MS) samples.push([t, moved]);
      const [first] = samples;
      const span = first ? t - first[0] : 0;
      if (first && span >= 1_000 && moved > first[1]) lastRate = ((moved - first[1]) * 1000) / span;
    },
    rate: (): number | null => lastRate,
  };
}
