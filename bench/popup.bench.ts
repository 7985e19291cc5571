// popup_ready_ms_5000: time from navigation start to an interactive popup (saved list loaded and
// drawn, page status known: the App's data-pc-ready stamp) with 5,000 saved items, in real headless
// Chromium with the built extension. Median of 7 opens after one warm-up (the warm-up, like a user's
// first open, has no localStorage snapshot yet). popup_fresh_ms_5000: until the list shows the value
// read from storage.local itself (data-pc-fresh), which replaces the snapshot.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, ensureBuild } from '../scripts/ensure-build.ts';
import { launch, POPUP_VIEWPORT } from '../tests/e2e/harness.ts';

const ITEMS = 5000;
const RUNS = 7;

/** 5,000 saved records shaped like real ones (title, authors, topics, some notes). */
export function seedSaved(n: number): Record<string, unknown> {
  const topics = ['llm', 'vision', 'agents', 'rl', 'efficiency', 'multimodal', 'theory', 'robotics'];
  const out: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const id = `25${String(1 + (i % 12)).padStart(2, '0')}.${String(10000 + i).padStart(5, '0')}`;
    const t = `${String(1_750_000_000_000 + i * 60_000).padStart(13, '0')}:0000:bench`;
    out[id] = {
      id,
      saved: { v: true, t },
      meta: {
        v: {
          title: `Paper ${i}: scaling sparse mixture-of-experts models for long-context reasoning and retrieval`,
          authors: [`Author ${i} One`, `Author ${i % 97} Two`, 'Third Author'],
          topics: [topics[i % topics.length]!, topics[(i * 7) % topics.length]!],
          publishedAt: `2025-${String(1 + (i % 12)).padStart(2, '0')}-15`,
        },
        t,
      },
      ...(i % 5 === 0 ? { note: { v: `note ${i}: read section 3 again`, t } } : {}),
    };
  }
  return out;
}

export default async function run(): Promise<Record<string, number>> {
  ensureBuild();
  // A private copy: another build during the run must not swap files under the browser.
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-ext-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const h = await launch({ extensionDir: dir, viewport: POPUP_VIEWPORT });
  try {
    await h.sw.evaluate((saved) => chrome.storage.local.set({ saved }), seedSaved(ITEMS));
    const times: number[] = [];
    const fresh: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const page = await h.context.newPage();
      await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
      const ready = await page.waitForSelector('html[data-pc-ready]', { state: 'attached', timeout: 15_000 });
      const ms = Number(await ready.getAttribute('data-pc-ready'));
      // Interactive means the list is really there: rows drawn and the full count shown.
      const rows = await page.locator('.pc-item').count();
      const count = await page.locator('.pc-count-line').innerText();
      if (rows === 0 || !count.includes((ITEMS).toLocaleString('en-US'))) throw new Error(`popup not showing ${ITEMS} items (rows ${rows}, "${count}")`);
      const freshAt = Number(await (await page.waitForSelector('html[data-pc-fresh]', { state: 'attached' })).getAttribute('data-pc-fresh'));
      if (i > 0) {
        times.push(ms);
        fresh.push(freshAt);
      }
      await page.close();
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return { popup_ready_ms_5000: median(times), popup_fresh_ms_5000: median(fresh) };
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
