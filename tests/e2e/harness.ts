// Real-Chromium harness: a fresh profile with the built extension loaded, huggingface.co answered from
// the fixtures and every other http(s) request aborted. Also used by scripts/start.ts for the demo.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { respond } from '../fixtures/routes.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PAPERS_URL = 'https://huggingface.co/papers';
export const POPUP_VIEWPORT = { width: 400, height: 600 };

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** Extra pages by exact URL (or glob when it contains `*`); they win over the fixtures. */
  routes?: Record<string, string>;
  viewport?: { width: number; height: number } | null;
  /** Reuse a profile (e.g. to test a restart); by default a fresh temp profile, deleted on close. */
  profileDir?: string;
  headless?: boolean;
  /** 'fixtures' (default): (*.)huggingface.co answered by tests/fixtures/routes.ts, other http(s) aborted.
   *  'live': the real network, nothing routed. */
  network?: 'fixtures' | 'live';
  /** Default: the E2E run's copy of the build (global-setup.ts), else .output/chrome-mv3. */
  extensionDir?: string;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (the current one, if Chromium restarted it). */
  readonly sw: Worker;
  /** Opens `url` (default the papers page) and waits until the content script marked the page. */
  page(url?: string): Promise<Page>;
  /** Opens `url` in a new tab and waits for `load` only. */
  openPage(url: string): Promise<Page>;
  /** Opens popup.html in a tab, pointed (via `?tab=<id>`) at the given page, or the most recently
   *  opened huggingface.co tab; waits until #app has rendered something. */
  popup(opts?: { forTabUrl?: string; forPage?: Page }): Promise<Page>;
  /** Answers `url` with `html` from now on (exact URL, or glob when it contains `*`). */
  route(url: string, html: string): Promise<void>;
  /** The tab id Chromium gave `page` (what the popup's `?tab=` expects). */
  tabId(page: Page): Promise<number>;
  storage(area: 'local' | 'sync'): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

function urlMatcher(url: string): string | ((u: URL) => boolean) {
  if (url.includes('*')) return url;
  const want = new URL(url).href;
  return (u) => u.href === want;
}

function fulfillHtml(html: string) {
  return (r: Route) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
}

