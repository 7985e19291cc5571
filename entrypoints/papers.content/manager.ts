// The manager: finds cards, gives each one our slots once, and runs the features. It re-scans on
// DOM changes and in-page navigation (observers, no polling); a URL change aborts the old view's
// features and starts fresh ones. Every feature runs in its own try/catch.
import { pageUrlOf, parsePage, type ParsedCard, type ParsedPage } from '../../utils/page/parse';
import { sel, WIDE_MEDIA } from '../../utils/page/selectors';
import { request } from '../../utils/messages';
import { filtersFor, filtersItem, parseSettings, savedItem, settingsItem } from '../../utils/storage';
import { isSaved, parseSavedState } from '../../utils/saved/model';
import type { PaperMeta, PaperStatus, Settings, ViewKind } from '../../utils/schema';
import type { SavedState } from '../../utils/saved/model';
import { el } from './dom';
import { timed } from './perf';
import { Hub, type CardView, type PageEvents, type PageModel } from './page-model';

/** Cards annotated per task: a 1,000-card month in one pass (≈ 15–20 ms here, the controls of most
 *  cards are drawn later, see EAGER_DRAW); longer lists go in several tasks. */
const CHUNK = 1000;
/** Cards whose controls are drawn in the first pass: more than any screen shows at once. The rest
 *  are drawn as they come within a screen of the viewport; their state attributes are set at once. */
const EAGER_DRAW = 12;

export interface Feature {
  name: string;
  /** Reads what the feature needs before the first pass (in parallel with the others), so each
   *  chunk of cards is drawn whole in one task. */
  load?(): Promise<void>;
  init(signal: AbortSignal, page: PageModel): void;
}

interface Shared {
  saved: SavedState;
  settings: Settings;
  filtersRaw: unknown;
}

