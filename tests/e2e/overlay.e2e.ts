// The overlay in real Chromium, on every fixture view: badges from history, the save control,
// re-annotation after re-renders and in-page navigation, and bad input.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, pushState, putHistory, replaceDailyPapers, scrollThrough, type Harness } from './harness';
import { FIXTURE_URLS, fixture, fixturePapers } from '../fixtures/routes';
import { renderListPage } from '../fixtures/generate';
import { manyPapers } from '../fixtures/many-papers';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function ready(page: Page, cards?: number) {
  await page.waitForSelector('html[data-pc-status="ready"]', { state: 'attached' });
  if (cards != null) await page.waitForFunction((n) => document.documentElement.dataset.pcCards === String(n), cards);
  // Badges arrive with the history answer.
  await page.waitForFunction(() => [...document.querySelectorAll('[data-pc-id]')].every((c) => c.hasAttribute('data-pc-state')));
}

const states = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-pc-id]')].map((c) => [c.getAttribute('data-pc-id'), c.getAttribute('data-pc-state')])));

/** Cards at least half on screen now (what the seen tracker should record). */
const onScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-pc-id]')]
      .filter((c) => {
        const r = c.getBoundingClientRect();
        const visible = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
        return r.height > 0 && visible / r.height >= 0.5;
      })
      .map((c) => c.getAttribute('data-pc-id')!),
  );

const LIST_VIEWS = ['trending-real', 'trending', 'date-2026-05-21', 'date-2026-05-21-logged-in', 'week', 'month', 'search'] as const;

describe('the overlay on every list view', () => {
  for (const name of LIST_VIEWS) {
    it(`${name}: new on first visit, seen after being on screen, opened after opening, saved across reloads`, async () => {
      const url = name === 'trending-real' ? 'https://huggingface.co/papers/trending' : FIXTURE_URLS[name];
      const papers = fixturePapers(name);
      h = await launch();
      if (name !== 'trending-real') await h.route(url, fixture(name));
      const page = await h.page(url);
      await ready(page, papers.length);

      // Every card annotated exactly once, all new; every card's controls drawn once the reader
      // has scrolled by it (cards a screen or more below the viewport are drawn as they come near).
      const first = await states(page);
      expect(Object.keys(first).sort()).toEqual(papers.map((p) => p.id).sort());
      expect(new Set(Object.values(first))).toEqual(new Set(['new']));
      await scrollThrough(page);
      const visibleBadges = await page.locator('.pc-badge:visible').allTextContents();
      expect(visibleBadges.every((t) => t === 'new')).toBe(true);
      expect(await page.locator('[data-pc-id] .pc-slot:visible').count()).toBe(papers.length);

      // Cards on screen for more than a second are seen; the rest stay new.
      const looked = await onScreen(page);
      expect(looked.length).toBeGreaterThan(0);
      await page.waitForTimeout(1800);
      await page.reload();
      await ready(page, papers.length);
      const second = await states(page);
      for (const id of looked) expect(second[id], id).toBe('seen');
      const unseen = papers.map((p) => p.id).filter((id) => !looked.includes(id));
      for (const id of unseen) expect(second[id], id).toBe('new');
      await expect(page.locator(`[data-pc-id="${looked[0]}"] .pc-badge:visible`).textContent()).resolves.toBe('seen today');

      // Save the second card: the control toggles at once, storage has it, a reload keeps it.
      const target = papers[1].id;
      const save = page.locator(`[data-pc-id="${target}"] button[data-pc-action="save"]:visible`);
      await expect(save.getAttribute('aria-pressed')).resolves.toBe('false');
      await save.click();
      await expect(save.getAttribute('aria-pressed')).resolves.toBe('true');
      await page.waitForFunction((id) => document.querySelector(`[data-pc-id="${id}"]`)?.getAttribute('data-pc-saved') === 'true', target);
      await expect.poll(async () => ((await h!.storage('local')).saved as Record<string, { saved: { v: boolean } }>)?.[target]?.saved.v).toBe(true);
      await page.reload();
      await ready(page, papers.length);
      await expect(page.locator(`[data-pc-id="${target}"] button[data-pc-action="save"]:visible`).getAttribute('aria-pressed')).resolves.toBe('true');

      // Open the first card through its title: the paper page counts as opened, and so does the card.
      const opened = papers[0].id;
      await page.locator(`[data-pc-id="${opened}"] h3 a:visible`).first().click();
      await page.waitForURL(`**/papers/${opened}`);
      await page.waitForSelector('html[data-pc-status="ready"]', { state: 'attached' });
      await page.waitForSelector(`[data-pc-id="${opened}"][data-pc-state="opened"]`, { state: 'attached' });
      await page.goBack();
      await ready(page, papers.length);
      await page.waitForSelector(`[data-pc-id="${opened}"][data-pc-state="opened"]`, { state: 'attached' });
      await expect(page.locator(`[data-pc-id="${opened}"] .pc-badge:visible`).textContent()).resolves.toBe('opened');
    });
  }
});

