// Reads a papers page: its kind, its cards and each paper's data. Pure: takes a Document and a URL.
// Data comes from the page's embedded JSON first (validated item by item), the DOM second.
import * as z from 'zod/mini';
import { ARXIV_ID_RE, type PaperMeta, type ViewKind } from '../schema';
import { PAPER_HREF, sel } from './selectors';

// Only the fields we use are checked; authors are read name by name (a bad author is skipped, not the paper).
const PropsPaper = z.lazy(() => z.looseObject({
  id: z.string().check(z.regex(ARXIV_ID_RE)),
  title: z.optional(z.string()),
  authors: z.optional(z.array(z.unknown())),
  summary: z.optional(z.string()),
  ai_summary: z.optional(z.string()),
  ai_keywords: z.optional(z.array(z.string())),
  upvotes: z.optional(z.number()),
  publishedAt: z.optional(z.string()),
  submittedOnDailyAt: z.optional(z.string()),
}));
export const PropsItem = z.lazy(() => z.looseObject({ paper: PropsPaper, title: z.optional(z.string()), publishedAt: z.optional(z.string()) }));
export const ListProps = z.lazy(() => z.looseObject({
  dailyPapers: z.optional(z.array(z.unknown())),
  searchResults: z.optional(z.array(z.unknown())),
  periodType: z.optional(z.string()),
  dateString: z.optional(z.string()),
  isTrending: z.optional(z.boolean()),
  query: z.optional(z.looseObject({ q: z.optional(z.string()) })),
}));
const PaperContentProps = z.lazy(() => z.looseObject({ paper: PropsPaper }));

export interface ParsedCard {
  id: string;
  /** The card's root element (an article on list pages, the paper header on a paper page). */
  root: HTMLElement;
  /** One per copy of the card (trending cards hold a desktop and a mobile copy): where we annotate.
   *  Read on first use: only the cards drawn need them. */
  readonly copies: HTMLElement[];
  /** The title heading of each copy, where there is one (same order as copies). */
  readonly titles: HTMLElement[];
  /** The copies a reader sees while the page hides the wrappers `hidden` (a selector) matches: those
   *  whose title sits in no such wrapper of the card; every copy when that leaves none. */
  shownCopies(hidden: string): HTMLElement[];
  /** The title heading of a copy this card returned, if it has one. */
  titleOf(copy: HTMLElement): HTMLElement | undefined;
  /** What the page says about the paper: its JSON first, the DOM for what that lacks. Read on first
   *  use: a page whose papers history already knows is annotated from the cards' ids alone. */
  readonly meta: PaperMeta;
}

/** The page's JSON as read by the first card that needs it; shared by the cards of one pass. */
type PropsOnce = () => ListRead;
function propsOnce(doc: Document): PropsOnce {
  let read: ListRead | undefined;
  return () => (read ??= readListProps(doc));
}

/** A list card: the page's JSON (parsed once per page, see readListProps) is read when meta is first
 *  used, its title headings when they are first used (a long list's far cards may never need them). */
