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
            const fresh = chunk.map((c) => {
              const view = attach(c, p.cards.get(c.id));
              p.cards.set(c.id, view);
              return view;
            });
            if (++drawn === chunks.length) html.setAttribute('data-pc-status', status);
            html.setAttribute('data-pc-cards', String(p.cards.size));
            p.hub.emit('cards', fresh);
            if (statuses) {
              applyStatuses(p, fresh, statuses);
              p.hub.emit('statuses', fresh);
            }
          }),
        );
    });
  }

  /** Asks the background about these papers (one message), unless an early request already did. */
  function lookup(metas: PaperMeta[]): Promise<PaperStatus[]> {
    const early = prefetched;
    prefetched = undefined;
    if (early && early.ids === metas.map((m) => m.id).join(' ')) return early.answer;
    return request('history.listed', { papers: metas });
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
        const answer = request('history.listed', { papers: metas });
        answer.catch(() => undefined);
        prefetched = { ids: metas.map((m) => m.id).join(' '), answer };
      }
    } catch (err) {
      console.warn('[Papers Companion]', err);
    }
  });

  void loadShared().then((s) => {
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

const slotTemplate = el('span', { class: 'pc-slot pc-ui' });
const rowTemplate = el('div', { class: 'pc-row pc-ui' });

/** Give a card one slot per copy, in the row under its title (no layout shift), or a row of our own. */
function attach(c: ParsedCard, previous: CardView | undefined): CardView {
  // A node the page reused for another paper, or a re-render that dropped our slots: start clean.
  if (previous || c.root.hasAttribute('data-pc-id')) {
    for (const old of c.root.querySelectorAll('.pc-ui')) old.remove();
    previous?.slots.forEach((s) => (s.closest('.pc-row') ?? s).remove());
  }
  const slots = c.copies.map((copy) => {
    const slot = slotTemplate.cloneNode() as HTMLElement;
    const title = copy.querySelector(sel('cardTitle')) ?? copy.querySelector('h1');
    const row = Array.from(copy.querySelectorAll<HTMLElement>(sel('metaRow'))).find((r) => !title || title.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (row && !row.matches(sel('fullMetaRow'))) {
      slot.classList.add('pc-slot--inline');
      row.append(slot);
    } else {
      const own = rowTemplate.cloneNode() as HTMLElement;
      own.append(slot);
      const anchor = row ?? title;
      if (anchor) anchor.after(own);
      else copy.append(own);
    }
    return slot;
  });
  c.root.setAttribute('data-pc-id', c.id);
  return { ...c, slots, status: previous?.id === c.id ? previous.status : undefined, topics: previous?.topics ?? [] };
}
