// Records a card as seen when enough of it (a setting, half by default) stayed on screen long
// enough (one second by default). Being in the page's HTML alone is only "listed".
import { request } from '../../../utils/messages';
import type { CardView, PageModel } from '../page-model';

export const name = 'seen-tracker';

export function init(signal: AbortSignal, page: PageModel): void {
  const timers = new Map<Element, ReturnType<typeof setTimeout>>();
  const recorded = new Set<string>();
  const pending = new Map<string, number | undefined>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  const byRoot = new WeakMap<Element, CardView>();

  const flush = async () => {
    flushTimer = undefined;
    const papers = [...pending].map(([id, upvotes]) => ({ id, upvotes }));
    pending.clear();
    if (!papers.length) return;
    // request() retries while the worker restarts; past that, the next visit records these cards.
    await request('history.seen', { papers }).catch((err) => console.warn('[Papers Companion]', err));
  };

  const markSeen = (card: CardView) => {
    if (recorded.has(card.id)) return;
    recorded.add(card.id);
    pending.set(card.id, card.meta.upvotes);
    card.root.setAttribute('data-pc-seen-now', 'true');
    flushTimer ??= setTimeout(() => void flush(), 300);
  };

  let observer: IntersectionObserver | undefined;
  const makeObserver = () => {
    observer?.disconnect();
    const threshold = page.settings.seenThreshold;
    observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const card = byRoot.get(e.target);
          if (!card) continue;
          if (e.isIntersecting && e.intersectionRatio >= threshold - 0.001) {
            if (!timers.has(e.target)) timers.set(e.target, setTimeout(() => (timers.delete(e.target), markSeen(card)), page.settings.seenDwellMs));
          } else {
            clearTimeout(timers.get(e.target));
            timers.delete(e.target);
          }
        }
      },
      { threshold: [0, threshold] },
    );
    for (const c of page.cards.values()) if (!recorded.has(c.id) && c.slots.length) observe(c);
  };
  const observe = (c: CardView) => {
    byRoot.set(c.root, c);
    observer!.observe(c.root);
  };

  makeObserver();
  // A card is drawn before it can come on screen (see manager EAGER_DRAW and PageModel.near): watching
  // drawn cards only spares the page an observer entry for each of a long list's far cards.
  page.hub.on('draw', (cards) => cards.forEach(observe), signal);
  page.hub.on('settings', makeObserver, signal);
  page.hub.onAbort(() => {
    observer?.disconnect();
    timers.forEach(clearTimeout);
    if (flushTimer) {
      clearTimeout(flushTimer);
      void flush();
    }
  }, signal);
  // Leaving the page: send what is pending now.
  page.hub.on('pagehide', () => void flush(), signal);
}