class ListCard implements ParsedCard {
  #meta: PaperMeta | undefined;
  #titles: HTMLElement[] | undefined;
  #copies: HTMLElement[] | undefined;
  constructor(
    readonly id: string,
    readonly root: HTMLElement,
    private readonly props: PropsOnce,
  ) {}
  get titles(): HTMLElement[] {
    return (this.#titles ??= titlesOf(this.root, this.id));
  }
  get copies(): HTMLElement[] {
    return (this.#copies ??= this.titles.length ? this.titles.map((h) => this.#copyOf(h)) : [this.root]);
  }
  shownCopies(hidden: string): HTMLElement[] {
    // A reader sees one copy of a card. While its copies are unread, the first title is found without
    // walking the rest of the card (on trending's wide layout it is the shown one: the desktop copy
    // comes first); only when that one is hidden are the others read.
    if (!this.#titles) {
      const first = firstTitle(this.root, this.id);
      if (first && !this.#hides(this.#copyOf(first), hidden)) return [this.#copyOf((this.#first = first))];
    }
    if (this.copies.length < 2) return this.copies;
    const out = this.copies.filter((copy) => !this.#hides(copy, hidden));
    return out.length ? out : this.copies;
  }
  titleOf(copy: HTMLElement): HTMLElement | undefined {
    if (this.#first && this.#copyOf(this.#first) === copy) return this.#first;
    return this.titles[this.copies.indexOf(copy)];
  }
  /** The title found by shownCopies before the others were read. */
  #first: HTMLElement | undefined;
  #copyOf(title: HTMLElement): HTMLElement {
    return title.parentElement ?? this.root;
  }
  /** Whether a wrapper the page hides holds this copy. Its own ancestors up to the card are fewer than the
   *  card's insides: look up, not down. */
  #hides(copy: Element, hidden: string): boolean {
    for (let n: Element | null = copy; n && n !== this.root; n = n.parentElement) if (n.matches(hidden)) return true;
    return false;
  }
  get meta(): PaperMeta {
    if (!this.#meta) {
      const fromProps = this.props().byId.get(this.id);
      // The JSON is the first source; the DOM is read only for what it lacks.
      this.#meta =
        fromProps?.title && fromProps.upvotes != null
          ? fromProps
          : { ...metaFromDom(this.id, this.root, this.titles[0] ?? null), ...stripUndefined(fromProps ?? { id: this.id }) };
    }
    return this.#meta;
  }
}

export interface ParsedPage {
  kind: ViewKind | 'other';
  /** A day list's date (YYYY-MM-DD, from its URL): the day its papers were listed. */
  day?: string;
  /** A page we should annotate: a papers list or a paper page. */
  isPapersPage: boolean;
  cards: ParsedCard[];
  /** Lists ordered by date, where "new since your last visit" makes sense. */
  dateOrdered: boolean;
  /** What was wrong with the page's JSON, if anything (we then read the DOM alone). */
  propsProblem?: string;
  /** Items of the JSON that were dropped as unreadable. */
  droppedItems: number;
  query?: string;
}

const NON_PAPER = new Set(['date', 'week', 'month', 'trending', 'index', 'submit']);

/** Where a page is: a URL, or the page's own `location` (no URL to build on every pass). */
export type PageUrl = Pick<URL, 'pathname' | 'search'>;

const HREF_PARTS = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*([^?#]*)(\?[^#]*)?/i;
/**
 * The path and query of a serialised URL, as `URL` reads them. The content script reads its page's
 * address from `document.URL`: a string, where a first touch of `location` from its world costs
 * the first pass more than the whole parse of it.
 */
export function pageUrlOf(href: string): PageUrl {
  const m = HREF_PARTS.exec(href);
  const search = m?.[2] ?? '';
  return { pathname: m?.[1] || '/', search: search.length > 1 ? search : '' };
}

/** The search query of a page URL, if any. */
const queryOf = (url: PageUrl): string | null => (url.search ? new URLSearchParams(url.search).get('q') : null);

export function kindOf(url: PageUrl): ViewKind | 'other' {
  const parts = url.pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (parts[0] !== 'papers') return 'other';
  if (queryOf(url)) return 'search';
  const sub = parts[1];
  if (!sub) return 'day';
  if (sub === 'trending') return 'trending';
  if (sub === 'date') return 'day';
  if (sub === 'week') return 'week';
  if (sub === 'month') return 'month';
  if (!NON_PAPER.has(sub) && ARXIV_ID_RE.test(sub) && parts.length === 2) return 'paper';
  return 'other';
}

export function paperIdOf(href: string | null): string | undefined {
  if (!href) return undefined;
  const m = PAPER_HREF.exec(href);
  return m ? m[1] : undefined;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function metaFromProps(p: z.infer<typeof PropsPaper>, listedDate?: string): PaperMeta {
  const authors: string[] = [];
  for (const a of p.authors ?? []) {
    const n = a && typeof a === 'object' ? (a as { name?: unknown }).name : undefined;
    if (typeof n === 'string' && n) authors.push(n);
  }
  return {
    id: p.id,
    title: p.title != null ? squash(p.title) : undefined,
    authors: p.authors ? authors : undefined,
    summary: p.ai_summary ?? p.summary,
    keywords: p.ai_keywords,
    upvotes: p.upvotes,
    publishedAt: p.publishedAt,
    listedDate: listedDate ?? p.submittedOnDailyAt?.slice(0, 10),
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optStr = (v: unknown) => v === undefined || typeof v === 'string';
const optNum = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));

/**
 * One item of the list JSON, checked by the same rules as PropsItem. The hot path of a 1,000-card
 * page: zod's interpreter costs about 0.1 ms per item in a content script, this guard a microsecond.
 * tests/unit/page-items.test.ts checks both accept and reject the same values.
 */
export function readItem(raw: unknown): z.infer<typeof PropsItem> | null {
  if (!isObj(raw) || !isObj(raw.paper) || !optStr(raw.title) || !optStr(raw.publishedAt)) return null;
  const p = raw.paper;
  if (typeof p.id !== 'string' || !ARXIV_ID_RE.test(p.id)) return null;
  if (!optStr(p.title) || !optStr(p.summary) || !optStr(p.ai_summary) || !optStr(p.publishedAt) || !optStr(p.submittedOnDailyAt)) return null;
  if (!optNum(p.upvotes)) return null;
  if (p.authors !== undefined && !Array.isArray(p.authors)) return null;
  if (p.ai_keywords !== undefined && !(Array.isArray(p.ai_keywords) && p.ai_keywords.every((k) => typeof k === 'string'))) return null;
  return raw as z.infer<typeof PropsItem>;
}

/** The list JSON's envelope, by the same rules as ListProps (see readItem for why by hand). */
export function readEnvelope(raw: unknown): z.infer<typeof ListProps> | null {
  if (!isObj(raw)) return null;
  const arr = (v: unknown) => v === undefined || Array.isArray(v);
  if (!arr(raw.dailyPapers) || !arr(raw.searchResults) || !optStr(raw.periodType) || !optStr(raw.dateString)) return null;
  if (raw.isTrending !== undefined && typeof raw.isTrending !== 'boolean') return null;
  if (raw.query !== undefined && !(isObj(raw.query) && optStr(raw.query.q))) return null;
  return raw as z.infer<typeof ListProps>;
}

function readJsonAttr(el: Element | null): { value?: unknown; problem?: string } {
  if (!el) return { problem: 'no embedded data' };
  const raw = el.getAttribute('data-props');
  if (!raw) return { problem: 'empty embedded data' };
  try {
    return { value: JSON.parse(raw) };
  } catch {
    return { problem: 'the embedded data is not valid JSON' };
  }
}

/** Items of the list JSON by id; unreadable items are counted and skipped. */
type ListRead = { byId: Map<string, PaperMeta>; problem?: string; dropped: number };
// The page re-renders often and its JSON rarely changes: parse a given string once.
const listCache = new WeakMap<Element, { raw: string; read: ListRead }>();

function readListProps(doc: Document): ListRead {
  const el = doc.querySelector(sel('listProps'));
  const raw = el?.getAttribute('data-props');
  const hit = el ? listCache.get(el) : undefined;
  if (hit && hit.raw === raw) return hit.read;
  const read = readListPropsNow(el);
  if (el && raw != null) listCache.set(el, { raw, read });
  return read;
}

function readListPropsNow(el: Element | null): ListRead {
  const byId = new Map<string, PaperMeta>();
  const { value, problem } = readJsonAttr(el);
  if (problem) return { byId, problem, dropped: 0 };
  const props = readEnvelope(value);
  if (!props) return { byId, problem: 'the embedded data has an unknown shape', dropped: 0 };
  const { dailyPapers, searchResults, periodType, dateString } = props;
  const items = searchResults ?? dailyPapers ?? [];
  const pageDate = periodType === 'day' ? dateString : undefined;
  let dropped = 0;
  for (const raw of items) {
    const item = readItem(raw);
    if (!item) {
      dropped++;
      continue;
    }
    const meta = metaFromProps(item.paper, pageDate);
    if (!meta.title && item.title) meta.title = squash(item.title);
    if (!byId.has(meta.id)) byId.set(meta.id, meta);
  }
  return { byId, dropped };
}

function upvotesFromDom(root: Element): number | undefined {
  const w = root.querySelector(sel('upvotes'));
  const text = w?.textContent ?? '';
  const m = /\d[\d,.]*\s*k?/i.exec(text);
  if (m) {
    const n = parseFloat(m[0].replace(/,/g, ''));
    return /k/i.test(m[0]) ? Math.round(n * 1000) : n;
  }
  if (w && /(^|\s)-(\s|$)/.test(text)) return 0;
  return undefined;
}

function metaFromDom(id: string, root: Element, title: Element | null): PaperMeta {
  const summary = root.querySelector(sel('summary'))?.textContent;
  const authors = Array.from(root.querySelectorAll('li[title]'), (li) => li.getAttribute('title')!).filter(Boolean);
  return {
    id,
    title: title ? squash(title.textContent ?? '') : undefined,
    summary: summary ? squash(summary) : undefined,
    authors: authors.length ? authors : undefined,
    upvotes: upvotesFromDom(root),
  };
}

/** Title headings of a card that link to its paper: one per copy. */
function titlesOf(root: Element, id: string): HTMLElement[] {
  const heading = sel('cardTitle');
  const titles: HTMLElement[] = [];
  // One query for the headings' links (a card holds far more links than headings); a title link
  // usually sits right in its heading.
  for (const a of root.querySelectorAll(`${heading} a`)) {
    const h = headingOf(a, heading);
    if (h && titles.at(-1) !== h && paperIdOf(a.getAttribute('href')) === id) titles.push(h);
  }
  return titles;
}

/** The first title heading of a card, if its link names the card's paper: the first title link found ends
 *  the walk. */
function firstTitle(root: Element, id: string): HTMLElement | undefined {
  const heading = sel('cardTitle');
  const a = root.querySelector(`${heading} a`);
  const h = a && headingOf(a, heading);
  return h && paperIdOf(a.getAttribute('href')) === id ? h : undefined;
}

/** The heading a title link sits in: usually its parent, so no walk up. */
const headingOf = (a: Element, heading: string): HTMLElement | null =>
  a.parentElement?.matches(heading) ? a.parentElement : a.closest<HTMLElement>(heading);

/** One pass over a card's paper links: the distinct papers it names. */
function idsIn(root: Element): string[] {
  const ids: string[] = [];
  let firstHref = '';
  for (const a of root.querySelectorAll(sel('paperLink'))) {
    const href = a.getAttribute('href');
    // Most of a card's links name its own paper: the same href needs no second look.
    if (!href || href === firstHref) continue;
    const id = paperIdOf(href);
    if (!id) continue;
    if (!ids.length) firstHref = href;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The paper a card names: its first paper link's (a card repeats its own link: thumbnail, title,
 * summary, comments). Reading that one link, not all of them, halves the cost of a page. A card
 * whose first link names no paper is read in full.
 */
function cardId(root: Element): string | undefined {
  const id = paperIdOf(root.querySelector(sel('paperLink'))?.getAttribute('href') ?? null);
  if (id) return id;
  const ids = idsIn(root);
  return ids.length === 1 ? ids[0] : undefined;
}

/** Articles that are cards, each with its paper; loose cards when no article names exactly one paper. */
function findCards(doc: Document): Array<{ root: HTMLElement; id: string }> {
  const roots = articles(doc);
  // Markup that wraps several papers in one article would show on the first and last ones: then
  // every article is read in full and only those naming one paper are cards.
  const wraps = roots.length > 0 && (idsIn(roots[0]!).length > 1 || idsIn(roots.at(-1)!).length > 1);
  const cards: Array<{ root: HTMLElement; id: string }> = [];
  for (const root of roots) {
    const id = wraps ? single(idsIn(root)) : cardId(root);
    if (id) cards.push({ root, id });
  }
  return cards.length ? cards : looseCards(doc);
}
const single = (ids: string[]) => (ids.length === 1 ? ids[0] : undefined);

/**
 * Every article of the page, in document order. HF renders a list's cards as siblings in one
 * container: when nothing after that container holds an article, its children are all of them, and
 * the insides of the cards (most of the page) are not walked. Any other layout is read in full.
 */
function articles(doc: Document): HTMLElement[] {
  const card = sel('card');
  const first = doc.querySelector<HTMLElement>(card);
  const list = first?.parentElement;
  if (!first || !list) return first ? [first] : [];
  for (let n: Element | null = list; n && n !== doc.documentElement; n = n.parentElement) {
    for (let s = n.nextElementSibling; s; s = s.nextElementSibling) {
      if (s.matches(card) || s.querySelector(card)) return Array.from(doc.querySelectorAll<HTMLElement>(card));
    }
  }
  const roots: HTMLElement[] = [];
  // Sibling by sibling from the first card: the list's children collection costs more to index.
  for (let e: Element | null = first; e; e = e.nextElementSibling) {
    if (e.matches(card)) roots.push(e as HTMLElement);
    else if (e.querySelector(card)) return Array.from(doc.querySelectorAll<HTMLElement>(card));
  }
  return roots;
}

/** Cards not wrapped in an article: climb from each title while the ancestor holds only that paper. */
function looseCards(doc: Document): Array<{ root: HTMLElement; id: string }> {
  const out: Array<{ root: HTMLElement; id: string }> = [];
  const main = doc.querySelector('main') ?? doc.body;
  if (!main) return out;
  for (const h of main.querySelectorAll<HTMLElement>(sel('cardTitle'))) {
    const a = h.querySelector('a');
    const id = paperIdOf(a?.getAttribute('href') ?? null);
    if (!id) continue;
    let root: HTMLElement = h;
    while (root.parentElement && root.parentElement !== main && idsIn(root.parentElement).length === 1) root = root.parentElement;
    if (root !== h && !out.some((c) => c.root === root)) out.push({ root, id });
  }
  return out;
}

/** Date-ordered by their URL alone: what the JSON's periodType/isTrending/query say of real pages. */
const DATE_ORDERED = new Set<ViewKind | 'other'>(['day', 'week', 'month']);

export function parsePage(doc: Document, url: PageUrl): ParsedPage {
  const kind = kindOf(url);
  if (kind === 'other') return { kind, isPapersPage: false, cards: [], dateOrdered: false, droppedItems: 0 };
  if (kind === 'paper') return parsePaperPage(doc, url);

  const cards: ParsedCard[] = [];
  const seen = new Set<string>();
  const props = propsOnce(doc);
  for (const { root, id } of findCards(doc)) {
    // A paper listed twice is annotated once: the first card wins.
    if (seen.has(id)) continue;
    seen.add(id);
    cards.push(new ListCard(id, root, props));
  }
  // What only the JSON tells is read when asked for (see ParsedCard.meta).
  return {
    kind,
    isPapersPage: true,
    cards,
    dateOrdered: DATE_ORDERED.has(kind),
    day: kind === 'day' ? /^\/papers\/date\/(\d{4}-\d{2}-\d{2})\/?$/.exec(url.pathname)?.[1] : undefined,
    get propsProblem() {
      return props().problem;
    },
    get droppedItems() {
      return props().dropped;
    },
    query: queryOf(url) ?? undefined,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

function parsePaperPage(doc: Document, url: PageUrl): ParsedPage {
  const id = kindOf(url) === 'paper' ? url.pathname.split('/').filter(Boolean)[1] : undefined;
  const { value, problem } = readJsonAttr(doc.querySelector(sel('paperProps')));
  const parsed = value !== undefined ? PaperContentProps.safeParse(value) : undefined;
  const h1 = doc.querySelector<HTMLElement>(sel('paperHeading'));
  const base: ParsedPage = { kind: 'paper', isPapersPage: true, cards: [], dateOrdered: false, droppedItems: 0, propsProblem: problem };
  if (!id || !h1) return base;
  let meta: PaperMeta = { id, title: squash(h1.textContent ?? '') };
  if (parsed?.success && parsed.data.paper.id === id) meta = { ...meta, ...stripUndefined(metaFromProps(parsed.data.paper)) };
  else if (value !== undefined) base.propsProblem = 'the embedded data has an unknown shape';
  const root = h1.parentElement ?? h1;
  return { ...base, cards: [{ id, root, copies: [root], titles: [h1], meta, shownCopies: () => [root], titleOf: () => h1 }] };
}
