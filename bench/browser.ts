// Shared by the browser benchmarks: a private copy of the build, a Chromium without the extension
// (same flags and fixture routing as tests/e2e/harness.ts), and an in-page probe that timestamps
// the moment the overlay has annotated every card.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_BUILD, ensureBuild } from '../scripts/ensure-build.ts';
import { respond } from '../tests/fixtures/routes.ts';

/** A private copy of the build: another build during the run must not swap files under the browser. */
export function privateBuild(): { dir: string; remove(): void } {
  ensureBuild();
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-ext-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The harness's browser minus the extension: same Chromium flags, viewport and fixture routing. */
export async function launchWithoutExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'pc-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    colorScheme: 'light',
    viewport: { width: 1280, height: 900 },
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.setDefaultTimeout(30_000);
  await context.route(
    (u) => u.protocol === 'http:' || u.protocol === 'https:',
    (r) => r.abort('internetdisconnected'),
  );
  await context.route(
    (u) => u.protocol === 'https:' && (u.hostname === 'huggingface.co' || u.hostname.endsWith('.huggingface.co')),
    (r) => r.fulfill(respond(r.request().url())),
  );
  return {
    context,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** What the probe collects in the page (main world), read with `readProbe`. */
export interface Probe {
  /** performance.now() when <html data-pc-status="ready"> and every [data-pc-id] card has data-pc-state. */
  annotatedAt: number | null;
  longTasks: { start: number; duration: number }[];
}

/** Init script: installed before any page script runs, in the main world of every document. */
export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const probe = { annotatedAt: null as number | null, longTasks: [] as { start: number; duration: number }[] };
    (window as unknown as { __pcProbe: typeof probe }).__pcProbe = probe;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No Long Tasks API: the list stays empty.
    }
    const observer = new MutationObserver(() => {
      if (document.documentElement.getAttribute('data-pc-status') !== 'ready') return;
      const cards = document.querySelectorAll('[data-pc-id]');
      if (cards.length === 0) return;
      for (const c of cards) if (!c.hasAttribute('data-pc-state')) return;
      probe.annotatedAt = performance.now();
      observer.disconnect();
    });
    // Attributes only (ours), so the probe costs the page without the extension next to nothing.
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-pc-status', 'data-pc-state', 'data-pc-id'] });
  });
}

export interface LoadTimes {
  /** PerformanceNavigationTiming.loadEventEnd (ms since navigation start). */
  load: number;
  domContentLoaded: number;
  annotated: number | null;
  /** Start of the content script's first pc:scan measure (its first look at the page). */
  firstScan: number | null;
}

/** Navigates `page` to `url` and waits for `load` (and, when `annotated`, for the probe to fire). */
export async function timedLoad(page: Page, url: string, annotated: boolean, timeout = 30_000): Promise<LoadTimes> {
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.waitForFunction(
    (annotated) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const probe = (window as unknown as { __pcProbe?: Probe }).__pcProbe;
      return !!nav && nav.loadEventEnd > 0 && (!annotated || probe?.annotatedAt != null);
    },
    annotated,
    { timeout, polling: 20 },
  );
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      load: nav.loadEventEnd,
      domContentLoaded: nav.domContentLoadedEventEnd,
      annotated: (window as unknown as { __pcProbe: Probe }).__pcProbe.annotatedAt,
      firstScan: performance.getEntriesByName('pc:scan', 'measure')[0]?.startTime ?? null,
    };
  });
}

export function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => (window as unknown as { __pcProbe: Probe }).__pcProbe);
}

/** The q-quantile (0…1) by linear interpolation; quantile(xs, 0.5) is the median. */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
}

export const median = (xs: number[]) => quantile(xs, 0.5);

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
