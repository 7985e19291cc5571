// Builds the Chrome extension when .output/chrome-mv3 is missing or older than its sources.
// Shared by the E2E global setup and the size benchmark.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');

const SOURCES = ['entrypoints', 'utils', 'components', 'assets', 'public', 'wxt.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted file shows only as a newer directory
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export function buildIsStale(): boolean {
  const manifest = join(CHROME_BUILD, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(ROOT, s)) > built);
}

export function ensureBuild(): void {
  if (!buildIsStale()) return;
  process.stderr.write('Building the extension (npx wxt build)…\n');
  try {
    execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  } catch {
    throw new Error('`npx wxt build` failed (its output is above)');
  }
}
