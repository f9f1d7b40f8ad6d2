/** The rate is measured over this last stretch of time. */
const RATE_WINDOW_MS = 20_000;

/** Bytes per second over the last seconds of copying, kept when idle; null before anything was measured. */
export function createRateMeter(now: () => number) {
  let moved = 0;
  let samples: Array<[at: number, moved: number]> = [];
  let lastRate: number | null = null;
  return {
    add(bytes: number) {
      if (bytes > 0) moved += bytes;
      const t = now();
      samples = [...samples.filter(([at]) => t - at <= RATE_WINDOW_MS), [t, moved]];
      const [first] = samples;
      const span = first ? t - first[0] : 0;
      if (first && span >= 1_000 && moved > first[1]) lastRate = ((moved - first[1]) * 1000) / span;
    },
    rate: (): number | null => lastRate,
  };
}
