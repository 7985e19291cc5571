// The extension loads in real Chromium: its worker runs, the content script runs on the papers pages,
// the popup renders.
import { afterEach, beforeEach, expect, test } from 'vitest';
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

for (const url of [PAPERS_URL, `${PAPERS_URL}/trending`, `${PAPERS_URL}/date/2026-10-06`]) {
  test(`the content script runs on ${url}`, async () => {
    const page = await h.page(url);
    expect(await page.locator('article').count()).toBeGreaterThan(0);
    expect(await page.getAttribute('html', 'data-pc-status')).toBeTruthy();
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