export function startManager(features: Feature[], lifetime: AbortSignal): { scan(): void; current(): PageModel | undefined } {
  let page: PageModel | undefined;
  let pageAbort: AbortController | undefined;
  let scheduled = false;
  /** Bumped by every scan: a chunk of an older scan stops when a newer one started. */
  let generation = 0;
  let shared: Shared | undefined;
  const html = document.documentElement;
  /** Whether trending cards show their desktop copy (see shown()). */
  const wide = matchMedia(WIDE_MEDIA);

  const observer = new MutationObserver((records) => {
    // Ignore our own writes: only page changes re-trigger a scan.
    for (const r of records) {
      if (isOurs(r.target)) continue;
      for (const n of r.addedNodes) if (!isOurs(n)) return changed();
      for (const n of r.removedNodes) if (!isOurs(n)) return changed();
    }
  });
  function changed() {
    early = undefined;
    schedule();
  }

  function schedule() {
    if (scheduled || lifetime.aborted) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      scan();
    });
  }

  // Draws a card's controls once it comes within a screen of the viewport. The card root is watched,
  // not its copies: the page renders a card's insides only near the viewport (content-visibility).
  // One for the tab: a page view's cards are unobserved when the view ends.
  const near = new IntersectionObserver(
    (entries) => {
      const p = page;
      if (!p) return;
      const cards: CardView[] = [];
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const id = e.target.getAttribute('data-pc-id');
        const card = id ? p.cards.get(id) : undefined;
        if (card?.root === e.target) cards.push(card);
      }
      if (cards.length) p.draw(cards);
    },
    { rootMargin: '100% 0px' },
  );

  /** Ends the page view: its features' listeners and cleanups (PageModel.hub), its watched cards. */
  function endPage() {
    pageAbort?.abort();
    page?.hub.end();
    near.disconnect();
  }

  function newPage(url: string, kind: ViewKind): PageModel {
    endPage();
    pageAbort = new AbortController();
    const signal = pageAbort.signal;
    const p: PageModel = {
      url,
      kind,
      parsed: undefined as never,
      cards: new Map(),
      saved: shared!.saved,
      settings: shared!.settings,
      filters: filtersFor(shared!.filtersRaw, kind),
      hub: new Hub<PageEvents>(signal),
      hidden: 0,
      startedAt: Date.now(),
      near,
      draw: (cards) => {
        if (p === page) timed('pc:draw', () => drawNow(p, shownCopies(cards)));
      },
    };
    for (const f of features) {
      try {
        f.init(signal, p);
      } catch (err) {
        console.error(`[Papers Companion] feature ${f.name} failed to start`, err);
      }
    }
    return p;
  }

  function scan() {
    if (!shared || lifetime.aborted) return;
    timed('pc:scan', scanNow);
  }

  function scanNow() {
    const url = document.URL;
    // The first look at the page (made while storage was read) holds while the page has not changed.
    const parsed = early?.url === url ? early.parsed : parsePage(document, pageUrlOf(url));
    early = undefined;
    if (!parsed.isPapersPage || parsed.kind === 'other') {
      endPage();
      page = undefined;
      html.removeAttribute('data-pc-status');
      html.removeAttribute('data-pc-cards');
      return;
    }
    if (!page || page.url !== url) page = newPage(url, parsed.kind as ViewKind);
    page.parsed = parsed;

    const live = new Set(parsed.cards.map((c) => c.id));
    // Cards that left the page (re-render, navigation within the same URL) are forgotten.
    for (const id of [...page.cards.keys()]) if (!live.has(id)) page.cards.delete(id);
    const todo = parsed.cards.filter((c) => {
      const known = page!.cards.get(c.id);
      if (!known || known.root !== c.root) return true;
      // Not drawn yet: its copies are read when it is. Drawn: again if the page rebuilt its insides.
      if (!known.slots.length) return false;
      return known.copies.length !== c.copies.length || !known.copies.every((x, i) => x === c.copies[i]) || !known.slots.every((s) => s.isConnected);
    });
    const status = parsed.cards.length || !expectsCards(parsed) ? 'ready' : 'unrecognised';
    const run = ++generation;
    const p = page;
    html.setAttribute('data-pc-cards', String(p.cards.size));
    if (!todo.length) {
      html.setAttribute('data-pc-status', status);
      return;
    }
    // Long lists go in chunks, one task each, so no task grows long enough to be felt. Each chunk is
    // drawn whole (slots, save controls, badges, chips) once its history answer is in: the page is
    // laid out once per chunk, not once for our slots and again for the badges.
    const chunks: ParsedCard[][] = [];
    for (let i = 0; i < todo.length; i += CHUNK) chunks.push(todo.slice(i, i + CHUNK));
    let drawn = 0;
    chunks.forEach((chunk) => {
      lookup(chunk, parsed.day)
        .catch((err) => {
          console.warn('[Papers Companion] history is unavailable; badges are off for now', err);
          return undefined;
        })
        .then((statuses) =>
          timed('pc:scan', () => {
            if (run !== generation || p !== page) return;
            const fresh = chunk.map((c) => {
              const view = adopt(c, p.cards.get(c.id), isSaved(p.saved[c.id]));
              p.cards.set(c.id, view);
              return view;
            });
            p.hub.emit('cards', fresh);
            if (statuses) {
              applyStatuses(p, fresh, statuses);
              p.hub.emit('statuses', fresh);
            }
            const eager = drawn === 0 ? fresh.slice(0, EAGER_DRAW) : [];
            drawNow(p, shownCopies(eager));
            for (const c of fresh.slice(eager.length)) {
              c.near = true;
              p.near.observe(c.root);
            }
            if (++drawn === chunks.length) html.setAttribute('data-pc-status', status);
            html.setAttribute('data-pc-cards', String(p.cards.size));
          }),
        );
    });
  }

  /**
   * Asks the background about these papers, unless an early request already did. Ids go first (a
   * 1,000-card page's abstracts cost the page tens of ms to send); the full data follows only for the
   * papers history has no text for yet.
   */
  async function lookup(cards: ParsedCard[], day: string | undefined): Promise<PaperStatus[]> {
    const asked = prefetched;
    prefetched = undefined;
    const ids = cards.map((c) => c.id);
    const first = asked && asked.ids === ids.join(' ') ? await asked.answer : await request('history.listed', { papers: idsOnly(ids, day) });
    if (!first.some((s) => s.needsText)) return first;
    const byId = new Map(cards.map((c) => [c.id, c]));
    // Reading a card's meta parses the page's JSON: only for papers history has no text for.
    let missing: PaperMeta[] = [];
    timed('pc:scan', () => (missing = first.map((s) => (s.needsText ? byId.get(s.id)?.meta : undefined)).filter(hasText)));
    if (!missing.length) return first;
    const second = new Map((await request('history.listed', { papers: missing })).map((s) => [s.id, s]));
    return first.map((s) => second.get(s.id) ?? s);
  }

  /** The copies of a card the reader can see: trending's desktop copy on a wide screen, its mobile
   *  copy on a narrow one; every copy when the page does not say. */
  const shownCopies = (cards: CardView[]) => {
    // Once per pass: each read of the media query costs as much as finding a card's title.
    const hidden = sel(wide.matches ? 'narrowOnly' : 'wideOnly');
    return new Map(cards.map((c) => [c, c.shownCopies(hidden)]));
  };

  /** Draws the controls (badge, save, chips…) into these copies of the cards, each copy once. */
  function drawNow(p: PageModel, want: Map<CardView, HTMLElement[]>) {
    const todo: CardView[] = [];
    // Features fill the slots while they are detached (no style work per write); one insert each.
    const inserts: Array<() => void> = [];
    for (const [c, copies] of want) {
      if (p.cards.get(c.id) !== c || !c.root.isConnected) continue;
      const before = c.slots.length;
      for (const copy of copies) {
        if (c.drawnCopies.includes(copy)) continue;
        c.slots.push(makeSlot(c, copy, inserts));
        c.drawnCopies.push(copy);
      }
      if (c.slots.length === before) continue;
      // The first dozen are drawn before they are ever watched: no call for them.
      if (!before && c.near) {
        c.near = false;
        p.near.unobserve(c.root);
      }
      todo.push(c);
    }
    if (!todo.length) return;
    p.hub.emit('draw', todo);
    for (const insert of inserts) insert();
  }

  function applyStatuses(p: PageModel, cards: CardView[], statuses: PaperStatus[]) {
    const byId = new Map(statuses.map((s) => [s.id, s]));
    for (const c of cards) {
      const s = byId.get(c.id);
      if (!s) continue;
      // Being on a paper's own page is opening it, whatever the record said a moment ago.
      c.status = p.kind === 'paper' && s.state !== 'opened' ? { ...s, state: 'opened', openedAt: p.startedAt } : s;
    }
  }

  async function loadShared(): Promise<Shared> {
    const [saved, settings, filtersRaw] = await Promise.all([savedItem.getValue(), settingsItem.getValue(), filtersItem.getValue()]);
    return { saved: parseSavedState(saved).state, settings: parseSettings(settings), filtersRaw };
  }

  // Storage changes reach the live page view at once (popup edits, other tabs, sync).
  const unwatch = [
    savedItem.watch((v) => timed('pc:storage:saved', () => {
      if (!shared) return;
      shared.saved = parseSavedState(v).state;
      if (page) page.hub.emit('saved', (page.saved = shared.saved));
    })),
    settingsItem.watch((v) => timed('pc:storage:settings', () => {
      if (!shared) return;
      shared.settings = parseSettings(v);
      if (page) page.hub.emit('settings', (page.settings = shared.settings));
    })),
    filtersItem.watch((v) => timed('pc:storage:filters', () => {
      if (!shared) return;
      shared.filtersRaw = v;
      if (page) page.hub.emit('filters', (page.filters = filtersFor(v, page.kind)));
    })),
  ];

  // The round trip to the background overlaps with reading storage: read the cards and ask about
  // their papers now (ids only; see lookup).
  let prefetched: { ids: string; answer: Promise<PaperStatus[]> } | undefined;
  let early: { url: string; parsed: ParsedPage } | undefined;
  timed('pc:scan', () => {
    try {
      const url = document.URL;
      const parsed = parsePage(document, pageUrlOf(url));
      if (!parsed.isPapersPage || !parsed.cards.length) return;
      early = { url, parsed };
      const ids = parsed.cards.slice(0, CHUNK).map((c) => c.id);
      const answer = request('history.listed', { papers: idsOnly(ids, parsed.day) });
      answer.catch(() => undefined);
      prefetched = { ids: ids.join(' '), answer };
    } catch (err) {
      console.warn('[Papers Companion]', err);
    }
  });
  // Any change to the page before the first pass makes that first look stale.
  observer.observe(document.body ?? html, { childList: true, subtree: true });

  const loads = features.map((f) =>
    f.load?.().catch((err) => console.error(`[Papers Companion] feature ${f.name} could not load its data`, err)),
  );
  void Promise.all([loadShared(), ...loads]).then(([s]) => {
    shared = s;
    scan();
  });

  // The other copy of trending cards shows when the window crosses the breakpoint: drawn cards get it
  // drawn with the same state (the others are drawn in the shown copy as they come near).
  wide.addEventListener('change', () => page?.draw([...page.cards.values()].filter((c) => c.slots.length)), { signal: lifetime });

  // The page's events reach the current view's features through its hub: one listener per type for the
  // tab, not one per feature and page view (each costs the first pass of a page more than a hub entry).
  for (const [type, target, options] of DOM_EVENTS) {
    target.addEventListener(type, (e) => page?.hub.emit(type, e as never), { ...options, signal: lifetime });
  }

  // In-page navigation: the Navigation API where there is one, history events otherwise.
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', schedule, { signal: lifetime });
  window.addEventListener('popstate', schedule, { signal: lifetime });

  lifetime.addEventListener('abort', () => {
    observer.disconnect();
    endPage();
    unwatch.forEach((u) => u());
  });

  return { scan, current: () => page };
}

