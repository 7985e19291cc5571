// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindOf, pageUrlOf, parsePage } from '../../utils/page/parse';
import { sel } from '../../utils/page/selectors';

const REAL = readFileSync(resolve(__dirname, '../fixtures/real/hf-trending-2026-10.html'), 'utf8');

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('kindOf', () => {
  it.each([
    ['https://huggingface.co/papers', 'day'],
    ['https://huggingface.co/papers/date/2026-05-21', 'day'],
    ['https://huggingface.co/papers/week/2026-W21', 'week'],
    ['https://huggingface.co/papers/month/2026-05', 'month'],
    ['https://huggingface.co/papers/trending', 'trending'],
    ['https://huggingface.co/papers?q=quantum', 'search'],
    ['https://huggingface.co/papers/trending?q=rl', 'search'],
    ['https://huggingface.co/papers/2609.33325', 'paper'],
    ['https://huggingface.co/papers/index?arxivId=1', 'other'],
    ['https://huggingface.co/papers/submit', 'other'],
    ['https://huggingface.co/models', 'other'],
  ])('%s → %s', (url, kind) => expect(kindOf(new URL(url))).toBe(kind));
});

describe('pageUrlOf', () => {
  it('reads the path and query of an address as URL does', () => {
    const part = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '.', '-', '_', '~', '%', '/', '?', '#', '=', '&', ' ', 'é', '\\') });
    fc.assert(
      fc.property(part, part, part, (path, query, hash) => {
        const u = new URL(`https://huggingface.co/${path}?${query}#${hash}`);
        expect(pageUrlOf(u.href)).toEqual({ pathname: u.pathname, search: u.search });
      }),
    );
    for (const href of ['https://huggingface.co', 'https://huggingface.co/papers?', 'https://huggingface.co/papers#x?q=1', 'https://huggingface.co:443/papers/trending?q=rl']) {
      const u = new URL(href);
      expect(pageUrlOf(u.href)).toEqual({ pathname: u.pathname, search: u.search });
    }
  });
});

