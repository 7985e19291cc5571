// The popup in real Chromium: filters on the open fixture page, the saved list (save on the page,
// notes, remove), export files parsed back, import (a broken file changes nothing), status screens,
// the sync status line, the order / dismissed controls, the options page, and screenshots in light and
// dark (written to /tmp/popup-shots2/ for a person to look at).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch as launchHarness, type Harness, type LaunchOptions } from './harness.ts';
import { CHROME_BUILD } from '../../scripts/ensure-build.ts';
import { FIXTURE_URLS, fixture } from '../fixtures/routes.ts';
import { parseBib } from '../unit/export-bib-reader.ts';
import type { SyncStatus } from '../../utils/messages.ts';
import { DEBOUNCE_MS } from '../../utils/sync-codec.ts';

const SHOTS = '/tmp/popup-shots2';
let h: Harness | undefined;

// A private copy of the build: a rebuild elsewhere during the run must not swap files under the browser.
let extensionDir = '';
beforeAll(() => {
  extensionDir = mkdtempSync(join(tmpdir(), 'pc-popup-e2e-'));
  cpSync(CHROME_BUILD, extensionDir, { recursive: true });
});
afterAll(() => rmSync(extensionDir, { recursive: true, force: true }));
const launch = (opts: LaunchOptions = {}) => launchHarness({ extensionDir, ...opts });
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const stamp = (ms: number) => `${String(ms).padStart(13, '0')}:0000:e2etest`;
const DAY = 86_400_000;
const SEED = [
  { id: '2510.01234', title: 'Scaling Laws for Sparse Mixture-of-Experts Language Models', authors: ['Ada Lovelace', 'Alan Turing'], topics: ['llm', 'efficiency'], note: 'Compare with Chinchilla, §4', publishedAt: '2025-10-02' },
  { id: '2510.02345', title: 'Diffusion Policies for Dexterous Manipulation & 100% Recall', authors: ['Grace Hopper'], topics: ['robotics', 'generative'], note: '', publishedAt: '2025-10-05' },
  { id: '2509.11111', title: 'A Mechanistic Look at {In-Context} Learning', authors: ['Claude Shannon', 'Kurt Gödel'], topics: ['interpretability', 'llm'], note: 'read later', publishedAt: '2025-09-12' },
  { id: '2510.04444', title: 'Agents That Use Tools: A Benchmark', authors: ['Barbara Liskov'], topics: ['agents'], note: '', publishedAt: '2025-10-20' },
  { id: '2508.00001', title: 'Quantum Error Correction with Neural Decoders', authors: ['Richard Feynman'], topics: ['quantum', 'science'], note: '', publishedAt: '2025-08-03' },
];
const SAVED_AT = (i: number) => Date.UTC(2026, 9, 1) + i * DAY;

async function seedSaved(harness: Harness) {
  const saved: Record<string, unknown> = {};
  SEED.forEach((p, i) => {
    const t = stamp(SAVED_AT(i));
    saved[p.id] = {
      id: p.id,
      saved: { v: true, t },
      meta: { v: { title: p.title, authors: p.authors, topics: p.topics, publishedAt: p.publishedAt }, t },
      ...(p.note ? { note: { v: p.note, t } } : {}),
    };
  });
  await harness.sw.evaluate((saved) => chrome.storage.local.set({ saved }), saved);
}

async function ready(popup: Page) {
  await popup.waitForSelector('html[data-pc-ready]', { state: 'attached' });
}

async function savedTab(popup: Page) {
  await ready(popup);
  await popup.getByRole('tab', { name: /Saved/ }).click();
  await popup.waitForSelector('#pc-panel-saved');
}

/** The background's own sync status once it has synced `items` saved papers. */
async function settledSync(harness: Harness, items: number): Promise<SyncStatus> {
  await expect
    .poll(async () => ((await harness.storage('local')).syncStatus as SyncStatus | undefined)?.items, { timeout: 30_000, interval: 250 })
    .toBe(items);
  return (await harness.storage('local')).syncStatus as SyncStatus;
}
/** Waits until the sync engine has written no status for longer than its debounce: a push that a late
 *  local change scheduled (the page filling in a saved paper's details) would otherwise overwrite a
 *  status the test sets by hand. */
