// Topic chips in real Chromium: on every view, with "why"; taxonomy edits re-tag the open page live;
// a correction from the chip menu sticks to the paper across reloads.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, scrollThrough, type Harness } from './harness';
import { FIXTURE_URLS, fixture, fixturePapers } from '../fixtures/routes';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function tagged(page: Page) {
  await page.waitForSelector('html[data-pc-status="ready"]', { state: 'attached' });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-pc-id]')].every((c) => c.hasAttribute('data-pc-topics')));
}

const topicsOf = (page: Page, id: string) => page.locator(`[data-pc-id="${id}"]`).first().getAttribute('data-pc-topics');

describe('topic chips', () => {
  for (const name of ['trending-real', 'trending', 'date-2026-05-21', 'week', 'search', 'paper'] as const) {
    it(`${name}: every card has chips with the matched terms`, async () => {
      h = await launch();
      const url = name === 'trending-real' ? 'https://huggingface.co/papers/trending' : FIXTURE_URLS[name];
      if (name !== 'trending-real') await h.route(url, fixture(name));
      const page = await h.page(url);
      await tagged(page);
      await scrollThrough(page);
      // "Why" is the chip's tooltip: point at one chip with the mouse, and at the others by their events.
      const first = page.locator('.pc-slot .pc-chip[data-pc-topic]').filter({ visible: true }).first();
      await first.hover();
      await expect.poll(() => first.getAttribute('title')).toMatch(/ — matched: /);
      await page.evaluate(() => document.querySelectorAll('.pc-chip[data-pc-topic]').forEach((b) => b.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))));
      const cards = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-pc-id]')].map((c) => {
          const slot = [...c.querySelectorAll<HTMLElement>('.pc-slot')].find((s) => s.offsetParent !== null)!;
          return {
            id: c.dataset.pcId!,
            topics: (c.dataset.pcTopics ?? '').split(' ').filter(Boolean),
            chips: [...slot.querySelectorAll<HTMLElement>('.pc-chip[data-pc-topic]')].map((b) => ({ topic: b.dataset.pcTopic!, text: b.textContent!, title: b.title })),
            text: (c.textContent ?? '').toLowerCase(),
          };
        }),
      );
      expect(cards.length).toBe(new Set(fixturePapers(name === 'trending-real' ? 'trending-real' : name).map((p) => p.id)).size);
      const covered = cards.filter((c) => c.topics.length > 0).length;
      expect(covered / cards.length).toBeGreaterThanOrEqual(0.9);
      for (const c of cards) {
        expect(c.chips.length).toBe(Math.min(3, c.topics.length));
        expect(c.chips.map((x) => x.topic)).toEqual(c.topics.slice(0, 3));
        for (const chip of c.chips) {
          expect(chip.text.length).toBeGreaterThan(0);
          expect(chip.title).toMatch(/matched: /);
        }
      }
    });
  }

  it('a taxonomy edit changes the chips on the open page without a reload', async () => {
    h = await launch();
    const page = await h.page('https://huggingface.co/papers/trending');
    await tagged(page);
    // The most common topic on the page: rename it, then hide it.
    const counts = await page.evaluate(() => {
      const n: Record<string, number> = {};
      for (const c of document.querySelectorAll<HTMLElement>('[data-pc-topics]')) for (const t of c.dataset.pcTopics!.split(' ').filter(Boolean)) n[t] = (n[t] ?? 0) + 1;
      return n;
    });
    const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    const setEdits = (edits: unknown) => h!.sw.evaluate((e) => chrome.storage.sync.set({ topicEdits: e }), edits);
    await setEdits({ v: 1, builtin: { [top]: { name: 'My renamed topic' } }, custom: [] });
    await page.waitForFunction((t) => [...document.querySelectorAll<HTMLElement>(`.pc-chip[data-pc-topic="${t}"]`)].every((b) => b.textContent === 'My renamed topic'), top);
    await setEdits({ v: 1, builtin: { [top]: { hidden: true } }, custom: [] });
    await page.waitForFunction((t) => document.querySelectorAll(`.pc-chip[data-pc-topic="${t}"]`).length === 0, top);
    expect(await page.evaluate((t) => [...document.querySelectorAll<HTMLElement>('[data-pc-topics]')].some((c) => c.dataset.pcTopics!.split(' ').includes(t)), top)).toBe(false);
  });

  it('removing a wrong chip and adding a missing one stick to the paper across reloads', async () => {
    h = await launch();
    const url = FIXTURE_URLS['date-2026-05-21'];
    const page = await h.page(url);
    await tagged(page);
    const id = fixturePapers('date-2026-05-21')[0].id;
    const before = (await topicsOf(page, id))!.split(' ');
    const wrong = before[0];
    // Open the chip's menu with the keyboard-reachable button, remove the topic.
    await page.locator(`[data-pc-id="${id}"] .pc-chip[data-pc-topic="${wrong}"]`).first().click();
    const menu = page.locator('.pc-menu[role="menu"]');
    await expect(menu.isVisible()).resolves.toBe(true);
    await menu.getByRole('menuitem', { name: /^Remove/ }).first().click();
    await page.waitForFunction(({ id, wrong }) => !document.querySelector(`[data-pc-id="${id}"]`)!.getAttribute('data-pc-topics')!.split(' ').includes(wrong), { id, wrong });
    // Add one from the "+" menu.
    await page.locator(`[data-pc-id="${id}"] .pc-chip--more`).first().click();
    const addable = await menu.getByRole('menuitem', { name: /^\+ / }).first().textContent();
    const addName = addable!.slice(2);
    await menu.getByRole('menuitem', { name: /^\+ / }).first().click();
    await page.waitForFunction(({ id, n }) => [...document.querySelectorAll(`[data-pc-id="${id}"] .pc-chip`)].some((c) => c.textContent === n), { id, n: addName });
    const after = (await topicsOf(page, id))!.split(' ');
    await page.reload();
    await tagged(page);
    expect((await topicsOf(page, id))!.split(' ')).toEqual(after);
    expect(after).not.toContain(wrong);
    // Escape closes the menu and gives focus back.
    await page.locator(`[data-pc-id="${id}"] .pc-chip--more`).first().click();
    await expect(menu.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(menu.count()).resolves.toBe(0);
  });
});
