/**
 * `npm run check`: the static checks (type check, lint, format check, dead-code check) side by side rather
 * than one after another. Each is mostly one single-threaded Node process, so on two cores running them
 * together finishes sooner than running them in turn. Each check's output is printed whole when it ends,
 * so outputs never interleave; the exit code is non-zero if any check fails.
 *
 * `npm run check -- lint format:check` runs only the named checks (the package.json scripts below).
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

// Longest first, so the slowest check is never the one left to run alone at the end.
const CHECKS = ['lint', 'typecheck', 'format:check', 'deadcode'];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !CHECKS.includes(name));
if (unknown.length) {
  console.error(`Unknown check ${unknown.join(', ')}; the checks are: ${CHECKS.join(', ')}.`);
  process.exit(2);
}
const chosen = asked.length ? CHECKS.filter((name) => asked.includes(name)) : CHECKS;

interface Outcome {
  name: string;
  passed: boolean;
  seconds: number;
}

function run(name: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    let ended = false;
    const finish = (passed: boolean, note = '') => {
      if (ended) return; // a child that fails to start reports both 'error' and 'close'
      ended = true;
      const seconds = Math.round((performance.now() - started) / 1000);
      const text = Buffer.concat(output).toString().trimEnd();
      console.log(`\n── ${name}: ${passed ? 'passed' : 'FAILED'} in ${seconds} s${note}`);
      if (text) console.log(text);
      resolve({ name, passed, seconds });
    };
    child.on('error', (error) => finish(false, ` (could not start: ${error.message})`));
    child.on('close', (code, signal) => finish(code === 0, signal ? ` (stopped by ${signal})` : ''));
  });
}

const outcomes = await Promise.all(chosen.map(run));
const failed = outcomes.filter((outcome) => !outcome.passed).map((outcome) => outcome.name);
console.log(
  failed.length
    ? `\nStatic checks failed: ${failed.join(', ')} (output above).`
    : `\nStatic checks passed: ${chosen.join(', ')}.`,
);
process.exitCode = failed.length ? 1 : 0;
