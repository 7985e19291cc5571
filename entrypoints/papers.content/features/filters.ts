// Applies the popup's filters to the open page: hidden cards get data-pc-hidden="true" (not
// displayed), and a bar "N hidden by your filters · show" reveals them in one click.
import { isFiltering, isHidden, queryTerms, type CardFacts } from '../../../utils/filters';
import { isSaved } from '../../../utils/saved/model';
import type { CardView, PageModel } from '../page-model';
import { el } from '../dom';

export const name = 'filters';

export function facts(card: CardView, page: PageModel): CardFacts {
  return {
    id: card.id,
    title: card.meta.title ?? '',
    authors: card.meta.authors ?? [],
    summary: card.meta.summary ?? '',
    upvotes: card.meta.upvotes,
    topics: card.topics,
    state: card.status?.state ?? 'new',
    saved: isSaved(page.saved[card.id]),
    dismissed: card.status?.dismissed,
  };
}

/** A card's facts when no filter is set: state and dismissal only. */
const stateOnly = (card: CardView): CardFacts => ({
  id: card.id,
  title: '',
  authors: [],
  summary: '',
  topics: card.topics,
  state: card.status?.state ?? 'new',
  saved: false,
  dismissed: card.status?.dismissed,
});

export function init(signal: AbortSignal, page: PageModel): void {
  let revealed = false;
  let bar: HTMLElement | undefined;

  /** Roots of the cards the filters hide (shown or not): only those need clearing, and they are the count. */
  const marked = new Set<HTMLElement>();

  /** A card's hidden state depends on it and the filters alone: new or changed cards are checked on
   *  their own (a 1,000-card page arrives in chunks); a change of filters or saves checks them all. */
  const apply = (cards: Iterable<CardView> = page.cards.values()) => {
    const f = page.filters;
    const terms = queryTerms(f.text);
    // No filter set: only dismissal can hide a card, so the card's text is not needed.
    const filtering = isFiltering(f);
    for (const card of cards) {
      const root = card.root;
      // No filter set and not dismissed: nothing can hide the card (isHidden's first rule).
      if (!filtering && !card.status?.dismissed && !marked.has(root)) continue;
      const hide = isHidden(filtering ? facts(card, page) : stateOnly(card), f, page.kind, terms);
      if (!hide && !marked.has(root)) continue;
      if (hide && !revealed) root.setAttribute('data-pc-hidden', 'true');
      else root.removeAttribute('data-pc-hidden');
      root.toggleAttribute('data-pc-revealed', hide && revealed);
      if (hide) marked.add(root);
      else marked.delete(root);
    }
    let hidden = 0;
    for (const root of marked) {
      if (root.isConnected) hidden++;
      else marked.delete(root); // the page replaced that card
    }
    page.hidden = revealed ? 0 : hidden;
    drawBar(hidden, page.cards.values().next().value);
  };

  const drawBar = (hidden: number, first: CardView | undefined) => {
    if (!hidden || !first || !isFiltering(page.filters)) {
      bar?.remove();
      bar = undefined;
      if (!hidden) revealed = false;
      return;
    }
    if (!bar?.isConnected) {
      bar = el('div', { class: 'pc-ui pc-filter-bar', role: 'status' });
      const list = first.root.parentElement;
      (list ?? document.body).before(bar);
    }
    const label = el('span', {}, `${hidden} hidden by your filters`);
    const button = el('button', { type: 'button', class: 'pc-filter-bar__toggle', 'data-pc-action': revealed ? 'hide-filtered' : 'show-filtered' }, revealed ? 'hide again' : 'show');
    button.addEventListener('click', () => {
      revealed = !revealed;
      apply();
      bar?.querySelector('button')?.focus();
    });
    bar.replaceChildren(label, el('span', { 'aria-hidden': 'true' }, ' · '), button);
  };

  const onFilters = () => {
    revealed = false;
    apply();
  };
  page.hub.on('cards', apply, signal);
  page.hub.on('statuses', apply, signal);
  page.hub.on('saved', () => apply(), signal);
  page.hub.on('topics', apply, signal);
  page.hub.on('filters', onFilters, signal);
  page.hub.onAbort(() => {
    bar?.remove();
    for (const root of marked) {
      root.removeAttribute('data-pc-hidden');
      root.removeAttribute('data-pc-revealed');
    }
  }, signal);
}