describe('parsePage on the real trending page', () => {
  const doc = load(REAL);
  const page = parsePage(doc, new URL('https://huggingface.co/papers/trending'));
  const props = JSON.parse(doc.querySelector('[data-target="DailyPapers"]')!.getAttribute('data-props')!);

  it('finds all 50 cards once each, in page order, matching the embedded JSON', () => {
    expect(page.cards).toHaveLength(50);
    expect(new Set(page.cards.map((c) => c.id)).size).toBe(50);
    expect(page.cards.map((c) => c.id).sort()).toEqual(props.dailyPapers.map((i: { paper: { id: string } }) => i.paper.id).sort());
    expect(page.propsProblem).toBeUndefined();
  });

  it('gives each card its desktop and mobile copy', () => {
    for (const c of page.cards) {
      expect(c.copies).toHaveLength(2);
      expect(c.copies[0].closest('.hidden')).not.toBeNull();
      expect(c.root.tagName).toBe('ARTICLE');
    }
  });

  it('shows the desktop copy on a wide screen and the mobile copy on a narrow one, each with its title', () => {
    for (const c of page.cards) {
      const [wide, ...moreWide] = c.shownCopies(sel('narrowOnly'));
      const [narrow, ...moreNarrow] = c.shownCopies(sel('wideOnly'));
      expect([moreWide, moreNarrow]).toEqual([[], []]);
      expect(wide.closest(sel('wideOnly'))).not.toBeNull();
      expect(narrow.closest(sel('narrowOnly'))).not.toBeNull();
      expect([c.titleOf(wide), c.titleOf(narrow)]).toEqual(c.titles);
      for (const h of c.titles) expect(h.querySelector('a')!.getAttribute('href')).toBe(`/papers/${c.id}`);
    }
    // Asked before the copies are read (the first pass): the same answers.
    for (const c of parsePage(load(REAL), new URL('https://huggingface.co/papers/trending')).cards) {
      const [wide, ...moreWide] = c.shownCopies(sel('narrowOnly'));
      expect(moreWide).toEqual([]);
      expect(wide.closest(sel('wideOnly'))).not.toBeNull();
      expect(c.titleOf(wide)).toBe(c.titles[0]);
      expect(c.shownCopies(sel('wideOnly'))).toEqual([c.copies[1]]);
    }
    for (const c of parsePage(load(REAL), new URL('https://huggingface.co/papers/trending')).cards) {
      const [narrow, ...moreNarrow] = c.shownCopies(sel('wideOnly'));
      expect(moreNarrow).toEqual([]);
      expect(narrow.closest(sel('narrowOnly'))).not.toBeNull();
      expect(c.titleOf(narrow)).toBe(c.titles[1]);
    }
    // A page that hides neither copy, or both: every copy.
    const c = page.cards[0];
    expect(c.shownCopies('.pc-nothing')).toEqual(c.copies);
    expect(c.shownCopies(`${sel('wideOnly')}, ${sel('narrowOnly')}`)).toEqual(c.copies);
  });

  it('reads data from the JSON: titles, upvotes, authors', () => {
    const first = props.dailyPapers[0].paper;
    const card = page.cards.find((c) => c.id === first.id)!;
    expect(card.meta.title).toBe(first.title.replace(/\s+/g, ' ').trim());
    expect(card.meta.upvotes).toBe(first.upvotes);
    expect(card.meta.authors?.length).toBe(first.authors.length);
    expect(page.kind).toBe('trending');
    expect(page.dateOrdered).toBe(false);
  });

  it('falls back to the DOM when the JSON is broken', () => {
    const broken = load(REAL.replace('&quot;dailyPapers&quot;:[', '&quot;dailyPapers&quot;:[['));
    const p = parsePage(broken, new URL('https://huggingface.co/papers/trending'));
    expect(p.propsProblem).toMatch(/not valid JSON/);
    expect(p.cards).toHaveLength(50);
    const dom = p.cards[0];
    expect(dom.meta.title).toBe(page.cards[0].meta.title);
    expect(dom.meta.upvotes).toBe(page.cards[0].meta.upvotes);
  });
});

