// The save control on every card: toggles at once, persists through the background, and follows
// changes made elsewhere (popup, other tabs, other devices) through the saved-items storage.
import { queueSaved } from '../../../utils/saved/outbox';
import { isSaved } from '../../../utils/saved/model';
import type { CardView, PageModel } from '../page-model';
import { el } from '../dom';

export const name = 'save-button';

const labelOf = (saved: boolean) => (saved ? 'Remove from saved papers' : 'Save paper');
const button = (saved: boolean) =>
  el('button', { type: 'button', class: 'pc-save', 'data-pc-action': 'save', 'aria-pressed': String(saved), 'aria-label': labelOf(saved), title: labelOf(saved) });
// Cloned per card, far cheaper than building each button (1,000-card pages); one per state, so a fresh
// control needs no writes. Its icon is drawn by CSS (style.css), so the clone is one element.
const unsavedTemplate = button(false);
const savedTemplate = button(true);

function setPressed(card: CardView, saved: boolean) {
  if (card.root.getAttribute('data-pc-saved') !== String(saved)) card.root.setAttribute('data-pc-saved', String(saved));
  const label = labelOf(saved);
  for (const slot of card.slots) {
    const b = slot.querySelector('.pc-save');
    if (!b || b.getAttribute('aria-pressed') === String(saved)) continue;
    b.setAttribute('aria-pressed', String(saved));
    b.setAttribute('aria-label', label);
    b.setAttribute('title', label);
  }
}

export function init(signal: AbortSignal, page: PageModel): void {
  const add = (cards: CardView[]) => {
    for (const card of cards) {
      const saved = isSaved(page.saved[card.id]);
      for (const slot of card.slots) if (!slot.querySelector('.pc-save')) slot.append((saved ? savedTemplate : unsavedTemplate).cloneNode(true));
      // New controls match the state, older ones were kept current ('saved'): only the root may lag.
      if (card.root.getAttribute('data-pc-saved') !== String(saved)) setPressed(card, saved);
    }
  };

  async function toggle(card: CardView) {
    const next = card.root.getAttribute('data-pc-saved') !== 'true';
    setPressed(card, next);
    try {
      const meta = {
        title: card.meta.title ?? '',
        authors: card.meta.authors ?? [],
        publishedAt: card.meta.publishedAt,
        topics: card.topics,
        summary: card.meta.summary?.slice(0, 500),
      };
      // Through the storage outbox: it lands even if the worker restarts or the page closes now.
      await queueSaved({ kind: 'set', data: { id: card.id, saved: next, meta } });
    } catch (err) {
      setPressed(card, !next);
      console.error('[Papers Companion] could not save', err);
    }
  }

  // One listener for every save control; the card is a link target, so the click must not open it.
  page.hub.on(
    'click',
    (e) => {
      const b = (e.target as Element | null)?.closest?.('button[data-pc-action="save"]');
      const id = b?.closest('[data-pc-id]')?.getAttribute('data-pc-id');
      const card = id ? page.cards.get(id) : undefined;
      if (!card) return;
      e.preventDefault();
      e.stopPropagation();
      void toggle(card);
    },
    signal,
  );

  page.hub.on('draw', add, signal);
  page.hub.on(
    'saved',
    (saved) => {
      for (const card of page.cards.values()) setPressed(card, isSaved(saved[card.id]));
    },
    signal,
  );
}
