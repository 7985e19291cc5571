// Keyboard triage on list pages: j/k move a focus ring between the visible cards, s saves, o opens,
// x dismisses (hidden from this list from now on unless "show dismissed"), u undoes, ? lists the keys.
// Never while typing in a field, never with modifier keys, and off when the setting is off.
import { request } from '../../../utils/messages';
import type { CardView, PageModel } from '../page-model';
import { el } from '../dom';
import { paperText } from './for-you';

export const name = 'keyboard';

const KEYS: Array<[string, string]> = [
  ['j / k', 'next / previous paper'],
  ['s', 'save or unsave'],
  ['o', 'open the paper'],
  ['x', 'dismiss (hide from this list)'],
  ['u', 'undo the last save or dismiss'],
  ['?', 'show or hide these keys'],
];

type Undo = { kind: 'dismiss' | 'save'; card: CardView };

const docOrder = (a: CardView, b: CardView) => (a.root.compareDocumentPosition(b.root) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
const isShown = (c: CardView) => c.root.isConnected && c.root.getAttribute('data-pc-hidden') !== 'true' && c.root.getClientRects().length > 0;

function isTyping(t: EventTarget | null): boolean {
  const e = t as HTMLElement | null;
  if (!e || e.nodeType !== 1) return false;
  return e.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.tagName) || e.closest('[contenteditable=""], [contenteditable="true"], [role="textbox"], .pc-menu') != null;
}

/** The first visible copy of a control inside a card. */
function visibleIn<T extends HTMLElement>(card: CardView, selector: string): T | undefined {
  const all = [...card.root.querySelectorAll<T>(selector)];
  return all.find((b) => b.getClientRects().length > 0) ?? all[0];
}

export function init(signal: AbortSignal, page: PageModel): void {
  if (page.kind === 'paper') return;
  let focused: CardView | undefined;
  const undo: Undo[] = [];
  let help: HTMLElement | undefined;
  let toast: HTMLElement | undefined;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;

  const ordered = () => [...page.cards.values()].filter((c) => c.root.isConnected).sort(docOrder);

  const setFocus = (card: CardView | undefined) => {
    focused?.root.removeAttribute('data-pc-kbd-focus');
    focused = card;
    if (!card) return;
    card.root.setAttribute('data-pc-kbd-focus', 'true');
    page.draw([card]); // its controls, for s and u, before it scrolls into view
    card.root.scrollIntoView({ block: 'nearest' });
  };

  /** The next shown card after (delta 1) or before (-1) the focused one; the first one in view to start. */
  const step = (delta: 1 | -1): CardView | undefined => {
    const all = ordered();
    const shown = all.filter(isShown);
    if (!shown.length) return undefined;
    const at = focused ? all.findIndex((c) => c.id === focused!.id) : -1;
    if (at < 0) return shown.find((c) => c.root.getBoundingClientRect().bottom > 0) ?? shown[0];
    for (let i = at + delta; i >= 0 && i < all.length; i += delta) if (isShown(all[i])) return all[i];
    return isShown(all[at]) ? all[at] : shown.at(delta > 0 ? -1 : 0);
  };

  const say = (text: string) => {
    if (!toast?.isConnected) {
      toast = el('div', { class: 'pc-ui pc-kbd-toast', role: 'status' });
      document.body.append(toast);
    }
    toast.textContent = text;
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => toast && (toast.hidden = true), 4000);
  };

  const setDismissed = (card: CardView, dismissed: boolean) => {
    card.status = { ...(card.status ?? { id: card.id, state: 'new' }), dismissed: dismissed || undefined };
    card.root.toggleAttribute('data-pc-dismissed', dismissed);
    // The filters feature hides dismissed cards (unless "show dismissed"); the badges redraw as they were.
    page.hub.emit('statuses', [card]);
    void request('history.dismiss', { id: card.id, dismissed }).catch((err) => console.error('[Papers Companion] could not dismiss', err));
    void request('ranking.signal', { signals: [{ id: card.id, kind: 'dismissed', undo: !dismissed || undefined, paper: paperText(card) }] }).catch(() => undefined);
  };

  const actions: Record<string, () => void> = {
    j: () => setFocus(step(1)),
    k: () => setFocus(step(-1)),
    s: () => {
      if (!focused) return;
      const button = visibleIn<HTMLButtonElement>(focused, 'button[data-pc-action="save"]');
      if (!button) return;
      button.click();
      undo.push({ kind: 'save', card: focused });
      say(button.getAttribute('aria-pressed') === 'true' ? 'Saved · u to undo' : 'Removed from saved · u to undo');
    },
    o: () => {
      if (!focused) return;
      // A click on the card's own link: the site navigates and the opened tracker records it.
      visibleIn<HTMLAnchorElement>(focused, `a[href^="/papers/${focused.id}"]`)?.click();
    },
    x: () => {
      const card = focused;
      if (!card) return;
      const next = step(1);
      setDismissed(card, true);
      undo.push({ kind: 'dismiss', card });
      setFocus(next && next !== card && isShown(next) ? next : step(-1));
      say(`Dismissed “${card.meta.title ?? card.id}” · u to undo`);
    },
    u: () => {
      const last = undo.pop();
      if (!last) return say('Nothing to undo');
      if (last.kind === 'dismiss') {
        setDismissed(last.card, false);
        say('Dismiss undone');
      } else {
        visibleIn<HTMLButtonElement>(last.card, 'button[data-pc-action="save"]')?.click();
        say('Save undone');
      }
      if (isShown(last.card)) setFocus(last.card);
    },
    '?': () => toggleHelp(),
  };

  const toggleHelp = (show = !help) => {
    help?.remove();
    help = undefined;
    if (!show) return;
    const rows = KEYS.map(([k, what]) => el('li', {}, el('kbd', {}, k), ` ${what}`));
    help = el(
      'div',
      { class: 'pc-ui pc-kbd-help', role: 'dialog', 'aria-label': 'Keyboard shortcuts' },
      el('strong', {}, 'Papers Companion keys'),
      el('ul', {}, ...rows),
      el('span', { class: 'pc-kbd-help__hint' }, 'Esc or ? to close · turn off in the options'),
    );
    document.body.append(help);
  };

  const onKey = (e: KeyboardEvent) => {
    if (!page.settings.keyboard || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (e.key === 'Escape' && help) return toggleHelp(false);
    if (isTyping(e.target)) return;
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  };
  page.hub.on('keydown', onKey, signal);

  // Dismissed cards shown anyway ("show dismissed") look dismissed.
  page.hub.on('statuses', (cards) => cards.forEach((c) => (c.status?.dismissed || c.root.hasAttribute('data-pc-dismissed')) && c.root.toggleAttribute('data-pc-dismissed', !!c.status?.dismissed)), signal);
  page.hub.on('settings', (s) => s.keyboard || (setFocus(undefined), toggleHelp(false)), signal);
  page.hub.onAbort(() => {
    setFocus(undefined);
    toggleHelp(false);
    toast?.remove();
    clearTimeout(toastTimer);
  }, signal);
}