describe('long lists', () => {
  it('a 1,200-card month: every card gets its state at once, the controls follow the reader, each card drawn once', async () => {
    const url = 'https://huggingface.co/papers/month/2026-04';
    h = await launch({ routes: { [url]: renderListPage({ kind: 'month', date: '2026-04', papers: manyPapers(1200, '2026-04') }) } });
    const page = await h.page(url);
    await ready(page, 1200);
    const drawn = () => page.evaluate(() => document.querySelectorAll('article .pc-slot').length);
    const first = await drawn();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(100);
    const last = page.locator('article').last();
    expect(await last.locator('.pc-slot').count()).toBe(0);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.locator('.pc-badge').textContent()).toBe('new');
    await last.locator('button[data-pc-action="save"]').click();
    await expect.poll(() => last.getAttribute('data-pc-saved')).toBe('true');
    // Scrolling back and forth draws what comes near, and nothing twice.
    const middle = page.locator('article').nth(600);
    await middle.scrollIntoViewIfNeeded();
    await expect.poll(() => middle.locator('.pc-slot').count()).toBe(1);
    await page.evaluate(() => scrollTo(0, 0));
    await last.scrollIntoViewIfNeeded();
    await middle.scrollIntoViewIfNeeded();
    const afterScrolling = await drawn();
    expect(afterScrolling).toBeGreaterThan(first);
    expect(afterScrolling).toBeLessThan(1200);
    expect(await page.evaluate(() => Math.max(...[...document.querySelectorAll('article')].map((a) => a.querySelectorAll('.pc-slot').length)))).toBe(1);
  });
});