/** The page events relayed to features (PageEvents): clicks and keys in the capture phase, so a
 *  feature sees them before the page's own handlers do. */
const DOM_EVENTS: Array<[keyof PageEvents & keyof WindowEventMap, EventTarget, AddEventListenerOptions]> = [
  ['click', document, { capture: true }],
  ['auxclick', document, { capture: true }],
  ['keydown', document, { capture: true }],
  ['pointerover', document, { passive: true }],
  ['focusin', document, {}],
  ['pagehide', window, {}],
];

/** What the background needs of papers it knows: their ids (and a day list's date, for new listings). */
const idsOnly = (ids: string[], day: string | undefined): PaperMeta[] => ids.map((id) => (day ? { id, listedDate: day } : { id }));
const hasText = (m: PaperMeta | undefined): m is PaperMeta => !!m && (!!m.title || !!m.summary);

function isOurs(n: Node): boolean {
  const e = n.nodeType === 1 ? (n as Element) : n.parentElement;
  return !!e && (e.classList.contains('pc-slot') || e.closest('.pc-slot, .pc-ui') != null || e.classList.contains('pc-ui'));
}

/** A list whose JSON names papers, or a paper page, must yield cards; an empty day need not. */
function expectsCards(parsed: ReturnType<typeof parsePage>): boolean {
  if (parsed.kind === 'paper') return true;
  return parsed.propsProblem != null || document.querySelector(sel('card')) != null || hasListedItems();
}
function hasListedItems(): boolean {
  const raw = document.querySelector(sel('listProps'))?.getAttribute('data-props') ?? '';
  return /"paper"\s*:/.test(raw);
}