async function quietSync(harness: Harness): Promise<void> {
  let last = '';
  let since = Date.now();
  await expect
    .poll(async () => {
      const now = JSON.stringify((await harness.storage('local')).syncStatus ?? null);
      if (now !== last) [last, since] = [now, Date.now()];
      return Date.now() - since > DEBOUNCE_MS + 1_000;
    }, { timeout: 45_000, interval: 250 })
    .toBe(true);
}
/** The popup's byte figures, computed independently: 12,595 → "12.3 KB", 102,400 → "100 KB". */
const kb = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`);
/** A "for you" model with enough signals to rank (the shape utils/ranking/model.ts stores). */
const READY_MODEL = { v: 1, pos: { t0: 1 }, neg: {}, sPos: 1, sNeg: 0, n: 5, applied: {} };

const hiddenCards = (page: Page) => page.locator('article[data-pc-id][data-pc-hidden="true"]');
const allCards = (page: Page) => page.locator('article[data-pc-id]');

describe('filters on the open papers page', () => {
  test('a topic filter hides cards at once, the page bar counts them, and "show" reveals them', async () => {
    h = await launch();
    const page = await h.page(FIXTURE_URLS['trending']!);
    await page.waitForSelector('article[data-pc-id]');
    const popup = await h.popup({ forPage: page });
    await ready(popup);
    const total = await allCards(page).count();
    expect(total).toBeGreaterThan(5);
    await expect.poll(() => popup.locator('.pc-page-line').innerText()).toContain(`${total} papers`);

    // The most common topic on the page: "show only" it.
    const chip = popup.locator('.pc-topic-btn').first();
    await chip.waitFor();
    const topicId = (await chip.getAttribute('data-topic'))!;
    const count = Number(await chip.locator('.pc-count').innerText());
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);

    // Time from the click in the popup to the first hidden card on the page (same clock: Date.now()).
    await page.evaluate(() => {
      const w = window as unknown as { __pcHiddenAt?: number };
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-pc-hidden="true"]')) {
          w.__pcHiddenAt = Date.now();
          obs.disconnect();
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-pc-hidden'] });
    });
    const clickedAt = await chip.evaluate((b) => {
      const t = Date.now();
      (b as HTMLButtonElement).click();
      return t;
    });
    await expect.poll(() => hiddenCards(page).count()).toBe(total - count);
    const hiddenAt = await page.evaluate(() => (window as unknown as { __pcHiddenAt?: number }).__pcHiddenAt);
    console.log(`filter latency popup click → page hidden: ${hiddenAt! - clickedAt} ms`);

    // The hidden cards are not displayed, the shown ones carry the topic.
    expect(await hiddenCards(page).first().isVisible()).toBe(false);
    const bar = page.locator('.pc-filter-bar');
    await expect.poll(() => bar.innerText()).toContain(`${total - count} hidden by your filters`);
    expect(await chip.getAttribute('aria-label')).toContain('showing only these');
    await expect.poll(() => popup.locator('.pc-filters-foot').innerText()).toContain(`${total - count} of ${total} cards hidden`);
    const stored = (await h.storage('local')).filters as Record<string, { topicsIn: string[] }>;
    expect(stored.trending?.topicsIn).toEqual([topicId]);

    // One click on the bar shows them all again, without changing the filters.
    await bar.getByRole('button', { name: 'show' }).click();
    await expect.poll(() => hiddenCards(page).count()).toBe(0);
    expect(((await h.storage('local')).filters as Record<string, { topicsIn: string[] }>).trending?.topicsIn).toEqual([topicId]);

    // Reset in the popup clears the filter; the bar goes away.
    await popup.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => page.locator('.pc-filter-bar').count()).toBe(0);
    expect(await hiddenCards(page).count()).toBe(0);
  });

  test('free text and minimum upvotes hide cards live, and survive a reload', async () => {
    h = await launch();
    const page = await h.page(FIXTURE_URLS['trending']!);
    await page.waitForSelector('article[data-pc-id]');
    const popup = await h.popup({ forPage: page });
    await ready(popup);
    const total = await allCards(page).count();

    await popup.getByRole('spinbutton').fill('100000');
    await expect.poll(() => hiddenCards(page).count()).toBe(total);
    // Never a blank page without the bar.
    await expect.poll(() => page.locator('.pc-filter-bar').innerText()).toContain(`${total} hidden by your filters`);
    await popup.getByRole('spinbutton').fill('');
    await expect.poll(() => hiddenCards(page).count()).toBe(0);

    // The longest word of the first card's title: it matches that card, and not all of them.
    const firstTitle = ((await page.locator('article[data-pc-id] h3').first().textContent()) ?? '').trim();
    const word = firstTitle
      .split(/\s+/)
      .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
      .sort((a, b) => b.length - a.length)[0]!;
    expect(word.length).toBeGreaterThan(3);
    await popup.getByRole('searchbox').fill(word);
    await expect.poll(() => hiddenCards(page).count()).toBeGreaterThan(0);
    const hidden = await hiddenCards(page).count();
    expect(hidden).toBeLessThan(total);

    await page.reload();
    await page.waitForSelector('article[data-pc-id]');
    await expect.poll(() => hiddenCards(page).count()).toBe(hidden);
  });
});

describe('saved list', () => {
  test('saving on the page shows the paper in the popup at once, and removing it in the popup unsaves it on the page', async () => {
    h = await launch();
    const page = await h.page(FIXTURE_URLS['trending']!);
    const card = page.locator('article[data-pc-id]').first();
    const id = (await card.getAttribute('data-pc-id'))!;
    const popup = await h.popup({ forPage: page });
    await savedTab(popup);
    await expect.poll(() => popup.locator('.pc-empty').count()).toBe(1);

    await card.locator('button[data-pc-action="save"]').first().click();
    const row = popup.locator(`[data-pc-saved-id="${id}"]`);
    await row.waitFor();
    expect(await popup.getByRole('tab', { name: /Saved/ }).innerText()).toContain('1');

    await row.getByRole('button', { name: /^Remove / }).click();
    await expect.poll(() => card.getAttribute('data-pc-saved')).toBe('false');
    await expect.poll(() => row.count()).toBe(0);
    // Undo brings it back, on both sides.
    await popup.getByRole('button', { name: 'Undo' }).click();
    await row.waitFor();
    await expect.poll(() => card.getAttribute('data-pc-saved')).toBe('true');
  });

  test('a note edited inline persists across popup reopen; search finds it', async () => {
    h = await launch();
    await seedSaved(h);
    let popup = await h.popup();
    await savedTab(popup);
    const note = popup.getByRole('textbox', { name: `Note for ${SEED[3]!.title}` });
    await note.fill('Try this on our agent eval');
    await note.press('Enter');
    await expect
      .poll(async () => ((await h!.storage('local')).saved as Record<string, { note?: { v: string } }>)[SEED[3]!.id]?.note?.v)
      .toBe('Try this on our agent eval');
    await popup.close();

    popup = await h.popup();
    await savedTab(popup);
    expect(await popup.getByRole('textbox', { name: `Note for ${SEED[3]!.title}` }).inputValue()).toBe('Try this on our agent eval');
    await popup.getByRole('searchbox').fill('agent eval');
    await expect.poll(() => popup.locator('.pc-item').count()).toBe(1);
    expect(await popup.locator('.pc-item').getAttribute('data-pc-saved-id')).toBe(SEED[3]!.id);
    expect(await popup.locator('.pc-count-line').innerText()).toBe('1 of 5 match');
  });

  test('sorts by date saved (newest first) or by publication date', async () => {
    h = await launch();
    await seedSaved(h);
    const popup = await h.popup();
    await savedTab(popup);
    const order = () => popup.locator('.pc-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-pc-saved-id')));
    expect(await order()).toEqual(SEED.map((p) => p.id).reverse());
    await popup.getByRole('combobox', { name: 'Sort saved papers' }).selectOption('published');
    expect(await order()).toEqual(['2510.04444', '2510.02345', '2510.01234', '2509.11111', '2508.00001']);
  });
});

describe('sync status in the popup', () => {
  test('says synced and the bytes used; when notes do not fit, says how many stay on this device and which; sync off', async () => {
    h = await launch();
    // 24 papers with ~4.8 KB notes: more than browser sync's 100 KB, so the background keeps some notes local.
    const saved: Record<string, unknown> = {};
    const titles: Record<string, string> = {};
    for (let i = 0; i < 24; i++) {
      const id = `2510.${String(20000 + i)}`;
      const t = stamp(SAVED_AT(i));
      titles[id] = `Long-note paper n${i}x: attention sinks in streaming models`;
      saved[id] = { id, saved: { v: true, t }, meta: { v: { title: titles[id], authors: ['Ada Lovelace'] }, t }, note: { v: `${i} `.padEnd(4_800, 'why this matters. '), t } };
    }
    await h.sw.evaluate((saved) => chrome.storage.local.set({ saved }), saved);
    await expect.poll(async () => ((await h!.storage('local')).syncStatus as SyncStatus | undefined)?.state, { timeout: 30_000 }).toBe('quota');
    const status = (await h.storage('local')).syncStatus as SyncStatus;
    const local = status.localOnlyNotes;
    expect(local.length).toBeGreaterThan(0);
    expect(local.length).toBeLessThan(24);

    const popup = await h.popup();
    await savedTab(popup);
    const line = popup.locator('.pc-sync-line');
    const notes = `${local.length} ${local.length === 1 ? 'note' : 'notes'}`;
    await expect.poll(() => line.getByRole('status').innerText()).toBe(`Sync full — ${notes} kept on this device only · ${kb(status.bytesUsed)} of 100 KB`);
    // Which ones: their papers' titles, on expand.
    await line.getByRole('button', { name: 'Which?' }).click();
    expect(await line.getByRole('list', { name: 'Notes kept on this device only' }).locator('li').allInnerTexts()).toEqual(local.map((id) => titles[id]));
    // The rows say it too: a local-only note is marked, a synced one is not.
    const synced = Object.keys(titles).find((id) => !local.includes(id))!;
    for (const [id, marked] of [[local[0]!, 1], [synced, 0]] as const) {
      await popup.getByRole('searchbox').fill(titles[id]!.split(' ')[2]!.replace(':', ''));
      const row = popup.locator(`[data-pc-saved-id="${id}"]`);
      await row.waitFor();
      expect(await row.getByText('This device only').count()).toBe(marked);
    }

    // Sync unavailable (as in Firefox without a signed-in account): the popup says the data stays here.
    await h.sw.evaluate(() =>
      chrome.storage.local.set({ syncStatus: { state: 'off', message: 'Browser sync is off or unavailable: saved items are kept on this device.', bytesUsed: 0, bytesQuota: 102_400, items: 24, localOnlyNotes: [] } }),
    );
    await expect.poll(() => line.getByRole('status').innerText()).toBe('Sync off — saved on this device · 0 B of 100 KB');
    // The details stay open (they were opened above) and now say why.
    expect(await line.getByRole('button', { name: 'Why?' }).getAttribute('aria-expanded')).toBe('true');
    await line.getByText('Browser sync is off or unavailable: saved items are kept on this device.').waitFor();
    expect(await popup.locator('.pc-local-tag').count()).toBe(0);
  });

  test('an ordinary sync: "Synced" with the bytes the browser counts', async () => {
    h = await launch();
    await seedSaved(h);
    const status = await settledSync(h, SEED.length);
    expect(status.state).toBe('ok');
    expect(status.bytesUsed).toBe(await h.sw.evaluate(() => chrome.storage.sync.getBytesInUse(null)));
    const popup = await h.popup();
    await savedTab(popup);
    await expect.poll(() => popup.locator('.pc-sync-line').getByRole('status').innerText()).toBe(`Synced · ${kb(status.bytesUsed)} of 100 KB`);
    expect(await popup.locator('.pc-sync-line button').count()).toBe(0);
  });
});

describe('order and dismissed papers', () => {
  test('for-you cold start says why; once ready, "sort by my interests" and "rising" reorder the page (one at a time); "show dismissed" brings a dismissed card back', async () => {
    h = await launch();
    const page = await h.page(FIXTURE_URLS['date-2026-05-21']!);
    await page.waitForSelector('article[data-pc-id][data-pc-state]');
    const popup = await h.popup({ forPage: page });
    await ready(popup);
    const forYou = popup.getByRole('checkbox', { name: 'Sort by my interests' });
    const rising = popup.getByRole('checkbox', { name: 'Rising since my last visit' });
    const dismissed = popup.getByRole('checkbox', { name: 'Show dismissed' });
    const stored = async () => ((await h!.storage('local')).filters as Record<string, Record<string, boolean>> | undefined)?.day;
    const bar = page.locator('.pc-foryou-bar');

    // Cold start: the reason instead of the switch.
    await expect.poll(() => popup.locator('[data-pc-foryou="cold"]').innerText()).toMatch(/^Sort by my interests: not yet — \d of 5 signals so far: save, open or dismiss a few papers/);
    expect(await forYou.count()).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    await popup.screenshot({ path: `${SHOTS}/popup-light-foryou-cold.png` });

    // Enough signals (as the background writes them): the switch appears, and sorts the page.
    await h.sw.evaluate((model) => chrome.storage.local.set({ forYouModel: model }), READY_MODEL);
    await forYou.check();
    await expect.poll(() => bar.textContent()).toBe('Sorted by your interests (5 signals) · show the page’s order');
    expect(await stored()).toMatchObject({ sortForYou: true, sortRising: false });

    // Rising replaces it.
    await rising.check();
    await expect.poll(() => bar.textContent()).toBe('Sorted by upvotes gained since your last visit · show the page’s order');
    expect(await forYou.isChecked()).toBe(false);
    expect(await stored()).toMatchObject({ sortForYou: false, sortRising: true });
    await rising.uncheck();
    await expect.poll(() => bar.count()).toBe(0);

    // Dismiss the first card with the keyboard on the page; "show dismissed" shows it again.
    const first = page.locator('article[data-pc-id]').first();
    await page.bringToFront();
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await expect.poll(() => first.isVisible()).toBe(false);
    await dismissed.check();
    await expect.poll(() => first.isVisible()).toBe(true);
    expect(await stored()).toMatchObject({ showDismissed: true });
    await dismissed.uncheck();
    await expect.poll(() => first.isVisible()).toBe(false);
  });
});

describe('export and import', () => {
  async function exportFile(popup: Page, label: string): Promise<{ name: string; text: string }> {
    await popup.getByRole('button', { name: 'Export saved papers' }).click();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('menuitem', { name: new RegExp(label) }).click()]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  }

  test('BibTeX, Markdown and JSON files are correct', async () => {
    h = await launch();
    await seedSaved(h);
    const popup = await h.popup();
    await savedTab(popup);

    const bib = await exportFile(popup, 'BibTeX');
    expect(bib.name).toMatch(/^papers-companion-saved-\d{4}-\d{2}-\d{2}\.bib$/);
    const entries = parseBib(bib.text);
    expect(entries.map((e) => e.fields.eprint).sort()).toEqual(SEED.map((p) => p.id).sort());
    const agents = entries.find((e) => e.fields.eprint === '2510.02345')!;
    expect(agents).toMatchObject({
      type: 'misc',
      key: 'hopper2025diffusion',
      fields: { title: 'Diffusion Policies for Dexterous Manipulation \\& 100\\% Recall', author: 'Grace Hopper', year: '2025', archivePrefix: 'arXiv', url: 'https://arxiv.org/abs/2510.02345' },
    });
    expect(entries.find((e) => e.fields.eprint === '2509.11111')!.fields.author).toBe('Claude Shannon and Kurt Gödel');

    const md = await exportFile(popup, 'Markdown');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain('- [Agents That Use Tools: A Benchmark](https://huggingface.co/papers/2510.04444) — Barbara Liskov (2025) · [arXiv:2510.04444](https://arxiv.org/abs/2510.04444)');
    expect(md.text).toContain('  - Note: read later');

    const json = await exportFile(popup, 'JSON');
    const file = JSON.parse(json.text);
    expect(file).toMatchObject({ format: 'papers-companion/saved', version: 1 });
    expect(file.items).toHaveLength(SEED.length);
    for (const [i, p] of SEED.entries()) {
      const item = file.items.find((x: { id: string }) => x.id === p.id);
      expect(item).toEqual({ id: p.id, title: p.title, authors: p.authors, topics: p.topics, publishedAt: p.publishedAt, note: p.note, savedAt: new Date(SAVED_AT(i)).toISOString() });
    }
  });

  test('a broken file changes nothing and says what is wrong and where; a good one previews, then merges', async () => {
    h = await launch();
    await seedSaved(h);
    const popup = await h.popup();
    await savedTab(popup);
    const before = (await h.storage('local')).saved;

    const broken = '{\n  "format": "papers-companion/saved",\n  "version": 1,\n  "items": [\n    { "id": "2510.09999", "title": "x" },\n    { "id": "not-an-id" }\n  ]\n}\n';
    await popup.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const alert = popup.locator('[data-pc-import="error"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Nothing imported');
    expect(await alert.innerText()).toContain('items[1].id: not an arXiv id');
    expect((await h.storage('local')).saved).toEqual(before);

    await popup.locator('input[type="file"]').setInputFiles({ name: 'list.txt', mimeType: 'text/plain', buffer: Buffer.from('2510.01234\nnonsense here\n') });
    await popup.locator('[data-pc-import="error"]').getByText('line 2').first().waitFor();
    expect((await h.storage('local')).saved).toEqual(before);

    // A plain list: one new id, one already saved; merge keeps everything else.
    await popup.locator('input[type="file"]').setInputFiles({ name: 'list.txt', mimeType: 'text/plain', buffer: Buffer.from('https://arxiv.org/abs/2510.07777v2\n2510.01234\n') });
    const preview = popup.locator('[data-pc-import="preview"]');
    await preview.waitFor();
    expect(await preview.locator('[data-count="add"]').innerText()).toBe('1 new paper');
    expect(await preview.locator('[data-count="unchanged"]').innerText()).toBe('1 already saved');
    await preview.getByRole('button', { name: 'Import 1 paper' }).click();
    await popup.getByText(/Imported from list\.txt: 1 paper added/).waitFor();
    const after = (await h.storage('local')).saved as Record<string, { saved: { v: boolean }; note?: { v: string } }>;
    expect(Object.keys(after).sort()).toEqual([...SEED.map((p) => p.id), '2510.07777'].sort());
    expect(after['2510.01234']!.note?.v).toBe(SEED[0]!.note);
    await popup.locator('[data-pc-saved-id="2510.07777"]').waitFor();
  });
});

describe('status, keyboard and looks', () => {
  test('says plainly when the tab is not a papers page', async () => {
    h = await launch();
    await h.openPage('https://huggingface.co/models');
    const popup = await h.popup({ forTabUrl: 'https://huggingface.co/models' });
    await ready(popup);
    expect(await popup.locator('.pc-page-line').innerText()).toBe('Not a papers page');
    await popup.getByRole('tab', { name: 'Filters' }).click();
    expect(await popup.locator('[data-pc-status="not-papers"]').innerText()).toContain('This tab is not a Hugging Face papers page.');
    mkdirSync(SHOTS, { recursive: true });
    await popup.screenshot({ path: `${SHOTS}/popup-light-not-papers.png` });
  });

  test('says plainly when the papers page was not recognised', async () => {
    h = await launch();
    // That URL answers a normal day by default; the drifted layout is served there explicitly.
    await h.route(FIXTURE_URLS['unrecognised']!, fixture('unrecognised'));
    const page = await h.page(FIXTURE_URLS['unrecognised']!);
    const popup = await h.popup({ forPage: page });
    await ready(popup);
    await expect.poll(() => popup.locator('.pc-page-line').innerText()).toBe('Page not recognised');
    await popup.getByRole('tab', { name: 'Filters' }).click();
    expect(await popup.locator('[data-pc-status="unrecognised"]').innerText()).toContain('This page was not recognised.');
    mkdirSync(SHOTS, { recursive: true });
    await popup.screenshot({ path: `${SHOTS}/popup-light-unrecognised.png` });
  });

  test('the export menu opens from the keyboard and Escape closes it, giving focus back', async () => {
    h = await launch();
    await seedSaved(h);
    const popup = await h.popup();
    await savedTab(popup);
    const button = popup.getByRole('button', { name: 'Export saved papers' });
    await button.focus();
    await popup.keyboard.press('Enter');
    await popup.getByRole('menu').waitFor();
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toContain('BibTeX');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toContain('Markdown');
    await popup.keyboard.press('Escape');
    expect(await popup.getByRole('menu').count()).toBe(0);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots in ${scheme}`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      h = await launch({ colorScheme: scheme });
      await seedSaved(h);
      const page = await h.page(FIXTURE_URLS['trending']!);
      const popup = await h.popup({ forPage: page });
      await ready(popup);
      const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(scheme === 'dark' ? 'rgb(11, 15, 25)' : 'rgb(255, 255, 255)');
      await popup.locator('.pc-topic-btn').first().click();
      await popup.locator('.pc-topic-btn').nth(2).click();
      await popup.locator('.pc-topic-btn').nth(2).click();
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: `${SHOTS}/popup-${scheme}-filters.png` });
      await popup.getByRole('tab', { name: /Saved/ }).click();
      await popup.locator('.pc-item').first().waitFor();
      await settledSync(h, SEED.length);
      await popup.screenshot({ path: `${SHOTS}/popup-${scheme}-saved.png` });
      await quietSync(h);
      // Sync full, one note kept on this device: the footer says which, the row is marked.
      await h.sw.evaluate(
        (id) => chrome.storage.local.set({ syncStatus: { state: 'quota', message: '1 note does not fit in browser sync and stays on this device.', bytesUsed: 101_900, bytesQuota: 102_400, items: 5, localOnlyNotes: [id] } }),
        SEED[2]!.id,
      );
      await popup.locator('.pc-local-tag').waitFor();
      await popup.screenshot({ path: `${SHOTS}/popup-${scheme}-sync-full.png` });
      await popup.getByRole('button', { name: 'Which?' }).click();
      await popup.screenshot({ path: `${SHOTS}/popup-${scheme}-sync-full-which.png` });
      await popup.getByRole('button', { name: 'Which?' }).click();
      await popup.getByRole('button', { name: 'Export saved papers' }).click();
      await popup.screenshot({ path: `${SHOTS}/popup-${scheme}-export-menu.png` });
      await popup.keyboard.press('Escape');
      await popup.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": "papers-companion/saved", "version": 1, "items": [ { "id": 42 } ] }') });
      await popup.locator('[data-pc-import="error"]').waitFor();
      await popup.screenshot({ path: `${SHOTS}/popup-${scheme}-import-error.png` });
      await popup.locator('input[type="file"]').setInputFiles({ name: 'reading-list.txt', mimeType: 'text/plain', buffer: Buffer.from('2510.07777\nhttps://arxiv.org/abs/2510.01234\n') });
      await popup.locator('[data-pc-import="preview"]').waitFor();
      await popup.screenshot({ path: `${SHOTS}/popup-${scheme}-import-preview.png` });
      await page.screenshot({ path: `${SHOTS}/page-${scheme}-filtered.png` });
    });
  }
});