describe('re-renders and navigation', () => {
  it('the real trending page: 50 cards annotated once, and again after the list is replaced', async () => {
    h = await launch();
    const page = await h.page('https://huggingface.co/papers/trending');
    await ready(page, 50);
    // Trending cards hold a desktop copy (shown from 768 px) and a mobile copy: the visible one is drawn.
    const count = () =>
      page.evaluate(() => {
        const shownCopy = (h: Element) => h.parentElement!.getClientRects().length > 0;
        const titles = [...document.querySelectorAll('article h3')];
        return {
          cards: document.querySelectorAll('article[data-pc-id]').length,
          slots: document.querySelectorAll('article .pc-slot').length,
          shownDrawn: titles.filter((h) => shownCopy(h) && h.parentElement!.querySelector('.pc-slot')).length,
          hiddenDrawn: titles.filter((h) => !shownCopy(h) && h.parentElement!.querySelector('.pc-slot')).length,
          maxSlotsPerCopy: Math.max(...titles.map((h) => h.parentElement!.querySelectorAll('.pc-slot').length)),
        };
      });
    // The first cards are drawn at once, the others as the reader scrolls near them.
    expect((await count()).shownDrawn).toBeGreaterThanOrEqual(4);
    const lastDrawn = () => page.evaluate(() => [...document.querySelectorAll('article')].at(-1)!.querySelector('.pc-slot') != null);
    expect(await lastDrawn()).toBe(false);
    await page.locator('article').last().scrollIntoViewIfNeeded();
    await expect.poll(lastDrawn).toBe(true);
    await scrollThrough(page);
    expect(await count()).toEqual({ cards: 50, slots: 50, shownDrawn: 50, hiddenDrawn: 0, maxSlotsPerCopy: 1 });
    const before = await page.evaluate(() => document.querySelector('article')!.isConnected);
    expect(before).toBe(true);
    await replaceDailyPapers(page, await page.evaluate(() => document.documentElement.outerHTML.replace(/ data-pc-[a-z-]+="[^"]*"/g, '')));
    await page.waitForFunction(() => [...document.querySelectorAll('article')].filter((a) => a.hasAttribute('data-pc-state')).length === 50);
    await ready(page, 50);
    await scrollThrough(page);
    expect(await count()).toEqual({ cards: 50, slots: 50, shownDrawn: 50, hiddenDrawn: 0, maxSlotsPerCopy: 1 });
  });

  it('trending: the mobile copy gets the same badge, save state and chips when the window narrows', async () => {
    h = await launch();
    const page = await h.page('https://huggingface.co/papers/trending');
    await ready(page, 50);
    const first = page.locator('article').first();
    await first.locator('button[data-pc-action="save"]').click();
    await expect.poll(() => first.getAttribute('data-pc-saved')).toBe('true');
    const copies = () =>
      first.evaluate((a) =>
        [...a.querySelectorAll('h3')].map((h) => {
          const slot = h.parentElement!.querySelector('.pc-slot');
          return {
            shown: h.parentElement!.getClientRects().length > 0,
            badge: slot?.querySelector('.pc-badge')?.textContent ?? null,
            saved: slot?.querySelector('button[data-pc-action="save"]')?.getAttribute('aria-pressed') ?? null,
            chips: [...(slot?.querySelectorAll('.pc-chip:not(.pc-chip--add)') ?? [])].map((c) => c.textContent),
          };
        }),
      );
    const wide = await copies();
    expect(wide.map((c) => c.shown)).toEqual([true, false]);
    expect(wide[0]).toMatchObject({ badge: 'new', saved: 'true' });
    expect(wide[0]!.chips.length).toBeGreaterThan(0);
    expect(wide[1]).toMatchObject({ badge: null, saved: null });
    await page.setViewportSize({ width: 500, height: 900 });
    await expect.poll(async () => (await copies())[1]!.badge).toBe('new');
    const narrow = await copies();
    expect(narrow.map((c) => c.shown)).toEqual([false, true]);
    expect(narrow[1]).toEqual({ ...wide[0], shown: true });
    // Both copies follow a change made on either.
    await page.locator('article').first().locator('button[data-pc-action="save"]').locator('visible=true').click();
    await expect.poll(async () => (await copies()).map((c) => c.saved)).toEqual(['false', 'false']);
    // A card far down, never drawn while wide, is drawn in its mobile copy only.
    const last = page.locator('article').last();
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.evaluate((a) => [...a.querySelectorAll('h3')].map((h) => h.parentElement!.querySelectorAll('.pc-slot').length))).toEqual([0, 1]);
  });

  it('in-page navigation to another date re-annotates with no stale badges', async () => {
    h = await launch();
    const page = await h.page(FIXTURE_URLS['date-2026-05-21']);
    const day1 = fixturePapers('date-2026-05-21');
    const day2 = fixturePapers('date-2026-05-20');
    await ready(page, day1.length);
    await pushState(page, FIXTURE_URLS['date-2026-05-20']);
    await replaceDailyPapers(page, fixture('date-2026-05-20'));
    await ready(page, day2.length);
    const ids = Object.keys(await states(page)).sort();
    expect(ids).toEqual(day2.map((p) => p.id).sort());
    expect(await page.locator('.pc-slot').count()).toBe(day2.length);
    // The page model for the new URL is fresh: the save control works there too.
    const save = page.locator(`[data-pc-id="${day2[0].id}"] button[data-pc-action="save"]`);
    await save.click();
    await expect(save.getAttribute('aria-pressed')).resolves.toBe('true');
  });
});

describe('bad input', () => {
  it('hostile titles render as text and run nothing', async () => {
    h = await launch();
    await h.route(FIXTURE_URLS.hostile, fixture('hostile'));
    const page = await h.page(FIXTURE_URLS.hostile);
    const papers = fixturePapers('hostile');
    // The page lists one paper twice: it is annotated once.
    await ready(page, new Set(papers.map((p) => p.id)).size);
    expect(await page.evaluate(() => (window as unknown as { __pcPwned?: number }).__pcPwned)).toBeUndefined();
    // Save one: its hostile title reaches storage as plain text.
    const evil = papers.find((p) => p.title.includes('<img'))!;
    await page.locator(`[data-pc-id="${evil.id}"] button[data-pc-action="save"]`).first().click();
    await expect.poll(async () => ((await h!.storage('local')).saved as Record<string, { meta: { v: { title: string } } }>)?.[evil.id]?.meta.v.title).toContain('<img');
    expect(await page.locator('.pc-slot img, .pc-slot script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pcPwned?: number }).__pcPwned)).toBeUndefined();
  });

  it('a page with broken embedded data still annotates from the DOM', async () => {
    h = await launch();
    await h.route(FIXTURE_URLS['broken-props'], fixture('broken-props'));
    const page = await h.page(FIXTURE_URLS['broken-props']);
    await ready(page, fixturePapers('broken-props').length);
    expect(await page.locator('.pc-badge').count()).toBe(fixturePapers('broken-props').length);
  });

  it('a papers page whose markup drifted says it is unrecognised and keeps working', async () => {
    h = await launch();
    await h.route(FIXTURE_URLS.unrecognised, fixture('unrecognised'));
    const page = await h.page(FIXTURE_URLS.unrecognised);
    await page.waitForSelector('html[data-pc-status="unrecognised"]', { state: 'attached' });
    expect(await page.locator('.pc-slot').count()).toBe(0);
    expect(await page.locator('h1').first().isVisible()).toBe(true);
  });
});

describe('history across lists and worker restarts', () => {
  it('a week list marks where the papers you have seen start, and counts the new ones in the header', async () => {
    h = await launch();
    // Slow the seen tracker down so this test decides what was seen.
    await h.sw.evaluate(() => chrome.storage.sync.set({ settings: { seenDwellMs: 10_000 } }));
    const url = FIXTURE_URLS.week;
    const papers = fixturePapers('week');
    const page = await h.page(url);
    await ready(page, papers.length);
    // Mark everything after the fifth card as seen two days ago, straight in the extension's database.
    const seenIds = papers.slice(5).map((p) => p.id);
    const t = Date.now() - 2 * 86_400_000;
    await putHistory(h, seenIds.map((id) => ({ id, lastSeenAt: t })));
    await page.reload();
    await ready(page, papers.length);
    await expect(page.locator('.pc-divider').textContent()).resolves.toBe('5 new since your last visit');
    const next = await page.evaluate(() => document.querySelector('.pc-divider')!.nextElementSibling!.getAttribute('data-pc-id'));
    expect(next).toBe(papers[5].id);
    await expect(page.locator('.pc-new-count').textContent()).resolves.toBe('5 new');
    await expect(page.locator(`[data-pc-id="${papers[6].id}"] .pc-badge`).first().textContent()).resolves.toBe('seen 2 d ago');
    // Trending is not date-ordered: no divider there.
    const trending = await h.page('https://huggingface.co/papers/trending');
    await ready(trending, 50);
    expect(await trending.locator('.pc-divider').count()).toBe(0);
  });

  it('saves made while the service worker restarts are not lost', async () => {
    h = await launch();
    const url = FIXTURE_URLS['date-2026-05-21'];
    const papers = fixturePapers('date-2026-05-21');
    const page = await h.page(url);
    await ready(page, papers.length);
    const cdp = await h.context.newCDPSession(page);
    const stopWorker = async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${h!.extensionId}`));
      if (sw) await cdp.send('Target.closeTarget', { targetId: sw.targetId });
    };
    const save = (id: string) => page.locator(`[data-pc-id="${id}"] button[data-pc-action="save"]`).first().click();
    await save(papers[0].id);
    await stopWorker();
    await save(papers[1].id);
    await save(papers[2].id);
    await stopWorker();
    await save(papers[3].id);
    await page.reload();
    await ready(page, papers.length);
    const pressed = await page.evaluate(() => [...document.querySelectorAll('[data-pc-saved="true"]')].map((c) => c.getAttribute('data-pc-id')));
    expect(pressed.sort()).toEqual(papers.slice(0, 4).map((p) => p.id).sort());
  });
});