export async function launch(opts: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = opts.extensionDir ?? process.env.PC_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'pc-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
    timeout: 60_000,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(30_000);

  if ((opts.network ?? 'fixtures') === 'fixtures') {
    // A predicate, not '**/*': a glob would also catch chrome-extension:// and the popup never renders.
    await context.route(
      (u) => u.protocol === 'http:' || u.protocol === 'https:',
      (r) => r.abort('internetdisconnected'),
    );
    await context.route(
      (u) => u.protocol === 'https:' && (u.hostname === 'huggingface.co' || u.hostname.endsWith('.huggingface.co')),
      (r) => {
        try {
          return r.fulfill(respond(r.request().url()));
        } catch (error) {
          // A throwing handler would let the request through to the network; answer with the error instead.
          const message = `fixtures: respond(${r.request().url()}) threw: ${(error as Error).stack ?? error}`;
          console.error(message);
          return r.fulfill({ status: 500, contentType: 'text/plain', body: message });
        }
      },
    );
  }
  for (const [url, html] of Object.entries(opts.routes ?? {})) await context.route(urlMatcher(url), fulfillHtml(html));

  const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  const firstWorker =
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 }));
  const extensionId = new URL(firstWorker.url()).host;
  const currentWorker = () => context.serviceWorkers().filter(isExtensionWorker).at(-1) ?? firstWorker;

  // The persistent context starts with one blank tab; the first page() reuses it.
  let blank: Page | undefined = context.pages().find((p) => p.url() === 'about:blank');
  const hfPages: Page[] = [];

  const openPage = async (url: string) => {
    const page = blank && !blank.isClosed() ? blank : await context.newPage();
    blank = undefined;
    const response = await page.goto(url, { waitUntil: 'load' });
    // The fixtures answer a redirect with a meta refresh (see routes.ts); wait until it has landed.
    const headers = response?.headers() ?? {};
    if (headers['x-fixture-status'] && headers.location) {
      await page.waitForURL(new URL(headers.location, url).href, { waitUntil: 'load' });
    }
    if (new URL(url).hostname === 'huggingface.co') hfPages.push(page);
    return page;
  };

  const tabId = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const url = page.url();
    const id = await currentWorker().evaluate(async (url) => {
      const tabs = (await chrome.tabs.query({})).filter((t) => t.url === url);
      // Several tabs on one URL: the one just brought to front is active.
      return (tabs.length === 1 ? tabs[0] : tabs.find((t) => t.active))?.id;
    }, url);
    if (id === undefined) throw new Error(`no tab with URL ${url} (the extension sees only huggingface.co URLs)`);
    return id;
  };

  const harness: Harness = {
    context,
    extensionId,
    get sw() {
      return currentWorker();
    },
    openPage,
    async page(url = PAPERS_URL) {
      const page = await openPage(url);
      await page.waitForSelector('html[data-pc-status]', { state: 'attached', timeout: 20_000 });
      return page;
    },
    async popup({ forTabUrl, forPage } = {}) {
      const live = hfPages.filter((p) => !p.isClosed());
      const target = forPage ?? (forTabUrl ? live.find((p) => p.url() === forTabUrl) : live.at(-1));
      if (forTabUrl && !target) throw new Error(`popup: no open page at ${forTabUrl}`);
      const query = target ? `?tab=${await tabId(target)}` : '';
      const popup = await context.newPage();
      await popup.setViewportSize(POPUP_VIEWPORT);
      await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      await popup.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
      return popup;
    },
    async route(url, html) {
      await context.route(urlMatcher(url), fulfillHtml(html));
    },
    tabId,
    async storage(area) {
      return currentWorker().evaluate((area) => chrome.storage[area].get(null), area);
    },
    async close() {
      await context.close();
      if (!opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Simulates the site's client-side rendering: the DailyPapers element of `html` (a whole fixture page)
 *  replaces the one on `page`, as when the site re-renders the list. */
export async function replaceDailyPapers(page: Page, html: string): Promise<void> {
  await page.evaluate((html) => {
    const selector = '[data-target="DailyPapers"]';
    const fresh = new DOMParser().parseFromString(html, 'text/html').querySelector(selector);
    const current = document.querySelector(selector);
    if (!fresh || !current) throw new Error(`replaceDailyPapers: ${fresh ? 'page' : 'new html'} has no ${selector}`);
    current.replaceWith(document.importNode(fresh, true));
  }, html);
}

/** Simulates an in-page navigation: the URL changes without a page load (history.pushState). */
export async function pushState(page: Page, url: string): Promise<void> {
  await page.evaluate((url) => history.pushState(history.state, '', url), url);
}

export type HistoryPut = { id: string; lastSeenAt?: number; upvotesAtLastSeen?: number; openedAt?: number; timesSeen?: number; firstSeenAt?: number; firstListedAt?: number };
/** Writes history records straight into the extension's database (as if from earlier visits). */
export async function putHistory(h: Harness, records: HistoryPut[]) {
  await h.sw.evaluate(async (records) => {
    const db: IDBDatabase = await new Promise((ok, ko) => {
      const r = indexedDB.open('papers-companion');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const tx = db.transaction('papers', 'readwrite');
    for (const r of records) tx.objectStore('papers').put({ timesSeen: 1, firstListedAt: r.lastSeenAt, firstSeenAt: r.lastSeenAt, ...r });
    await new Promise((ok) => (tx.oncomplete = ok));
    db.close();
  }, records);
}

/**
 * Scrolls through the page as a reader would, so every card gets its controls: cards further than a
 * screen below the viewport are drawn only as they come near. Ends back at the top.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, 0);
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-pc-id]')].every((c) => c.getClientRects().length === 0 || c.querySelector('.pc-slot')),
  );
}

