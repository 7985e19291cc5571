// `npm run bench [name…]`: runs every bench/*.bench.ts (or those whose file name contains one of the
// given names) one after another and prints their merged results as one JSON object on stdout.
// Each bench runs in a process of its own, so that a CPU-timed figure (classify, rank) cannot depend on
// what an earlier bench left running in the process (a browser's connection, its shutdown).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Bench = () => Promise<Record<string, number | string>>;

// Child mode: run one bench and print its figures as JSON on stdout.
const one = process.argv.indexOf('--one');
if (one >= 0) {
  const run = ((await import(pathToFileURL(join(import.meta.dirname, process.argv[one + 1]!)).href)) as { default: Bench }).default;
  console.log(JSON.stringify(await run()));
  process.exit(0);
}

const filters = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((name) => f.includes(name)))
  .sort();
if (files.length === 0) {
  console.error(`no bench/*.bench.ts matches ${filters.join(', ')}`);
  process.exit(1);
}

const results: Record<string, number | string> = {};
let failures = 0;
for (const file of files) {
  process.stderr.write(`bench: ${file}…\n`);
  const started = performance.now();
  try {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', file], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`exit code ${child.status ?? child.signal}`);
    const lines = child.stdout.trim().split('\n');
    const figures = JSON.parse(lines[lines.length - 1]!) as Record<string, number | string>;
    for (const [key, value] of Object.entries(figures)) {
      if (key in results) process.stderr.write(`bench: ${file} overwrites "${key}"\n`);
      results[key] = value;
    }
    process.stderr.write(`bench: ${file} done in ${Math.round(performance.now() - started)} ms\n`);
  } catch (error) {
    // One broken bench must not hide the others' figures; the exit code still says it failed.
    failures++;
    process.stderr.write(`bench: ${file} FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
console.log(JSON.stringify(results, null, 2));
if (failures > 0) process.exitCode = 1;
