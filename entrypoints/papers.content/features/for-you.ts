// "For you": the on-device interest model (utils/ranking) applied to the open list. A discreet mark on
// the top cards (hover tells the terms behind it; click for "less like this"), and, when the popup's
// "sort by my interests" is on, the cards reordered in place (the page's own order comes back when it
// is off). Below 5 signals it says so instead of ranking. It also reports the signals only a page sees:
// a paper opened, a paper seen on an earlier visit and ignored (once per paper). Saves reach the model
// through the background, dismissals through the keyboard feature. This feature also owns the other
// in-place order, the popup's "rising since my last visit" (Filters.sortRising), so one owner moves cards.
import { request } from '../../../utils/messages';
import { featurise, hasSignal, momentumOf, parseModel, rankPage, readiness, type Features, type ForYouModel, type PaperText, type RankingSignal } from '../../../utils/ranking';
import { isSaved } from '../../../utils/saved/model';
import { filtersItem, forYouModelItem } from '../../../utils/storage';
import type { CardView, PageModel } from '../page-model';
import { el } from '../dom';
import { timed } from '../perf';

export const name = 'for-you';
/** Marks go to at most this many cards, and to no more than a tenth of the page. */
const MAX_MARKS = 5;

/** What the model reads of a card. */
export function paperText(card: CardView): PaperText {
  return { title: card.meta.title, summary: card.meta.summary?.slice(0, 5000), keywords: card.meta.keywords?.slice(0, 50), topics: card.topics.slice(0, 20) };
}

/** The model as last read (by load, then by its storage watch). */
let stored: ForYouModel | undefined;
/** The live page view's reaction to a new model (one storage watch for the tab, not one per view). */
let onModel: ((m: ForYouModel | undefined) => void) | undefined;

/** Reads the model before the first pass, so the page's first ranking needs no round trip. */
export async function load(): Promise<void> {
  forYouModelItem.watch((raw) =>
    timed('pc:storage:model', () => {
      stored = parseModel(raw);
      onModel?.(stored);
    }),
  );
  stored = parseModel(await forYouModelItem.getValue());
}