const inlineSlotTemplate = el('span', { class: 'pc-slot pc-ui pc-slot--inline' });
const rowTemplate = el('div', { class: 'pc-row pc-ui' }, el('span', { class: 'pc-slot pc-ui' }));

/** The card's meta row (org, authors, date) that follows its title, if any: siblings first, the cheap case. */
function metaRowAfter(copy: HTMLElement, title: Element | null): HTMLElement | undefined {
  const rowSel = sel('metaRow');
  if (title?.parentElement === copy) {
    for (let n = title.nextElementSibling; n; n = n.nextElementSibling) if (n.matches(rowSel)) return n as HTMLElement;
    return undefined;
  }
  return Array.from(copy.querySelectorAll<HTMLElement>(`:scope > ${rowSel}`)).find((r) => !title || title.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/** Takes a card found on the page into the view: its id and saved state on the root (the save control
 *  keeps the latter current from then on), any slots of ours it had removed. */
function adopt(c: ParsedCard, previous: CardView | undefined, saved: boolean): CardView {
  // A node the page reused for another paper, or a re-render that dropped our slots: start clean.
  if (previous || c.root.hasAttribute('data-pc-id')) {
    for (const old of c.root.querySelectorAll('.pc-ui')) old.remove();
    previous?.slots.forEach((s) => (s.closest('.pc-row') ?? s).remove());
  }
  c.root.setAttribute('data-pc-id', c.id);
  c.root.setAttribute('data-pc-saved', String(saved));
  // The parsed card itself becomes the view (its meta is read lazily, so it is not copied).
  const view = c as CardView;
  view.slots = [];
  view.drawnCopies = [];
  view.status = previous?.id === c.id ? previous.status : undefined;
  view.topics = previous?.topics ?? [];
  view.near = previous?.near;
  return view;
}

/**
 * A card's slot in one of its copies, in the row under its title (no layout shift), or a row of our
 * own. It is made detached; `inserts` puts it in the page once the features have filled it.
 */
function makeSlot(c: CardView, copy: HTMLElement, inserts: Array<() => void>): HTMLElement {
  const title = c.titleOf(copy) ?? copy.querySelector('h1');
  const row = metaRowAfter(copy, title);
  if (row && !row.matches(sel('fullMetaRow'))) {
    const slot = inlineSlotTemplate.cloneNode() as HTMLElement;
    inserts.push(() => row.append(slot));
    return slot;
  }
  const own = rowTemplate.cloneNode(true) as HTMLElement;
  const anchor = row ?? title;
  // Something follows (a mobile card's upvote and links): keep the gap the page had there.
  if (anchor?.nextElementSibling) own.classList.add('pc-row--spaced');
  inserts.push(() => (anchor ? anchor.after(own) : copy.append(own)));
  return own.firstChild as HTMLElement;
}
