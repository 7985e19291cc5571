// `npm run bench [name…]`: runs every bench/*.bench.ts (or those whose file name contains one of the
// given names) one after another and prints their merged results as one JSON object on stdout.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Bench = () => Promise<Record<string, number | string>>;

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
    const run = ((await import(pathToFileURL(join(import.meta.dirname, file)).href)) as { default: Bench }).default;
    for (const [key, value] of Object.entries(await run())) {
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
