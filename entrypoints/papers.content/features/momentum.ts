// Momentum on cards seen on an earlier visit: "▲ +84 since Mon" when the upvotes gained since then
// reach the user's threshold (settings.momentumMin). The exact figures are on hover.
import { momentumOf, shortDateTime, sinceLabel } from '../../../utils/ranking/momentum';
import type { CardView, PageModel } from '../page-model';
import { el } from '../dom';

export const name = 'momentum';

export function init(signal: AbortSignal, page: PageModel): void {
  /** Card roots showing momentum: only those need clearing (a root the page reuses for another paper too). */
  const shown = new Set<Element>();
  const draw = (cards: Iterable<CardView>) => {
    const now = Date.now();
    const { momentum: on, momentumMin } = page.settings;
    for (const card of cards) {
      // Only cards seen on an earlier visit have momentum: others never read the page's upvotes.
      const m = on && card.status?.upvotesAtPrevSeen != null ? momentumOf(card.status, card.meta.upvotes) : undefined;
      const show = m != null && m.delta > 0 && m.delta >= momentumMin;
      if (!show && !shown.delete(card.root)) continue;
      if (show) shown.add(card.root);
      if (show) card.root.setAttribute('data-pc-momentum', String(m.delta));
      else if (card.root.hasAttribute('data-pc-momentum')) card.root.removeAttribute('data-pc-momentum');
      for (const slot of card.slots) {
        let mark = slot.querySelector<HTMLElement>('.pc-momentum');
        if (!show) {
          mark?.remove();
          continue;
        }
        if (!mark) {
          mark = el('span', { class: 'pc-momentum' });
          // After the badge: "seen 3 d ago ▲ +84 since Mon".
          const badge = slot.querySelector('.pc-badge');
          if (badge) badge.after(mark);
          else slot.prepend(mark);
        }
        mark.textContent = `▲ +${m.delta} since ${sinceLabel(m.since, now)}`;
        mark.title = `${m.delta} more upvotes since you last saw it on ${shortDateTime(m.since)} (${m.before} → ${m.before + m.delta})`;
      }
    }
  };
  page.hub.on('statuses', draw, signal);
  page.hub.on('draw', draw, signal);
  page.hub.on('settings', () => draw(page.cards.values()), signal);
  page.hub.onAbort(() => {
    for (const c of page.cards.values()) c.slots.forEach((s) => s.querySelector('.pc-momentum')?.remove());
  }, signal);
}