describe('parsePage on odd pages', () => {
  it('skips cards without ids and duplicates, and drops unreadable JSON items', () => {
    const html = `<main><div data-target="DailyPapers" data-props='{"dailyPapers":[{"paper":{"id":"2605.00001","title":"A","upvotes":3}},{"paper":{"id":"bad"}},{"nope":1}],"periodType":"day"}'>
      <article><h3><a href="/papers/2605.00001">A</a></h3></article>
      <article><h3><a href="/papers/2605.00001">A again</a></h3></article>
      <article><h3><a href="/papers/not-an-id">x</a></h3></article>
      <article><h3><a href="/papers/2605.00002">B &lt;img src=x onerror=alert(1)&gt;</a></h3></article>
    </div></main>`;
    const p = parsePage(load(html), new URL('https://huggingface.co/papers/date/2026-05-21'));
    expect(p.cards.map((c) => c.id)).toEqual(['2605.00001', '2605.00002']);
    expect(p.droppedItems).toBe(2);
    expect(p.cards[1].meta.title).toBe('B <img src=x onerror=alert(1)>');
    expect(p.dateOrdered).toBe(true);
    expect(p.day).toBe('2026-05-21');
  });

  it('reads the page JSON only when a card\'s data is first asked for', () => {
    const doc = load(`<main><div data-target="DailyPapers" data-props='{"dailyPapers":[{"paper":{"id":"2605.00001","title":"From JSON","upvotes":3}}]}'>
      <article><h3><a href="/papers/2605.00001">From the DOM</a></h3></article></div></main>`);
    const p = parsePage(doc, new URL('https://huggingface.co/papers/trending'));
    // The JSON changes before anyone asked: the card reads what the page holds when first asked.
    doc.querySelector('[data-target]')!.setAttribute('data-props', '{"dailyPapers":[{"paper":{"id":"2605.00001","title":"Later JSON","upvotes":4}}]}');
    expect(p.cards[0].meta).toMatchObject({ title: 'Later JSON', upvotes: 4 });
    expect(p.day).toBeUndefined();
  });

  it('finds every card when the cards are not siblings in one list (grouped by day, wrapped, or after the list)', () => {
    const card = (n: number) => `<article><h3><a href="/papers/2605.0001${n}">P${n}</a></h3></article>`;
    const url = new URL('https://huggingface.co/papers/week/2026-W21');
    const ids = (html: string) => parsePage(load(html), url).cards.map((c) => c.id);
    const all = ['2605.00011', '2605.00012', '2605.00013', '2605.00014'];
    // Two day groups, each its own list.
    expect(ids(`<main><section><h2>Mon</h2><div>${card(1)}${card(2)}</div></section><section><h2>Tue</h2><div>${card(3)}${card(4)}</div></section></main>`)).toEqual(all);
    // Each card in a wrapper of its own.
    expect(ids(`<main><div>${[1, 2, 3, 4].map((n) => `<div class="item">${card(n)}</div>`).join('')}</div></main>`)).toEqual(all);
    // One more card after the list, deeper in the page.
    expect(ids(`<main><div>${card(1)}${card(2)}${card(3)}</div><footer><div>${card(4)}</div></footer></main>`)).toEqual(all);
    // One list with other elements between the cards.
    expect(ids(`<main><div>${card(1)}<hr>${card(2)}<div class="ad"></div>${card(3)}${card(4)}</div></main>`)).toEqual(all);
    // One card of the list in a wrapper of its own.
    expect(ids(`<main><div>${card(1)}${card(2)}<div class="featured">${card(3)}</div>${card(4)}</div></main>`)).toEqual(all);
  });

  it('an article wrapping several papers is no card: the papers inside it are', () => {
    const html = `<main><article class="list">
      <div class="card"><h3><a href="/papers/2605.00005">E</a></h3><a href="/papers/2605.00005#community">comments</a></div>
      <div class="card"><h3><a href="/papers/2605.00006">F</a></h3></div>
    </article></main>`;
    const p = parsePage(load(html), new URL('https://huggingface.co/papers/trending'));
    expect(p.cards.map((c) => c.id)).toEqual(['2605.00005', '2605.00006']);
    expect(p.cards[0].root.className).toBe('card');
    expect(p.cards[0].copies).toEqual([p.cards[0].titles[0]!.parentElement]);
  });

  it('a card is named by its first paper link, or by all of them when the first names none', () => {
    const html = `<main>
      <article><a href="/papers/2605.00007"><img></a><h3><a href="/papers/2605.00007">G</a></h3><a href="/papers/2605.00007#community">3</a></article>
      <article><a href="/papers/trending">trending</a><h3><a href="/papers/2605.00008">H</a></h3></article>
      <article><a href="/papers/trending">trending</a><a href="/papers/2605.00009">I</a><a href="/papers/2605.00010">J</a></article>
    </main>`;
    const p = parsePage(load(html), new URL('https://huggingface.co/papers/trending'));
    expect(p.cards.map((c) => c.id)).toEqual(['2605.00007', '2605.00008']);
    expect(p.cards.map((c) => c.titles.map((h) => h.textContent))).toEqual([['G'], ['H']]);
  });

  it('finds search results that are not wrapped in an article', () => {
    const html = `<main><section><div class="list">
      <div class="card"><div><h3><a href="/papers/2605.00003">Q <span class="highlight">quantum</span></a></h3><a href="/papers/2605.00003">abs</a></div></div>
      <div class="card"><div><h3><a href="/papers/2605.00004">R</a></h3></div></div>
    </div></section></main>`;
    const p = parsePage(load(html), new URL('https://huggingface.co/papers?q=quantum'));
    expect(p.cards.map((c) => c.id)).toEqual(['2605.00003', '2605.00004']);
    expect(p.cards[0].root.className).toBe('card');
    expect(p.cards[0].meta.title).toBe('Q quantum');
    expect(p.kind).toBe('search');
  });
});
