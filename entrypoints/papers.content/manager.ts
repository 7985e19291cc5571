// The manager: finds cards, gives each one our slots once, and runs the features. It re-scans on
// DOM changes and in-page navigation (observers, no polling); a URL change aborts the old view's
// features and starts fresh ones. Every feature runs in its own try/catch.
import { listedPapers, parsePage, type ParsedCard } from '../../utils/page/parse';
import { sel } from '../../utils/page/selectors';
import { request } from '../../utils/messages';
import { filtersFor, filtersItem, parseSettings, savedItem, settingsItem } from '../../utils/storage';
import { parseSavedState } from '../../utils/saved/model';
import type { PaperMeta, PaperStatus, Settings, ViewKind } from '../../utils/schema';
import type { SavedState } from '../../utils/saved/model';
import { el } from './dom';
import { timed } from './perf';
import { Hub, type CardView, type PageEvents, type PageModel } from './page-model';

/** Cards annotated per task on long lists. */
const CHUNK = 200;

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

  const observer = new MutationObserver((records) => {
    // Ignore our own writes: only page changes re-trigger a scan.
    for (const r of records) {
      if (isOurs(r.target)) continue;
      for (const n of r.addedNodes) if (!isOurs(n)) return schedule();
      for (const n of r.removedNodes) if (!isOurs(n)) return schedule();
    }
  });

  function schedule() {
    if (scheduled || lifetime.aborted) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      scan();
    });
  }

  function newPage(url: string, kind: ViewKind): PageModel {
    pageAbort?.abort();
    pageAbort = new AbortController();
    const p: PageModel = {
      url,
      kind,
      parsed: undefined as never,
      cards: new Map(),
      saved: shared!.saved,
      settings: shared!.settings,
      filters: filtersFor(shared!.filtersRaw, kind),
      hub: new Hub<PageEvents>(),
      hidden: 0,
      startedAt: Date.now(),
    };
    for (const f of features) {
      try {
        f.init(pageAbort!.signal, p);
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
    const url = location.href;
    const parsed = parsePage(document, new URL(url));
    if (!parsed.isPapersPage || parsed.kind === 'other') {
      pageAbort?.abort();
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
      return !(known && known.root === c.root && known.slots.length === c.copies.length && known.slots.every((s) => s.isConnected));
    });
    const expected = expectsCards(parsed);
    const status = parsed.cards.length || !expected ? 'ready' : 'unrecognised';
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
      lookup(chunk.map((c) => c.meta))
        .catch((err) => {
          console.warn('[Papers Companion] history is unavailable; badges are off for now', err);
          return undefined;
        })
        .then((statuses) =>
          timed('pc:scan', () => {
            if (run !== generation || p !== page) return;
            // Features fill the slots while they are detached (no style work per write); one insert each.
            const inserts: Array<() => void> = [];
            const fresh = chunk.map((c) => {
              const view = attach(c, p.cards.get(c.id), inserts);
              p.cards.set(c.id, view);
              return view;
            });
            p.hub.emit('cards', fresh);
            if (statuses) {
              applyStatuses(p, fresh, statuses);
              p.hub.emit('statuses', fresh);
            }
            for (const insert of inserts) insert();
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
  async function lookup(metas: PaperMeta[]): Promise<PaperStatus[]> {
    const early = prefetched;
    prefetched = undefined;
    const first = early && early.ids === metas.map((m) => m.id).join(' ') ? await early.answer : await request('history.listed', { papers: metas.map(idOnly) });
    const byId = new Map(metas.map((m) => [m.id, m]));
    const missing = first.filter((s) => s.needsText && hasText(byId.get(s.id)));
    if (!missing.length) return first;
    const second = new Map((await request('history.listed', { papers: missing.map((s) => byId.get(s.id)!) })).map((s) => [s.id, s]));
    return first.map((s) => second.get(s.id) ?? s);
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

  // The round trip to the background overlaps with reading storage: ask about the page's papers now.
  let prefetched: { ids: string; answer: Promise<PaperStatus[]> } | undefined;
  timed('pc:scan', () => {
    try {
      // Only the page's JSON here (a separate task from reading the cards, so neither grows long).
      const metas = listedPapers(document, new URL(location.href)).slice(0, CHUNK);
      if (metas.length) {
        const answer = request('history.listed', { papers: metas.map(idOnly) });
        answer.catch(() => undefined);
        prefetched = { ids: metas.map((m) => m.id).join(' '), answer };
      }
    } catch (err) {
      console.warn('[Papers Companion]', err);
    }
  });

  const loads = features.map((f) =>
    f.load?.().catch((err) => console.error(`[Papers Companion] feature ${f.name} could not load its data`, err)),
  );
  void Promise.all([loadShared(), ...loads]).then(([s]) => {
    shared = s;
    scan();
    observer.observe(document.body ?? html, { childList: true, subtree: true });
  });

  // In-page navigation: the Navigation API where there is one, history events otherwise.
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', schedule, { signal: lifetime });
  window.addEventListener('popstate', schedule, { signal: lifetime });

  lifetime.addEventListener('abort', () => {
    observer.disconnect();
    pageAbort?.abort();
    unwatch.forEach((u) => u());
  });

  return { scan, current: () => page };
}

/** What the background needs to answer for a paper it has seen before. */
const idOnly = (m: PaperMeta): PaperMeta => (m.listedDate ? { id: m.id, listedDate: m.listedDate } : { id: m.id });
const hasText = (m: PaperMeta | undefined) => !!m && (!!m.title || !!m.summary);

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

/**
 * Give a card one slot per copy, in the row under its title (no layout shift), or a row of our own.
 * The slots are made detached; `inserts` puts them in the page once the features have filled them.
 */
function attach(c: ParsedCard, previous: CardView | undefined, inserts: Array<() => void>): CardView {
  // A node the page reused for another paper, or a re-render that dropped our slots: start clean.
  if (previous || c.root.hasAttribute('data-pc-id')) {
    for (const old of c.root.querySelectorAll('.pc-ui')) old.remove();
    previous?.slots.forEach((s) => (s.closest('.pc-row') ?? s).remove());
  }
  const slots = c.copies.map((copy, i) => {
    const title = c.titles[i] ?? copy.querySelector('h1');
    const row = metaRowAfter(copy, title);
    if (row && !row.matches(sel('fullMetaRow'))) {
      const slot = inlineSlotTemplate.cloneNode() as HTMLElement;
      inserts.push(() => row.append(slot));
      return slot;
    }
    const own = rowTemplate.cloneNode(true) as HTMLElement;
    const anchor = row ?? title;
    inserts.push(() => (anchor ? anchor.after(own) : copy.append(own)));
    return own.firstChild as HTMLElement;
  });
  c.root.setAttribute('data-pc-id', c.id);
  return { ...c, slots, status: previous?.id === c.id ? previous.status : undefined, topics: previous?.topics ?? [] };
}
