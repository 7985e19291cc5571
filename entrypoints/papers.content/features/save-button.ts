// The save control on every card: toggles at once, persists through the background, and follows
// changes made elsewhere (popup, other tabs, other devices) through the saved-items storage.
import { request } from '../../../utils/messages';
import { isSaved } from '../../../utils/saved/model';
import type { CardView, PageModel } from '../page-model';
import { BOOKMARK_PATH, el, icon } from '../dom';

export const name = 'save-button';

function setPressed(card: CardView, saved: boolean) {
  card.root.setAttribute('data-pc-saved', String(saved));
  for (const b of card.root.querySelectorAll<HTMLButtonElement>('button[data-pc-action="save"]')) {
    b.setAttribute('aria-pressed', String(saved));
    const label = saved ? 'Remove from saved papers' : 'Save paper';
    b.setAttribute('aria-label', label);
    b.title = label;
  }
}

export function init(signal: AbortSignal, page: PageModel): void {
  const add = (cards: CardView[]) => {
    for (const card of cards) {
      for (const slot of card.slots) {
        if (slot.querySelector('[data-pc-action="save"]')) continue;
        const button = el('button', { type: 'button', class: 'pc-save', 'data-pc-action': 'save' }, icon(BOOKMARK_PATH));
        button.addEventListener('click', (e) => {
          // The card is a link target; the save control must not open the paper.
          e.preventDefault();
          e.stopPropagation();
          void toggle(card);
        });
        slot.append(button);
      }
      setPressed(card, isSaved(page.saved[card.id]));
    }
  };

  async function toggle(card: CardView) {
    const next = card.root.getAttribute('data-pc-saved') !== 'true';
    setPressed(card, next);
    try {
      await request('saved.set', {
        id: card.id,
        saved: next,
        meta: {
          title: card.meta.title ?? '',
          authors: card.meta.authors ?? [],
          publishedAt: card.meta.publishedAt,
          topics: card.topics,
          summary: card.meta.summary?.slice(0, 500),
        },
      });
    } catch (err) {
      setPressed(card, !next);
      console.error('[Papers Companion] could not save', err);
    }
  }

  page.hub.on('cards', add, signal);
  page.hub.on(
    'saved',
    (saved) => {
      for (const card of page.cards.values()) setPressed(card, isSaved(saved[card.id]));
    },
    signal,
  );
}
