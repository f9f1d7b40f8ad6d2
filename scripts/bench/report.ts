export interface Figure {
  name: string;
  unit: string;
  target: string;
  runs: number[];
  /** Why a figure has no runs (e.g. the UI it drives is not there yet); with runs, a remark printed below it. */
  note?: string;
}

function stats(runs: number[]) {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(1));

/** Prints one line a figure: median (min–max) of the runs next to the target. */
export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    if (f.runs.length === 0) {
      const why = f.note ? `not measured: ${f.note}` : 'not measured';
      console.log(`  ${f.name.padEnd(width)}  (${why})  target ${f.target} ${f.unit}`);
      continue;
    }
    const s = stats(f.runs);
    console.log(
      `  ${f.name.padEnd(width)}  median ${fmt(s.median)} ${f.unit}  (min ${fmt(s.min)}, max ${fmt(s.max)}, ${f.runs.length} runs)  target ${f.target} ${f.unit}`,
    );
    if (f.note) console.log(`    ${f.note}`);
  }
}
