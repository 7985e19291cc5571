// On date-ordered lists: a divider "N new since your last visit" before the first card already seen,
// and on every list a small "N new" count next to the page heading.
import { sel } from '../../../utils/page/selectors';
import type { CardView, PageModel } from '../page-model';
import { el } from '../dom';

export const name = 'new-count';

const countTemplate = el('span', { class: 'pc-ui pc-new-count', role: 'status' });

/** The page heading nearest before the list (a search from the top would walk the site's header). */
function headingBefore(card: Element | undefined): Element | null {
  const heading = sel('heading');
  for (let n: Element | null | undefined = card; n; n = n.parentElement) {
    for (let s = n.previousElementSibling; s; s = s.previousElementSibling) {
      const h = s.matches(heading) ? s : s.querySelector(heading);
      if (h) return h;
    }
  }
  return document.querySelector(heading);
}

export function init(signal: AbortSignal, page: PageModel): void {
  if (page.kind === 'paper') return;
  let divider: HTMLElement | undefined;
  let count: HTMLElement | undefined;

  /** What the count says now: it is rewritten only when that changes (a live region announces every write). */
  let shown = '';
  const isNew = (c: CardView) => c.status!.state === 'new';

  const update = () => {
    let fresh = 0;
    for (const c of page.cards.values()) {
      if (!c.status) return; // wait until every card has its state
      if (c.status.state === 'new') fresh++;
    }
    const total = page.cards.size;

    if (!count?.isConnected || shown !== `${fresh}/${total}`) {
      const h1 = headingBefore(page.cards.values().next().value?.root);
      if (h1) {
        if (!count?.isConnected) {
          count = countTemplate.cloneNode() as HTMLElement;
          h1.after(count);
        }
        count.textContent = `${fresh} new`;
        count.setAttribute('title', `${fresh} of ${total} papers on this page are new to you`);
        count.toggleAttribute('hidden', total === 0);
        shown = `${fresh}/${total}`;
      }
    }

    divider?.remove();
    divider = undefined;
    if (!page.parsed.dateOrdered || fresh === 0 || fresh === total) return;
    // Cards in page order (the last pass read them in document order): the first seen/opened one
    // after at least one new card.
    const ordered = page.parsed.cards.map((c) => page.cards.get(c.id)).filter((c) => c != null);
    const firstOld = ordered.findIndex((c) => !isNew(c));
    if (firstOld <= 0) return;
    const before = ordered.slice(0, firstOld).filter(isNew).length;
    divider = el('div', { class: 'pc-ui pc-divider', role: 'separator', 'aria-label': `${before} new since your last visit` }, el('span', {}, `${before} new since your last visit`));
    ordered[firstOld].root.before(divider);
  };

  page.hub.on('statuses', update, signal);
  page.hub.onAbort(() => {
    divider?.remove();
    count?.remove();
  }, signal);
}
