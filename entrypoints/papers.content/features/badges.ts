// The seen/new badge on every card: "new", "seen 3 d ago" (date on hover), or "opened".
// A card first seen during this page view stays "new" until the next visit.
import type { PageModel, CardView } from '../page-model';
import { el, relativeDay } from '../dom';

export const name = 'badges';

const badgeTemplate = el('span', { class: 'pc-badge' });
const NEW_TITLE = 'You have not seen this paper before';
/** Most cards on a page are new: their badge is one clone, no writes. */
const newBadgeTemplate = el('span', { class: 'pc-badge pc-badge--new', title: NEW_TITLE }, 'new');

function render(card: CardView, now: number) {
  const s = card.status;
  if (!s || !card.slots.length) return;
  let text = 'new';
  let at: number | undefined;
  if (s.state === 'opened' && s.openedAt != null) {
    text = 'opened';
    at = s.openedAt;
  } else if (s.state === 'seen' && s.lastSeenAt != null) {
    text = `seen ${relativeDay(s.lastSeenAt, now)}`;
    at = s.lastSeenAt;
  }
  for (const slot of card.slots) {
    let badge = slot.querySelector<HTMLElement>('.pc-badge');
    if (!badge && s.state === 'new') {
      slot.prepend(newBadgeTemplate.cloneNode(true));
      continue;
    }
    if (!badge) {
      badge = badgeTemplate.cloneNode() as HTMLElement;
      slot.prepend(badge);
    }
    badge.className = `pc-badge pc-badge--${s.state}`;
    badge.textContent = text;
    badge.removeAttribute('title');
    if (at != null) badge.setAttribute('data-pc-at', String(at));
    else {
      badge.removeAttribute('data-pc-at');
      badge.title = NEW_TITLE;
    }
  }
}

/** The exact date, written on first hover: formatting dates is slow the first time on a page. */
function explain(badge: HTMLElement) {
  const at = Number(badge.getAttribute('data-pc-at'));
  if (!at || badge.title) return;
  const when = new Date(at).toLocaleString();
  badge.title = badge.classList.contains('pc-badge--opened') ? `You opened this paper on ${when}` : `Last seen ${when}`;
}

export function init(signal: AbortSignal, page: PageModel): void {
  const draw = (cards: CardView[]) => {
    const now = Date.now();
    for (const c of cards) render(c, now);
  };
  page.hub.on(
    'statuses',
    (cards) => {
      for (const c of cards) if (c.status) c.root.setAttribute('data-pc-state', c.status.state);
      draw(cards);
    },
    signal,
  );
  page.hub.on('draw', draw, signal);
  page.hub.on(
    'pointerover',
    (e) => {
      const b = (e.target as Element | null)?.closest?.('.pc-badge[data-pc-at]');
      if (b instanceof HTMLElement) explain(b);
    },
    signal,
  );
}
