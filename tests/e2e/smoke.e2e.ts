// The extension loads in real Chromium: its worker runs, the content script runs on the papers pages,
// the popup renders.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fixture, fixturePapers, FIXTURE_URLS } from '../fixtures/routes.ts';
import { launch, PAPERS_URL, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async () => {
  await h?.close();
});

test('the service worker is alive and answers', async () => {
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await h.sw.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.name).toBe('Papers Companion');
});

test('the papers page (served from the fixtures) shows cards and the content script runs on it', async () => {
  const page = await h.page(PAPERS_URL);
  expect(await page.locator('article').count()).toBeGreaterThan(0);
  await page.waitForSelector('html[data-pc-status="ready"]', { state: 'attached' });
  expect(Number(await page.getAttribute('html', 'data-pc-cards'))).toBe(await page.locator('article').count());
});

// Each fixture at its own URL, including the odd ones (hostile, broken props, unrecognised layout).
for (const [name, url] of Object.entries(FIXTURE_URLS)) {
  test(`the content script runs on fixture "${name}"`, async () => {
    await h.route(url, fixture(name));
    const page = await h.page(url);
    if (name === 'unrecognised') {
      await page.waitForSelector('html[data-pc-status="unrecognised"]', { state: 'attached' });
      return;
    }
    // Every paper on the page annotated, each once.
    const expected = new Set(fixturePapers(name).map((p) => p.id)).size;
    await page.waitForSelector(`html[data-pc-status="ready"][data-pc-cards="${expected}"]`, { state: 'attached' });
    expect(await page.locator('[data-pc-id]').count()).toBe(expected);
  });
}

test('the content script stays off pages outside /papers', async () => {
  const page = await h.openPage('https://huggingface.co/models');
  // Give a content script the time it would need, then check it did not mark the page.
  await page.waitForTimeout(1_000);
  expect(await page.getAttribute('html', 'data-pc-status')).toBeNull();
});

test('the popup opens and renders', async () => {
  await h.page();
  const popup = await h.popup();
  expect(await popup.locator('#app').innerText()).not.toBe('');
});