describe('options page', () => {
  async function options(harness: Harness): Promise<Page> {
    const p = await harness.context.newPage();
    await p.goto(`chrome-extension://${harness.extensionId}/options.html`);
    await p.waitForSelector('.pc-section');
    return p;
  }

  test('settings are saved as they change and survive a reload; the topic editor is there', async () => {
    h = await launch();
    let p = await options(h);
    expect(await p.locator('.pc-topic-editor-item').count()).toBe(24);
    await p.getByRole('checkbox', { name: 'Record seen and opened papers in private windows' }).check();
    const slider = p.getByRole('slider', { name: 'Share of the card on screen' });
    await slider.focus();
    await p.keyboard.press('ArrowRight'); // 50% → 55%
    await p.getByRole('combobox', { name: 'Forget papers after' }).selectOption('90');
    await expect
      .poll(async () => (await h!.storage('sync')).settings)
      .toMatchObject({ recordInPrivate: true, seenThreshold: 0.55, retentionDays: 90 });
    await p.close();
    p = await options(h);
    expect(await p.getByRole('checkbox', { name: 'Record seen and opened papers in private windows' }).isChecked()).toBe(true);
    expect(await p.getByRole('slider', { name: 'Share of the card on screen' }).inputValue()).toBe('55');
    expect(await p.locator('.pc-range output').first().innerText()).toBe('55%');
  });

  test('keyboard, momentum and for-you settings are saved; "Forget my interests" clears the model after a second click', async () => {
    h = await launch();
    await h.sw.evaluate((model) => chrome.storage.local.set({ forYouModel: model }), READY_MODEL);
    const p = await options(h);
    await p.getByText('Learned from 5 signals (saves, opens, dismissals), on this device only.').waitFor();
    await p.getByRole('checkbox', { name: 'Keyboard shortcuts on the papers page' }).uncheck();
    const min = p.getByRole('spinbutton', { name: /Show momentum from/ });
    await min.fill('3');
    await min.press('Tab');
    await expect.poll(async () => (await h!.storage('sync')).settings).toMatchObject({ keyboard: false, momentumMin: 3, forYou: true, momentum: true });
    await p.getByRole('checkbox', { name: /^Momentum badge/ }).uncheck();
    await expect.poll(() => min.count()).toBe(0);
    await p.getByRole('checkbox', { name: 'For-you ordering option' }).uncheck();
    await expect.poll(async () => (await h!.storage('sync')).settings).toMatchObject({ momentum: false, forYou: false });

    await p.getByRole('button', { name: 'Forget my interests' }).click();
    expect(((await h.storage('local')).forYouModel as { n: number }).n).toBe(5);
    await p.getByRole('button', { name: 'Click again to forget' }).click();
    await p.getByText(/^Forgotten: the “for you” order starts again/).waitFor();
    await expect.poll(async () => ((await h!.storage('local')).forYouModel as { n: number }).n).toBe(0);
    await p.getByText('Nothing learned yet.').waitFor();
  });

  test('history: counts what the page recorded, and clears it after a confirming second click', async () => {
    h = await launch();
    await h.page(FIXTURE_URLS['trending']!);
    const p = await options(h);
    await expect.poll(() => p.locator('#history .pc-stat').innerText()).toMatch(/^[1-9]\d* papers in history/);
    const clear = p.getByRole('button', { name: 'Clear all history' });
    await clear.click();
    await p.getByRole('button', { name: 'Click again to clear all history' }).click();
    await p.getByText(/^Cleared \d+ papers from history\.$/).waitFor();
    await expect.poll(() => p.locator('#history .pc-stat').innerText()).toMatch(/^0 papers in history/);
  });
});
