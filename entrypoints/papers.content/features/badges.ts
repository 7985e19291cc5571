// The seen/new badge on every card: "new", "seen 3 d ago" (date on hover), or "opened".
// A card first seen during this page view stays "new" until the next visit.
import type { PageModel, CardView } from '../page-model';
import { el, relativeDay } from '../dom';

export const name = 'badges';

export function stateOf(card: CardView): 'new' | 'seen' | 'opened' | undefined {
  return card.status?.state;
}

function render(card: CardView, now: number) {
  const s = card.status;
  if (!s) return;
  card.root.setAttribute('data-pc-state', s.state);
  let text = 'new';
  let title = 'You have not seen this paper before';
  if (s.state === 'opened' && s.openedAt != null) {
    text = 'opened';
    title = `You opened this paper on ${new Date(s.openedAt).toLocaleString()}`;
  } else if (s.state === 'seen' && s.lastSeenAt != null) {
    text = `seen ${relativeDay(s.lastSeenAt, now)}`;
    title = `Last seen ${new Date(s.lastSeenAt).toLocaleString()}`;
  }
  for (const slot of card.slots) {
    let badge = slot.querySelector<HTMLElement>('.pc-badge');
    if (!badge) {
      badge = el('span', { class: 'pc-badge' });
      slot.prepend(badge);
    }
    badge.className = `pc-badge pc-badge--${s.state}`;
    badge.textContent = text;
    badge.title = title;
  }
}

export function init(signal: AbortSignal, page: PageModel): void {
  const draw = (cards: CardView[]) => {
    const now = Date.now();
    for (const c of cards) render(c, now);
  };
  page.hub.on('statuses', draw, signal);
}
