// "Beyond the anchors" in real Chromium: keyboard triage, momentum since the last visit, and the
// on-device "for you" ranking, on the fixture pages.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, pushState, putHistory, replaceDailyPapers, type Harness } from './harness';
import { FIXTURE_URLS, fixture, fixturePapers } from '../fixtures/routes';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The build global-setup copied (PC_EXTENSION_DIR), or the shared one. */
const start = () => launch({ extensionDir: process.env.PC_EXTENSION_DIR || undefined });

async function ready(page: Page, cards?: number) {
  await page.waitForSelector('html[data-pc-status="ready"]', { state: 'attached' });
  if (cards != null) await page.waitForFunction((n) => document.documentElement.dataset.pcCards === String(n), cards);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-pc-id]')].every((c) => c.hasAttribute('data-pc-state')));
}

const focusedId = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-pc-kbd-focus]')].map((e) => e.getAttribute('data-pc-id')));
/** Card ids in the order the user sees them (hidden cards left out). */
const shownOrder = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-pc-id]')].filter((c) => c.offsetParent !== null).map((c) => c.dataset.pcId!));
const card = (page: Page, id: string) => page.locator(`[data-pc-id="${id}"]`);
const inView = (page: Page, id: string) =>
  page.evaluate((id) => {
    const r = document.querySelector(`[data-pc-id="${id}"]`)!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, id);

describe('keyboard triage', () => {
  it('j/k move a visible ring, s saves, x dismisses for good, u undoes, ? lists the keys; never while typing; can be turned off', async () => {
    h = await start();
    const url = FIXTURE_URLS['date-2026-05-21'];
    const papers = fixturePapers('date-2026-05-21');
    const ids = papers.map((p) => p.id);
    const page = await h.page(url);
    await ready(page, papers.length);

    await page.keyboard.press('j');
    expect(await focusedId(page)).toEqual([ids[0]]);
    const ring = await card(page, ids[0]).evaluate((e) => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineColor);
    expect(ring).toBe('solid rgb(245, 158, 11)');
    await page.keyboard.press('j');
    expect(await focusedId(page)).toEqual([ids[1]]);
    await page.keyboard.press('k');
    expect(await focusedId(page)).toEqual([ids[0]]);
    // Far down the list: the focused card is scrolled into view.
    for (let i = 0; i < 8; i++) await page.keyboard.press('j');
    expect(await focusedId(page)).toEqual([ids[8]]);
    expect(await inView(page, ids[8])).toBe(true);

    // s saves the focused card (and u takes it back).
    await page.keyboard.press('s');
    const save = card(page, ids[8]).locator('button[data-pc-action="save"]').first();
    await expect(save.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect.poll(async () => ((await h!.storage('local')).saved as Record<string, { saved: { v: boolean } }>)?.[ids[8]]?.saved.v).toBe(true);
    await page.keyboard.press('u');
    await expect(save.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect.poll(async () => ((await h!.storage('local')).saved as Record<string, { saved: { v: boolean } }>)?.[ids[8]]?.saved.v).toBe(false);

    // x dismisses: the card disappears, the ring moves on; u brings it back.
    await page.keyboard.press('x');
    await expect(card(page, ids[8]).isVisible()).resolves.toBe(false);
    expect(await focusedId(page)).toEqual([ids[9]]);
    await expect(page.locator('.pc-kbd-toast').textContent()).resolves.toMatch(/^Dismissed “.+” · u to undo$/);
    await page.keyboard.press('u');
    await expect(card(page, ids[8]).isVisible()).resolves.toBe(true);
    expect(await focusedId(page)).toEqual([ids[8]]);
    await page.keyboard.press('x');
    await expect(card(page, ids[8]).isVisible()).resolves.toBe(false);

    // Typing in the page's search field is typing, not triage.
    await page.locator('input[placeholder^="Search models"]').click();
    await page.keyboard.type('jxs');
    await expect(page.locator('input[placeholder^="Search models"]').inputValue()).resolves.toBe('jxs');
    expect(await focusedId(page)).toEqual([ids[9]]);
    await expect(card(page, ids[9]).isVisible()).resolves.toBe(true);
    await page.locator('input[placeholder^="Search models"]').blur();

    // ? shows the keys, Esc closes them.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help.isVisible()).resolves.toBe(true);
    await expect(help.textContent()).resolves.toContain('dismiss');
    await page.keyboard.press('Escape');
    await expect(help.count()).resolves.toBe(0);

    // The dismissal is in history: still hidden after a reload; "show dismissed" shows it, dimmed.
    await page.reload();
    await ready(page, papers.length);
    await expect(card(page, ids[8]).isVisible()).resolves.toBe(false);
    await expect(card(page, ids[7]).isVisible()).resolves.toBe(true);
    await h.sw.evaluate(() => chrome.storage.local.set({ filters: { day: { showDismissed: true } } }));
    await expect.poll(() => card(page, ids[8]).isVisible()).toBe(true);
    await expect(card(page, ids[8]).evaluate((e) => getComputedStyle(e).opacity)).resolves.toBe('0.5');

    // Off in the settings: the keys do nothing.
    await h.sw.evaluate(() => chrome.storage.sync.set({ settings: { keyboard: false } }));
    await page.waitForTimeout(300);
    await page.keyboard.press('j');
    await page.keyboard.press('?');
    expect(await focusedId(page)).toEqual([]);
    await expect(help.count()).resolves.toBe(0);
  });

  it('works after in-page navigation, and o opens the focused paper', async () => {
    h = await start();
    const day1 = fixturePapers('date-2026-05-21');
    const day2 = fixturePapers('date-2026-05-20');
    const page = await h.page(FIXTURE_URLS['date-2026-05-21']);
    await ready(page, day1.length);
    await page.keyboard.press('j');
    await pushState(page, FIXTURE_URLS['date-2026-05-20']);
    await replaceDailyPapers(page, fixture('date-2026-05-20'));
    await ready(page, day2.length);
    await page.waitForFunction((id) => document.querySelector(`[data-pc-id="${id}"]`) != null, day2[0].id);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await focusedId(page)).toEqual([day2[1].id]);
    await page.keyboard.press('o');
    await page.waitForURL(`https://huggingface.co/papers/${day2[1].id}`);
    // Opening is also a positive signal for the "for you" model.
    await expect.poll(async () => ((await h!.storage('local')).forYouModel as { applied: Record<string, string> } | undefined)?.applied[day2[1].id]).toBe('o');
    await page.goBack();
    await ready(page, day2.length);
    await expect(card(page, day2[1].id).locator('.pc-badge').first().textContent()).resolves.toBe('opened');
  });
});

describe('momentum since the last visit', () => {
  it('cards seen on an earlier visit show the upvotes gained since, when notable; the threshold and the switch are live settings', async () => {
    h = await start();
    const url = FIXTURE_URLS['date-2026-05-21'];
    const papers = fixturePapers('date-2026-05-21');
    const [unseen, , , flat, , rising] = papers;
    const page = await h.page(url);
    await ready(page, papers.length);
    const threeDaysAgo = Date.now() - 3 * 86_400_000;
    await putHistory(h, [
      { id: rising.id, lastSeenAt: threeDaysAgo, upvotesAtLastSeen: rising.upvotes - 84 },
      { id: flat.id, lastSeenAt: threeDaysAgo, upvotesAtLastSeen: flat.upvotes - 3 },
    ]);
    await page.reload();
    await ready(page, papers.length);
    const day = await page.evaluate((t) => new Date(t).toLocaleDateString('en', { weekday: 'short' }), threeDaysAgo);
    const mark = (id: string) => card(page, id).locator('.pc-momentum:visible');
    await expect(mark(rising.id).textContent()).resolves.toBe(`▲ +84 since ${day}`);
    await expect(mark(rising.id).getAttribute('title')).resolves.toContain(`(${rising.upvotes - 84} → ${rising.upvotes})`);
    // +3 is below the default threshold (10); a paper never seen before has nothing to compare with.
    await expect(mark(flat.id).count()).resolves.toBe(0);
    await expect(mark(unseen.id).count()).resolves.toBe(0);
    expect(await page.locator('.pc-momentum:visible').count()).toBe(1);

    // The popup's "rising since my last visit" reorders the list in place, and back.
    await h.sw.evaluate(() => chrome.storage.local.set({ filters: { day: { sortRising: true } } }));
    const pageOrder = papers.map((p) => p.id);
    await expect.poll(() => shownOrder(page)).toEqual([rising.id, flat.id, ...pageOrder.filter((id) => id !== rising.id && id !== flat.id)]);
    await expect(page.locator('.pc-foryou-bar').textContent()).resolves.toBe('Sorted by upvotes gained since your last visit · show the page’s order');
    await page.locator('.pc-foryou-bar button').click();
    await expect.poll(() => shownOrder(page)).toEqual(pageOrder);

    await h.sw.evaluate(() => chrome.storage.sync.set({ settings: { momentumMin: 2 } }));
    await expect.poll(() => mark(flat.id).textContent()).toBe(`▲ +3 since ${day}`);
    await h.sw.evaluate(() => chrome.storage.sync.set({ settings: { momentum: false } }));
    await expect.poll(() => page.locator('.pc-momentum').count()).toBe(0);
  });
});

describe('"for you" ranking', () => {
  it('learns from saves, dismissals and ignored papers; says so below 5 signals; marks, explains, sorts in place and back; "less like this" moves a paper down', async () => {
    h = await start();
    const url = FIXTURE_URLS['date-2026-05-21'];
    const papers = fixturePapers('date-2026-05-21');
    const pageOrder = papers.map((p) => p.id);
    const page = await h.page(url);
    await ready(page, papers.length);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-pc-id]')].every((c) => c.hasAttribute('data-pc-topics')));
    const model = async () => (await h!.storage('local')).forYouModel as { n: number; applied: Record<string, string> } | undefined;

    // The user's interest: the most common topic on the page. One paper without it was seen on an
    // earlier visit and left alone: that is a negative signal, sent once.
    const topics = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-pc-id]')].map((c) => [c.dataset.pcId!, c.dataset.pcTopics!.split(' ').filter(Boolean)])));
    const counts: Record<string, number> = {};
    for (const ts of Object.values(topics)) for (const t of ts) counts[t] = (counts[t] ?? 0) + 1;
    const liked = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    const likes = pageOrder.filter((id) => topics[id].includes(liked));
    const others = pageOrder.filter((id) => !topics[id].includes(liked));
    expect(likes.length).toBeGreaterThanOrEqual(4);
    expect(others.length).toBeGreaterThanOrEqual(2);
    const ignored = others.at(-1)!;
    const upvotes = papers.find((p) => p.id === ignored)!.upvotes;
    await putHistory(h, [{ id: ignored, lastSeenAt: Date.now() - 3 * 86_400_000, upvotesAtLastSeen: upvotes }]);
    await page.reload();
    await ready(page, papers.length);
    await expect.poll(async () => (await model())?.applied[ignored]).toBe('i');

    // Cold start: asked to sort, it says why it cannot yet, and leaves the page's order alone.
    await h.sw.evaluate(() => chrome.storage.local.set({ filters: { day: { sortForYou: true } } }));
    const bar = page.locator('.pc-foryou-bar');
    await expect.poll(() => bar.textContent()).toMatch(/^Not sorted by your interests yet: 1 of 5 signals so far: save, open or dismiss a few papers/);
    expect(await shownOrder(page)).toEqual(pageOrder);
    expect(await page.locator('.pc-foryou').count()).toBe(0);

    // Three saves with the save control, one dismissal with the keyboard: five signals.
    for (const id of likes.slice(0, 3)) await card(page, id).locator('button[data-pc-action="save"]').first().click();
    const dismissed = others[0];
    await page.evaluate(() => scrollTo(0, 0));
    for (let i = 0; i <= pageOrder.indexOf(dismissed); i++) await page.keyboard.press('j');
    expect(await focusedId(page)).toEqual([dismissed]);
    await page.keyboard.press('x');
    await expect.poll(async () => (await model())?.n).toBe(5);

    // Ranked: sorted in place by score, the top card marked with the terms behind it.
    await expect.poll(() => bar.textContent()).toBe('Sorted by your interests (5 signals) · show the page’s order');
    const visibleIds = pageOrder.filter((id) => id !== dismissed);
    await expect.poll(() => shownOrder(page)).not.toEqual(visibleIds);
    const sorted = await shownOrder(page);
    expect([...sorted].sort()).toEqual([...visibleIds].sort());
    const scores = await page.evaluate((ids) => ids.map((id) => Number(document.querySelector(`[data-pc-id="${id}"]`)!.getAttribute('data-pc-foryou-score'))), sorted);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]);
    // Papers of the liked topic come before the others, on average.
    const meanPos = (ids: string[]) => ids.reduce((s, id) => s + sorted.indexOf(id), 0) / ids.length;
    expect(meanPos(likes.filter((id) => sorted.includes(id)))).toBeLessThan(meanPos(others.filter((id) => sorted.includes(id))));
    const top = sorted[0];
    const mark = card(page, top).locator('.pc-foryou:visible');
    await expect(mark.textContent()).resolves.toBe('★ for you');
    const title = (await mark.getAttribute('title'))!;
    expect(title).toMatch(/^For you — matches: .+\. Click for “less like this”\.$/);
    const cardText = (await card(page, top).textContent())!.toLowerCase();
    const words = title.slice('For you — matches: '.length, title.indexOf('. Click')).split(', ').filter((t) => !t.startsWith('topic '));
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(cardText).toContain(w.slice(0, -1));

    // "Less like this" on the top card: a real negative signal, the card moves down.
    await mark.click();
    await page.getByRole('menuitem', { name: 'Less like this' }).click();
    await expect.poll(async () => (await model())?.applied[top]).toContain('l');
    await expect.poll(async () => (await shownOrder(page)).indexOf(top)).toBeGreaterThan(0);

    // Off: the page's own order comes back exactly.
    await page.locator('.pc-foryou-bar button').click();
    await expect.poll(() => shownOrder(page)).toEqual(visibleIds);
    await expect.poll(() => bar.count()).toBe(0);
    // Switched off in the options: no marks at all.
    await expect.poll(() => page.locator('.pc-foryou').count()).toBeGreaterThan(0);
    await h.sw.evaluate(() => chrome.storage.sync.set({ settings: { forYou: false } }));
    await expect.poll(() => page.locator('.pc-foryou').count()).toBe(0);
  });
});
