// @vitest-environment happy-dom
// The offline huggingface.co/papers fixtures: each page parses, its embedded props match its cards, the
// special pages are special in the way their names promise, and committed pages equal a fresh render.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureDefs, HOSTILE_STRINGS, loadSeedPapers, renderListPage, type DailyPaperItem } from '../fixtures/generate.ts';
import { THEME_SCRIPT } from '../fixtures/render-chrome.ts';
import { FIXTURE_URLS, fixture, fixturePapers, respond } from '../fixtures/routes.ts';

const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const PAPER_HREF = /^\/papers\/(\d{4}\.\d{4,5})(?:[#?].*)?$/;
const LIST_FIXTURES = ['trending-real', 'trending', 'date-2026-05-21', 'date-2026-05-20', 'date-2026-05-21-logged-in', 'week', 'month', 'search', 'hostile'];
const GENERATED_LIST_FIXTURES = LIST_FIXTURES.filter((n) => n !== 'trending-real');

interface ListProps {
  dailyPapers: DailyPaperItem[];
  searchResults?: DailyPaperItem[];
  isTrending: boolean;
  periodType?: string;
  dateString?: string;
  prevDate?: string | null;
  query: { q?: string };
  authLight?: unknown;
}

const docCache = new Map<string, Document>();
function doc(name: string): Document {
  let d = docCache.get(name);
  if (!d) {
    d = new DOMParser().parseFromString(fixture(name), 'text/html');
    docCache.set(name, d);
  }
  return d;
}

const rawProps = (d: Document, target = 'DailyPapers') => d.querySelector(`[data-target="${target}"]`)?.getAttribute('data-props') ?? '';
const props = (name: string) => JSON.parse(rawProps(doc(name))) as ListProps;
const items = (p: ListProps) => p.searchResults ?? p.dailyPapers;

/** Card = article with a /papers/<id> link; returns [article, id] in page order. */
function cards(d: Document): Array<[Element, string]> {
  const out: Array<[Element, string]> = [];
  for (const article of d.querySelectorAll('article')) {
    const ids = new Set([...article.querySelectorAll('a[href^="/papers/"]')].map((a) => PAPER_HREF.exec(a.getAttribute('href') ?? '')?.[1]).filter(Boolean));
    if (ids.size > 1) throw new Error(`article links to several papers: ${[...ids].join(', ')}`);
    const [id] = ids;
    if (id) out.push([article, id]);
  }
  return out;
}
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('list pages', () => {
  it.each(LIST_FIXTURES)('%s: props parse and their ids are exactly the card ids', (name) => {
    const d = doc(name);
    expect(d.body.classList.contains('DailyPapersPage')).toBe(true);
    const list = items(props(name));
    const cardIds = cards(d).map(([, id]) => id);
    expect(cardIds.length).toBeGreaterThan(0);
    expect(new Set(cardIds)).toEqual(new Set(list.map((it) => it.paper.id)));
    expect(cardIds).toEqual(fixturePapers(name).map((p) => p.id));
  });

  it.each(LIST_FIXTURES)('%s: card titles and upvotes agree with the props', (name) => {
    const byId = new Map(items(props(name)).map((it) => [it.paper.id, it]));
    for (const [article, id] of cards(doc(name))) {
      const title = article.querySelector(`h3 a[href="/papers/${id}"]`);
      expect(norm(title?.textContent)).toBe(norm(byId.get(id)!.paper.title));
      expect(article.textContent).toContain(byId.get(id)!.paper.upvotes > 0 ? String(byId.get(id)!.paper.upvotes) : '-');
    }
  });

  it.each(GENERATED_LIST_FIXTURES)('%s: carries the HF page skeleton', (name) => {
    const html = fixture(name);
    const d = doc(name);
    expect(html).toContain(THEME_SCRIPT);
    expect(html).toContain('<link rel="stylesheet" href="/front/build/kube-8fccf39/style.css" />');
    expect(html).toMatch(/<!--\[0-->[\s\S]*<!--\]-->/);
    for (const target of ['ClientErrorCatcher', 'DeviceProvider', 'SystemThemeMonitor', 'MainHeader', 'SSOBanner', 'DailyPapersBannerSubscribe', 'DailyPapers', 'ThemeSwitcher']) {
      expect(d.querySelector(`div.SVELTE_HYDRATER.contents[data-target="${target}"]`), target).not.toBeNull();
    }
    expect(d.querySelector('main > [data-target="DailyPapers"]')).not.toBeNull();
    expect(d.querySelector('header')).not.toBeNull();
    expect(norm(d.querySelector('h1')?.textContent)).toBe(name === 'trending' ? 'Trending Papers' : 'Daily Papers');
    expect([...d.querySelectorAll('ul.flex.gap-1 button')].map((b) => norm(b.textContent))).toEqual(['Daily', 'Weekly', 'Monthly']);
    expect(d.querySelector('input[type="search"][name="daily-papers-search"]')).not.toBeNull();
    // Only the inline theme script; nothing in the body executes.
    expect(d.querySelectorAll('script').length).toBe(1);
    expect(html).toContain('&quot;dailyPapers&quot;:[');
  });

  it('trending cards have a desktop and a mobile copy of title, upvote box and arXiv button', () => {
    for (const name of ['trending', 'trending-real']) {
      const p = props(name);
      expect(p.isTrending).toBe(true);
      for (const [article, id] of cards(doc(name))) {
        const desktop = article.querySelectorAll(':scope > div.hidden.md\\:flex');
        const mobile = article.querySelectorAll(':scope > div.flex.md\\:hidden');
        expect(desktop.length).toBe(1);
        expect(mobile.length).toBe(1);
        for (const copy of [desktop[0], mobile[0]]) {
          expect(copy.querySelector(`h3 > a[href="/papers/${id}"]`)).not.toBeNull();
          expect(copy.querySelector(`a[href="/login?next=%2Fpapers%2F${id}"] [role="checkbox"] input[disabled]`)).not.toBeNull();
          expect(copy.querySelector(`a[href="https://arxiv.org/abs/${id}"]`)).not.toBeNull();
        }
      }
    }
    expect(cards(doc('trending')).length).toBe(12);
  });

  it('generated trending varies like the real page: org chip vs author list, GitHub or not, submitter or not, AI summary or not', () => {
    const list = props('trending').dailyPapers;
    const has = (f: (it: DailyPaperItem) => boolean) => [list.some(f), list.some((it) => !f(it))];
    expect(has((it) => !!it.organization)).toEqual([true, true]);
    expect(has((it) => !!it.paper.githubRepo)).toEqual([true, true]);
    expect(has((it) => !!it.submittedBy)).toEqual([true, true]);
    expect(has((it) => !!it.paper.ai_summary)).toEqual([true, true]);
    const d = doc('trending');
    expect(d.querySelectorAll('article a.inline-flex.rounded-full[href^="/"] img').length).toBeGreaterThan(0);
    expect([...d.querySelectorAll('article ul li span')].some((s) => /^\d+ authors?$/.test(norm(s.textContent)))).toBe(true);
  });

  it('some titles carry a literal "\\n  " in the props, like old arXiv metadata', () => {
    const all = ['date-2026-05-21', 'date-2026-05-20', 'week', 'month', 'trending'].flatMap((n) => items(props(n)));
    expect(all.some((it) => it.paper.title.includes('\n  ') && it.title.includes('\n  '))).toBe(true);
  });

  it('day pages: period props, grid layout, two different days', () => {
    const d21 = props('date-2026-05-21');
    const d20 = props('date-2026-05-20');
    expect(d21).toMatchObject({ periodType: 'day', dateString: '2026-05-21', prevDate: '2026-05-20', isTrending: false, query: {} });
    expect(d20).toMatchObject({ periodType: 'day', dateString: '2026-05-20', prevDate: '2026-05-19', isTrending: false });
    const ids21 = new Set(d21.dailyPapers.map((it) => it.paper.id));
    expect(d20.dailyPapers.some((it) => ids21.has(it.paper.id))).toBe(false);
    expect(doc('date-2026-05-21').querySelector('div.grid.md\\:grid-cols-2.xl\\:grid-cols-3 > article')).not.toBeNull();
    // Logged out: the upvote box is a login link around a disabled checkbox.
    for (const [article, id] of cards(doc('date-2026-05-21'))) {
      expect(article.querySelector(`a[href="/login?next=%2Fpapers%2F${id}"] > div[role="checkbox"] > input[disabled]`)).not.toBeNull();
      expect(article.querySelector('label')).toBeNull();
    }
  });

  it('week and month contain the days they span', () => {
    const week = new Set(props('week').dailyPapers.map((it) => it.paper.id));
    const month = new Set(props('month').dailyPapers.map((it) => it.paper.id));
    for (const name of ['date-2026-05-21', 'date-2026-05-20']) for (const it of props(name).dailyPapers) expect(week.has(it.paper.id)).toBe(true);
    for (const id of week) expect(month.has(id)).toBe(true);
    expect(week.size).toBeGreaterThan(props('date-2026-05-21').dailyPapers.length + props('date-2026-05-20').dailyPapers.length);
    expect(month.size).toBeGreaterThan(week.size);
    expect(props('week')).toMatchObject({ periodType: 'week', dateString: '2026-W21' });
    expect(props('month')).toMatchObject({ periodType: 'month', dateString: '2026-05' });
  });

  it('logged-in twin: same papers, enabled <label> checkboxes with the count, a user in the header', () => {
    const p = props('date-2026-05-21-logged-in');
    expect(p.dailyPapers.map((it) => it.paper.id)).toEqual(props('date-2026-05-21').dailyPapers.map((it) => it.paper.id));
    expect(p.authLight).toBeTruthy();
    const byId = new Map(p.dailyPapers.map((it) => [it.paper.id, it]));
    let checked = 0;
    for (const [article, id] of cards(doc('date-2026-05-21-logged-in'))) {
      const label = article.querySelector('label');
      const box = label?.querySelector('input[type="checkbox"]') as HTMLInputElement | null;
      expect(box).not.toBeNull();
      expect(box!.disabled).toBe(false);
      expect(norm(label!.querySelector('div.leading-none')?.textContent)).toBe(String(byId.get(id)!.paper.upvotes));
      expect(box!.checked).toBe(byId.get(id)!.upvoted);
      if (box!.checked) checked++;
      expect(article.querySelector('a[href^="/login"]')).toBeNull();
    }
    expect(checked).toBe(2);
    const header = doc('date-2026-05-21-logged-in').querySelector('header')!;
    expect(header.querySelector('a[href="/login"]')).toBeNull();
    expect(header.textContent).toContain('pc-tester');
    expect(doc('date-2026-05-21').querySelector('header a[href="/login"]')).not.toBeNull();
  });

  it('search: query + searchResults in props, highlighted titles, "-" for a paper without upvotes', () => {
    const p = props('search');
    expect(p.query).toEqual({ q: 'quantum' });
    expect(p.searchResults!.length).toBeGreaterThan(5);
    expect(p.dailyPapers.length).toBeGreaterThan(0); // the period's list is embedded too
    const byId = new Map(p.searchResults!.map((it) => [it.paper.id, it]));
    let highlighted = 0;
    let dash = 0;
    for (const [article, id] of cards(doc('search'))) {
      const title = article.querySelector(`h3 > a[href="/papers/${id}"]`)!;
      const spans = [...title.querySelectorAll('span.highlight')];
      if (/quantum/i.test(byId.get(id)!.paper.title)) {
        expect(spans.length).toBeGreaterThan(0);
        for (const s of spans) expect(s.textContent!.toLowerCase()).toBe('quantum');
        highlighted++;
      } else {
        expect(spans.length).toBe(0);
      }
      const count = norm(article.querySelector('[role="checkbox"] .leading-none')?.textContent);
      if (count === '-') {
        expect(byId.get(id)!.paper.upvotes).toBe(0);
        dash++;
      }
    }
    expect(highlighted).toBeGreaterThan(3);
    expect(dash).toBeGreaterThan(0);
  });
});

describe('special pages', () => {
  it('broken-props: data-props is truncated JSON while the cards are intact', () => {
    const d = doc('broken-props');
    const raw = rawProps(d);
    expect(raw.startsWith('{"canSubmit"') || raw.startsWith('{"authLight"')).toBe(true);
    expect(() => JSON.parse(raw)).toThrow();
    const ids = cards(d).map(([, id]) => id);
    expect(ids.length).toBe(12);
    expect(ids).toEqual(fixturePapers('broken-props').map((p) => p.id));
    expect(d.body.classList.contains('DailyPapersPage')).toBe(true);
  });

  it('unrecognised: a papers page whose list has no article card with a /papers/<id> link', () => {
    const d = doc('unrecognised');
    expect(d.body.classList.contains('DailyPapersPage')).toBe(true);
    expect(d.querySelector('[data-target="DailyPapers"]')).not.toBeNull();
    expect(cards(d)).toEqual([]);
    expect([...d.querySelectorAll('a[href]')].some((a) => PAPER_HREF.test(a.getAttribute('href')!))).toBe(false);
    expect(d.querySelectorAll('li[data-href^="/papers/"]').length).toBe(fixturePapers('unrecognised').length);
    expect(props('unrecognised').dailyPapers.length).toBe(10);
  });

  it('hostile: hostile strings survive in props and text but never become markup', () => {
    const html = fixture('hostile');
    const d = doc('hostile');
    const p = props('hostile');
    const json = JSON.stringify(p);
    for (const s of Object.values(HOSTILE_STRINGS)) expect(json).toContain(JSON.stringify(s).slice(1, -1));
    // The raw strings never appear unescaped in the file.
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>window.__pcPwned');
    expect(html).not.toContain('<svg onload');
    expect(d.querySelectorAll('script').length).toBe(1);
    expect(d.querySelector('img[src="x"], svg[onload], [onerror*="__pcPwned"], [onload*="__pcPwned"]')).toBeNull();
    // ...and read back as text.
    const titles = cards(d).map(([a, id]) => norm(a.querySelector(`h3 a[href="/papers/${id}"]`)?.textContent));
    expect(titles.some((t) => t.startsWith(HOSTILE_STRINGS.imgOnerror))).toBe(true);
    expect(titles.some((t) => t.startsWith(HOSTILE_STRINGS.scriptBreak))).toBe(true);
    expect(titles).toContain(HOSTILE_STRINGS.rtl);
    expect(titles.some((t) => t.length === 2000)).toBe(true);
    const authorTitles = [...d.querySelectorAll('article ul > li[title]')].map((li) => li.getAttribute('title'));
    expect(authorTitles).toContain(HOSTILE_STRINGS.hebrew);
    expect(authorTitles).toContain(HOSTILE_STRINGS.imgOnerror);
    expect(authorTitles).toContain(HOSTILE_STRINGS.scriptBreak);
    // A duplicate card and a card without a paper link.
    const ids = cards(d).map(([, id]) => id);
    expect(ids.length - new Set(ids).size).toBe(1);
    const articles = [...d.querySelectorAll('article')];
    expect(articles.length).toBe(ids.length + 1);
    expect(articles.some((a) => ![...a.querySelectorAll('a[href]')].some((l) => PAPER_HREF.test(l.getAttribute('href')!)))).toBe(true);
  });
});

describe('paper pages', () => {
  const names = Object.keys(FIXTURE_URLS).filter((n) => n.startsWith('paper-'));
  it('there are at least three', () => expect(names.length).toBeGreaterThanOrEqual(3));
  it.each(names)('%s: PaperContent props, title, abstract, arXiv link and two comments', (name) => {
    const d = doc(name);
    const p = JSON.parse(rawProps(d, 'PaperContent')) as { paper: DailyPaperItem['paper']; comments: Array<{ id: string }> } & Record<string, unknown>;
    for (const key of ['paper', 'comments', 'upvoted', 'upvoters', 'dailyPaperRank', 'markdownContentUrl', 'canSubmit', 'query']) expect(p).toHaveProperty(key);
    const id = name.slice('paper-'.length);
    expect(p.paper.id).toBe(id);
    expect(norm(d.querySelector('h1')?.textContent)).toBe(norm(p.paper.title));
    const h2 = d.querySelector('h2')!;
    expect(norm(h2.textContent)).toBe('Abstract');
    expect(norm(h2.nextElementSibling?.textContent)).toBe(norm(p.paper.summary));
    const arxiv = [...d.querySelectorAll('a')].find((a) => norm(a.textContent) === 'View arXiv page');
    expect(arxiv?.getAttribute('href')).toBe(`https://arxiv.org/abs/${id}`);
    expect(d.querySelector('h3#community')).not.toBeNull();
    const comments = [...d.querySelectorAll('div.scroll-mt-4[id]')].map((c) => c.id);
    expect(comments).toEqual(p.comments.map((c) => c.id));
    expect(comments.length).toBe(2);
  });
});

describe('generator and routes', () => {
  it.each(fixtureDefs().filter((d) => d.name !== 'trending-real' && d.name !== 'paper'))('$file equals a fresh render (run `npm run fixtures` after changing the generator)', (def) => {
    const committed = readFileSync(join(FIXTURES_DIR, 'pages', def.file), 'utf8');
    expect(committed === def.render()).toBe(true);
  });

  it('the real page copy is byte-identical to the saved original', () => {
    const bytes = readFileSync(join(FIXTURES_DIR, 'real', 'hf-trending-2026-10.html'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('0739791f3771d7503893760d53a0bb5ec6fd86738c4e3009f7a56c81f464c545');
  });

  it('hf.css was built from the pages, light and dark', () => {
    const css = readFileSync(join(FIXTURES_DIR, 'pages', 'hf.css'), 'utf8');
    for (const cls of ['.md\\:flex', '.md\\:hidden', '.xl\\:grid-cols-3', '.line-clamp-2', '.from-gray-50-to-white', '.shadow-alternate', '.btn']) expect(css).toContain(cls);
    expect(css).toMatch(/\.dark\\:bg-gray-950:where\(\.dark,\.dark \*\)/);
  });

  it('renders a 1,000-card page in memory with matching props', () => {
    const seeds = loadSeedPapers();
    const papers = Array.from({ length: 1000 }, (_, i) => ({ ...seeds[i % seeds.length], id: `2605.${String(10000 + i)}` }));
    const html = renderListPage({ kind: 'day', papers, date: '2026-05-21' });
    expect(html.match(/<article /g)?.length).toBe(1000);
    const raw = /data-target="DailyPapers" data-props="([^"]*)"/.exec(html)![1];
    const parsed = JSON.parse(new DOMParser().parseFromString(`<p title="${raw}"></p>`, 'text/html').querySelector('p')!.getAttribute('title')!) as ListProps;
    expect(parsed.dailyPapers.length).toBe(1000);
  });

  it('respond(): the URL table', () => {
    const r = (path: string) => respond(`https://huggingface.co${path}`, { redirects: 'http' });
    expect(r('/papers')).toMatchObject({ status: 302, headers: { location: '/papers/date/2026-05-21' } });
    // Default: a browser-followable redirect page (Playwright does not route a fulfilled 3xx's target).
    const meta = respond('https://huggingface.co/papers');
    expect(meta).toMatchObject({ status: 200, headers: { location: '/papers/date/2026-05-21', 'x-fixture-status': '302' } });
    expect(String(meta.body)).toContain('<meta http-equiv="refresh" content="0; url=/papers/date/2026-05-21"/>');
    expect(r('/papers/date/2026-05-21').body).toBe(fixture('date-2026-05-21'));
    expect(r('/papers/date/2026-05-20').body).toBe(fixture('date-2026-05-20'));
    expect(r('/papers/date/2030-01-01')).toMatchObject({ status: 302, headers: { location: '/papers/date/2026-05-21' } });
    expect(r('/papers/week/2026-W21').body).toBe(fixture('week'));
    expect(r('/papers/month/2026-05').body).toBe(fixture('month'));
    expect(r('/papers/trending').body).toBe(fixture('trending-real'));
    expect(r('/papers?q=quantum').body).toBe(fixture('search'));
    expect(r('/papers/month/2026-05?q=anything').body).toBe(fixture('search'));
    expect(r('/papers/9999.99999')).toMatchObject({ status: 302, headers: { location: '/papers/index?arxivId=9999.99999' } });
    expect(r('/front/build/kube-8fccf39/style.css').headers['content-type']).toMatch(/^text\/css/);
    expect(r('/avatars/abc.svg').headers['content-type']).toBe('image/svg+xml');
    expect(respond('https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2605.18042.png').headers['content-type']).toBe('image/svg+xml');
    expect(r('/models').status).toBe(404);
    expect(respond('https://example.com/papers').status).toBe(404);
  });

  it('respond(): a paper page for every id on every fixture, the real page included', () => {
    const ids = new Set(['trending-real', 'week', 'month', 'search', 'trending', 'hostile'].flatMap((n) => fixturePapers(n).map((p) => p.id)));
    expect(ids.size).toBeGreaterThan(100);
    for (const id of ids) {
      const res = respond(`https://huggingface.co/papers/${id}`);
      expect(res.status, id).toBe(200);
      expect(String(res.body)).toContain('data-target="PaperContent"');
    }
    const real = fixturePapers('trending-real')[0];
    const d = new DOMParser().parseFromString(String(respond(`https://huggingface.co/papers/${real.id}`).body), 'text/html');
    expect(norm(d.querySelector('h1')?.textContent)).toBe(norm(real.title));
  });
});