export function init(signal: AbortSignal, page: PageModel): void {
  let model: ForYouModel | undefined = stored;
  const cache = new Map<string, { key: string; f: Features }>();
  const sent = new Set<string>();
  const scores = new Map<string, { score: number; why: string[]; marked: boolean }>();
  let original: { container: Element; children: Element[] } | undefined;
  let bar: HTMLElement | undefined;
  let menu: HTMLElement | undefined;
  let scheduled = false;
  const isList = page.kind !== 'paper';

  const featuresOf = (card: CardView): Features => {
    const key = card.topics.join(' ');
    const hit = cache.get(card.id);
    if (hit && hit.key === key) return hit.f;
    const f = featurise(paperText(card));
    cache.set(card.id, { key, f });
    return f;
  };

  const send = (signals: RankingSignal[]) => {
    if (signals.length) void request('ranking.signal', { signals }).catch((err) => console.warn('[Papers Companion] for-you signal', err));
  };

  /** Opened in this page view; seen on an earlier visit and left alone (once per paper, ever). */
  const reportSignals = (m: ForYouModel) => {
    const out: RankingSignal[] = [];
    for (const c of page.cards.values()) {
      const s = c.status;
      if (!s) continue;
      let kind: RankingSignal['kind'] | undefined;
      if (s.state === 'opened' && (s.openedAt ?? 0) >= page.startedAt - 1000) kind = 'opened';
      else if (isList && s.state === 'seen' && s.prevSeenAt != null && !s.dismissed && !isSaved(page.saved[c.id])) kind = 'ignored';
      if (!kind || hasSignal(m, c.id, kind) || sent.has(`${kind}:${c.id}`)) continue;
      sent.add(`${kind}:${c.id}`);
      out.push({ id: c.id, kind, paper: paperText(c) });
    }
    send(out.slice(0, 50));
  };

  const update = () => {
    scheduled = false;
    if (signal.aborted || !model) return;
    if (page.settings.forYou) reportSignals(model);
    if (!isList) return;
    timed('pc:for-you', () => draw(model!));
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(update);
  };

  const draw = (m: ForYouModel) => {
    const on = page.settings.forYou;
    const ready = readiness(m);
    const wantsForYou = on && page.filters.sortForYou;
    const rising = page.settings.momentum && page.filters.sortRising;
    // Nothing to rank, sort or clear (e.g. a model with too few signals yet): the page is left alone.
    if (!(on && ready.ready) && !wantsForYou && !rising && !scored.size && !bar && !original) return;
    const cards = [...page.cards.values()].filter((c) => c.root.isConnected);
    scores.clear();
    if (on && ready.ready && cards.length) {
      const ranked = rankPage(m, cards.map(featuresOf));
      const order = ranked.map((r, i) => i).sort((a, b) => ranked[b].score - ranked[a].score);
      const marks = Math.min(MAX_MARKS, Math.max(1, Math.round(cards.length / 10)));
      order.forEach((i, rank) => scores.set(cards[i].id, { ...ranked[i], marked: rank < marks && ranked[i].score > 0 }));
    }
    for (const c of cards) drawMark(c);
    const notes: string[] = [];
    if (wantsForYou && ready.ready) {
      sortCards(cards, (c) => scores.get(c.id)?.score ?? 0);
      notes.push(`Sorted by your interests (${m.n} signals)`);
    } else if (rising) {
      // Papers never seen before have no momentum: they keep the page's order after the rising ones.
      sortCards(cards, (c) => momentumOf(c.status, c.meta.upvotes)?.delta ?? -Infinity);
      notes.push('Sorted by upvotes gained since your last visit');
    } else restoreOrder();
    if (wantsForYou && !ready.ready) notes.push(`Not sorted by your interests yet: ${ready.reason}.`);
    drawBar(notes.join('. '), wantsForYou && ready.ready ? true : rising, cards[0]);
  };

  /** Card roots carrying a score or a mark: only those need clearing (a root the page reuses for another paper too). */
  const scored = new Set<Element>();
  const drawMark = (card: CardView) => {
    const s = scores.get(card.id);
    if (!s && !scored.delete(card.root)) return;
    if (s) scored.add(card.root);
    if (s) card.root.setAttribute('data-pc-foryou-score', s.score.toFixed(4));
    else if (card.root.hasAttribute('data-pc-foryou-score')) card.root.removeAttribute('data-pc-foryou-score');
    for (const slot of card.slots) {
      let mark = slot.querySelector<HTMLButtonElement>('.pc-foryou');
      if (!s?.marked) {
        mark?.remove();
        continue;
      }
      if (!mark) {
        mark = el('button', { type: 'button', class: 'pc-foryou', 'aria-haspopup': 'menu' }, '★ for you');
        mark.addEventListener('click', (e) => {
          e.preventDefault();
          e.stopPropagation();
          openMenu(mark!, card);
        });
        const save = slot.querySelector('[data-pc-action="save"]');
        if (save) save.before(mark);
        else slot.append(mark);
      }
      const why = s.why.map(label).join(', ');
      mark.title = `For you — matches: ${why || 'your saved papers'}. Click for “less like this”.`;
      mark.setAttribute('aria-label', `For you, matches ${why || 'your saved papers'}`);
    }
  };

  const label = (term: string) => (term.startsWith('topic:') ? `topic ${topicName(term.slice(6))}` : term);
  const topicName = (id: string) => document.querySelector<HTMLElement>(`.pc-chip[data-pc-topic="${CSS.escape(id)}"]`)?.textContent ?? id;

  /** The element that moves for a card: its ancestor directly inside the container of all cards. */
  const sortCards = (cards: CardView[], key: (c: CardView) => number) => {
    let container: Element | null = cards[0].root.parentElement;
    while (container && !cards.every((c) => container!.contains(c.root))) container = container.parentElement;
    if (!container) return;
    const itemOf = new Map<Element, CardView>();
    for (const c of cards) {
      let item: Element = c.root;
      while (item.parentElement !== container) item = item.parentElement!;
      if (itemOf.has(item)) return; // two cards in one item: not a list we can reorder safely
      itemOf.set(item, c);
    }
    if (original && original.container !== container) original = undefined;
    const current = [...container.children];
    original ??= { container, children: current };
    const items = current.filter((e) => itemOf.has(e));
    const score = (e: Element) => key(itemOf.get(e)!);
    const sorted = items.map((e, i) => [e, i] as const).sort((a, b) => score(b[0]) - score(a[0]) || a[1] - b[1]).map((x) => x[0]);
    if (sorted.every((e, i) => e === items[i])) return;
    let k = 0;
    const next = current.map((e) => (itemOf.has(e) ? sorted[k++] : e));
    container.append(...next);
    // "N new since your last visit" dividers mean nothing in another order (CSS hides them).
    container.setAttribute('data-pc-sorted', 'true');
  };

  const restoreOrder = () => {
    if (!original) return;
    const { container, children } = original;
    original = undefined;
    container.removeAttribute('data-pc-sorted');
    if (!container.isConnected) return;
    container.append(...children.filter((e) => e.parentElement === container));
  };

  const drawBar = (text: string, sorted: boolean, first: CardView | undefined) => {
    if (!text || !first) {
      bar?.remove();
      bar = undefined;
      return;
    }
    if (!bar?.isConnected) {
      bar = el('div', { class: 'pc-ui pc-foryou-bar', role: 'status' });
      let list: Element | null = first.root.parentElement;
      while (list && ![...page.cards.values()].every((c) => list!.contains(c.root))) list = list.parentElement;
      (list ?? document.body).before(bar);
    }
    const parts: Array<Node | string> = [el('span', {}, text)];
    if (sorted) {
      const back = el('button', { type: 'button', 'data-pc-action': 'page-order' }, 'show the page’s order');
      back.addEventListener('click', () => void pageOrder());
      parts.push(el('span', { 'aria-hidden': 'true' }, ' · '), back);
    }
    bar.replaceChildren(...parts);
  };

  const pageOrder = async () => {
    const all = ((await filtersItem.getValue()) ?? {}) as Record<string, object>;
    await filtersItem.setValue({ ...all, [page.kind]: { ...(all[page.kind] ?? {}), sortForYou: false, sortRising: false } });
  };

  const closeMenu = () => {
    menu?.remove();
    menu = undefined;
  };
  const openMenu = (anchor: HTMLElement, card: CardView) => {
    closeMenu();
    const s = scores.get(card.id);
    const less = !!model && hasSignal(model, card.id, 'less');
    const item = el('button', { type: 'button', role: 'menuitem', class: 'pc-menu__item', 'data-pc-action': less ? 'more-like-this' : 'less-like-this' }, less ? 'Undo “less like this”' : 'Less like this');
    item.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      closeMenu();
      send([{ id: card.id, kind: 'less', undo: less || undefined, paper: paperText(card) }]);
    });
    const why = s?.why.length ? `Matches your interest in ${s.why.map(label).join(', ')}` : 'Close to papers you saved or opened';
    menu = el('div', { class: 'pc-ui pc-menu', role: 'menu', 'aria-label': `Why “${card.meta.title ?? card.id}” is for you` }, el('div', { class: 'pc-menu__why' }, why), item);
    if (document.documentElement.classList.contains('dark')) menu.classList.add('pc-dark');
    document.body.append(menu);
    const r = anchor.getBoundingClientRect();
    menu.style.left = `${Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + window.innerWidth - menu.offsetWidth - 8))}px`;
    menu.style.top = `${window.scrollY + r.bottom + 4}px`;
    item.focus();
    menu.addEventListener('keydown', (e) => e.key === 'Escape' && (closeMenu(), anchor.focus()));
  };
  page.hub.on('click', (e) => menu && !menu.contains(e.target as Node) && closeMenu(), signal);

  for (const type of ['cards', 'statuses', 'topics', 'saved', 'filters', 'settings'] as const) page.hub.on(type, schedule, signal);
  // Cards drawn later (scrolled near) get the mark the last ranking gave them.
  page.hub.on('draw', (cards) => isList && cards.forEach(drawMark), signal);
  if (model) schedule();
  const mine = (m: ForYouModel | undefined) => {
    model = m;
    schedule();
  };
  onModel = mine;
  page.hub.onAbort(() => {
    if (onModel === mine) onModel = undefined;
    closeMenu();
    bar?.remove();
    restoreOrder();
    for (const c of page.cards.values()) c.slots.forEach((s) => s.querySelector('.pc-foryou')?.remove());
  }, signal);
}
