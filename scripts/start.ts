// Opens Chromium with the built extension on huggingface.co/papers (the live site, or the bundled copy
// when offline). Without a display, or with --screenshot DIR, saves light and dark screenshots instead.
// Run through scripts/start.sh, which installs, builds and finds Chromium first.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, PAPERS_URL, type Harness } from '../tests/e2e/harness.ts';

const USAGE = `usage: bash scripts/start.sh [--offline] [--screenshot [DIR]]
  --offline          use the bundled copy of the papers page even if huggingface.co is reachable
  --screenshot DIR   save page-{light,dark}.png and popup-{light,dark}.png to DIR (default ./screenshots)
                     instead of opening a window (the default when there is no display)`;

async function online(): Promise<boolean> {
  try {
    await fetch(PAPERS_URL, { method: 'HEAD', signal: AbortSignal.timeout(3_000) });
    return true;
  } catch {
    return false;
  }
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Waits (up to a few seconds) for the content script to leave its initial state, so the overlay shows. */
async function settle(h: Harness) {
  const page = await h.page();
  await page
    .waitForFunction(() => document.documentElement.dataset.pcStatus !== 'loading', undefined, { timeout: 5_000 })
    .catch(() => process.stderr.write(`note: the content script still reports "loading" after 5 s\n`));
  return page;
}

async function screenshots(dir: string, network: 'live' | 'fixtures') {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const h = await launch({ colorScheme, network });
    try {
      const page = await settle(h);
      files.push(resolve(dir, `page-${colorScheme}.png`));
      await page.screenshot({ path: files.at(-1) });
      const popup = await h.popup({ forPage: page });
      files.push(resolve(dir, `popup-${colorScheme}.png`));
      await popup.screenshot({ path: files.at(-1) });
    } finally {
      await h.close();
    }
  }
  console.log(`Screenshots:\n${files.map((f) => `  ${f}`).join('\n')}`);
}

async function headed(network: 'live' | 'fixtures') {
  const h = await launch({ headless: false, network, viewport: null });
  await settle(h);
  console.log('Chromium is open with Papers Companion loaded; click its toolbar icon for the popup. Close the window (or press Ctrl+C) to stop.');
  const closed = new Promise<void>((done) => h.context.on('close', () => done()));
  process.once('SIGINT', () => void h.close());
  process.once('SIGTERM', () => void h.close());
  await closed;
  await h.close().catch(() => {});
}

async function main() {
  const { values } = parseArgs({
    options: {
      offline: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    // `--screenshot` with no directory: take the default.
    args: process.argv.slice(2).flatMap((a, i, all) =>
      a === '--screenshot' && (i === all.length - 1 || all[i + 1].startsWith('--')) ? [a, 'screenshots'] : [a],
    ),
  });
  if (values.help) return console.log(USAGE);

  const live = !values.offline && (await online());
  const network = live ? 'live' : 'fixtures';
  console.log(
    live
      ? `Using the live site: ${PAPERS_URL}`
      : `${values.offline ? 'Offline mode' : 'huggingface.co is not reachable'}: serving the bundled copy of the papers page at ${PAPERS_URL}`,
  );

  if (values.screenshot !== undefined || !hasDisplay()) {
    if (values.screenshot === undefined) console.log('No display found ($DISPLAY / $WAYLAND_DISPLAY): taking screenshots instead.');
    await screenshots(values.screenshot ?? 'screenshots', network);
  } else {
    await headed(network);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
