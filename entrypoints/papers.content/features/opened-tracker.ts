// Marks a paper "opened" when the user opens its page on HF (this page view is a paper page) or
// follows one of the card's links (title, thumbnail, summary, arXiv), including middle-clicks.
import { request } from '../../../utils/messages';
import { paperIdOf } from '../../../utils/page/parse';
import type { PageModel } from '../page-model';

export const name = 'opened-tracker';

const ARXIV = /^https?:\/\/arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/;

export function init(signal: AbortSignal, page: PageModel): void {
  const open = (id: string) => {
    const card = page.cards.get(id);
    if (!card) return;
    if (card.status) {
      card.status = { ...card.status, state: 'opened', openedAt: Date.now() };
      page.hub.emit('statuses', [card]);
    }
    void request('history.opened', { paper: card.meta }).catch((err) => console.warn('[Papers Companion]', err));
  };

  if (page.kind === 'paper') {
    const onCards = () => {
      for (const id of page.cards.keys()) open(id);
    };
    page.hub.on('cards', onCards, signal);
    return;
  }

  const onClick = (e: MouseEvent) => {
    if (e.type === 'auxclick' && e.button !== 1) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || a.closest('.pc-ui')) return;
    const href = a.getAttribute('href') ?? '';
    const id = paperIdOf(href) ?? ARXIV.exec(href)?.[1];
    const root = a.closest('[data-pc-id]');
    if (id && root?.getAttribute('data-pc-id') === id) open(id);
  };
  page.hub.on('click', onClick, signal);
  page.hub.on('auxclick', onClick, signal);
}
