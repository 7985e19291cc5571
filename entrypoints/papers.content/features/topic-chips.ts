// Topic chips after each card's title: at most three plus "+N"; hover or focus tells why (the terms
// that matched). The tagger runs in the background: topics arrive with each card's status. A chip's
// menu removes a wrong topic or adds a missing one; the correction sticks to the paper and nudges
// the tagger for similar papers. Taxonomy edits and corrections re-tag the open page live.
import { request } from '../../../utils/messages';
import { effectiveTopics, type TopicDef } from '../../../utils/topics/catalog';
import { applyCorrection, parseCorrections } from '../../../utils/topics/corrections';
import { parseTopicEdits } from '../../../utils/topics/edits';
import { topicCorrectionsItem, topicEditsItem } from '../../../utils/topics/storage';
import type { CardView, PageModel } from '../page-model';
import { el } from '../dom';
import { timed } from '../perf';

export const name = 'topic-chips';
const MAX_CHIPS = 3;
const chipTemplate = el('button', { type: 'button', class: 'pc-chip', 'aria-haspopup': 'menu' });

const boxTemplate = el('span', { class: 'pc-chips' });
const addTemplate = chip('pc-chip pc-chip--more', '+', 'Edit topics', 'Add a topic');

function chip(cls: string, label: string, aria: string, title: string, topic?: string): HTMLElement {
  const b = chipTemplate.cloneNode() as HTMLElement;
  b.className = cls;
  b.textContent = label;
  b.setAttribute('aria-label', aria);
  b.title = title;
  if (topic) b.setAttribute('data-pc-topic', topic);
  return b;
}

/** Why a paper has a topic: the terms that matched, or the user's own correction. */
const reasonOf = (why: Record<string, string[]>, id: string): string => {
  const terms = why[id] ?? [];
  return terms.length ? `matched: ${terms.join(', ')}` : 'added by you';
};

/** The user's taxonomy (built-in topics with their edits), read before the first pass and kept current. */
let topics = new Map<string, TopicDef>();
/** One chip per shown topic (class, name, id) to clone: a 1,000-card page draws thousands of chips.
 *  Made with the taxonomy, before any page is annotated. */
let chipTemplates = new Map<string, HTMLElement>();
const setEdits = (raw: unknown) => {
  const defs = effectiveTopics(parseTopicEdits(raw).edits);
  topics = new Map(defs.map((t) => [t.id, t]));
  chipTemplates = new Map(defs.filter((t) => !t.hidden).map((t) => [t.id, chip(`pc-chip pc-chip--${t.color}`, t.name, '', '', t.id)]));
};

/** Re-tags the live page view after an edit or a correction (one storage watch each for the tab, not
 *  one per page view). */
let retagCurrent: (() => void) | undefined;

export async function load(): Promise<void> {
  topicEditsItem.watch((v) => {
    setEdits(v);
    retagCurrent?.();
  });
  topicCorrectionsItem.watch(() => retagCurrent?.());
  // Unreadable edits still leave the built-in taxonomy (parseTopicEdits reports and repairs bad values).
  setEdits(await topicEditsItem.getValue().catch(() => undefined));
}

export function init(signal: AbortSignal, page: PageModel): void {
  let menu: HTMLElement | undefined;

  const draw = (card: CardView) => {
    const ids = (card.status?.topics ?? []).filter((id) => chipTemplates.has(id));
    card.topics = ids;
    card.root.setAttribute('data-pc-topics', ids.join(' '));
    paint(card);
  };

  /** The chips in each slot of a drawn card. */
  const paint = (card: CardView) => {
    if (!card.slots.length) return;
    const ids = card.topics;
    const why = card.status?.why ?? {};
    for (const slot of card.slots) {
      const box = boxTemplate.cloneNode() as HTMLElement;
      if (page.settings.showTopics) {
        const chips: HTMLElement[] = [];
        for (const id of ids.slice(0, MAX_CHIPS)) {
          const t = topics.get(id)!;
          const b = chipTemplates.get(id)!.cloneNode(true) as HTMLElement;
          // The tooltip ("why") is written when the chip is first pointed at or focused (explain).
          b.setAttribute('aria-label', `Topic ${t.name}, ${reasonOf(why, id)}`);
          chips.push(b);
        }
        const extra = ids.length - MAX_CHIPS;
        // One insert for the box's chips, not one per chip.
        box.append(
          ...chips,
          extra > 0
            ? chip('pc-chip pc-chip--more', `+${extra}`, `${extra} more topics, edit topics`, ids.slice(MAX_CHIPS).map((id) => topics.get(id)!.name).join(', '))
            : addTemplate.cloneNode(true),
        );
      }
      const old = slot.querySelector('.pc-chips');
      if (old) old.replaceWith(box);
      else slot.append(box);
    }
  };

  /** A topic chip's tooltip: the terms that matched, written on first hover or focus (most chips are
   *  never pointed at, and a 1,000-card page draws thousands). */
  const explain = (target: EventTarget | null) => {
    const b = (target as Element | null)?.closest?.('.pc-chip[data-pc-topic]');
    if (!(b instanceof HTMLElement) || b.title) return;
    const id = b.closest('[data-pc-id]')?.getAttribute('data-pc-id');
    const card = id ? page.cards.get(id) : undefined;
    const t = topics.get(b.getAttribute('data-pc-topic') ?? '');
    if (!card || !t) return;
    b.title = `${t.name} — ${reasonOf(card.status?.why ?? {}, t.id)}`;
  };

  const drawAll = (cards: Iterable<CardView>) => {
    const list = [...cards].filter((c) => c.status?.topics);
    for (const c of list) draw(c);
    if (list.length) page.hub.emit('topics', list);
  };

  /** Ask the background to tag the page's cards again (after an edit or a correction). */
  const retag = async () => {
    const cards = [...page.cards.values()];
    if (!cards.length) return;
    const answers = await request('topics.classify', { papers: cards.map((c) => c.meta) });
    if (signal.aborted) return;
    const byId = new Map(answers.map((a) => [a.id, a]));
    for (const c of cards) {
      const a = byId.get(c.id);
      if (a && c.status) c.status = { ...c.status, topics: a.topics, why: a.why };
    }
    timed('pc:topics', () => drawAll(cards));
  };

  const closeMenu = (refocus?: HTMLElement) => {
    menu?.remove();
    menu = undefined;
    refocus?.focus();
  };

  const openMenu = (anchor: HTMLElement, card: CardView) => {
    closeMenu();
    const items: HTMLElement[] = [];
    const item = (label: string, action: () => void, extraClass = '') => {
      const b = el('button', { type: 'button', role: 'menuitem', class: `pc-menu__item ${extraClass}` }, label);
      b.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        action();
        closeMenu(anchor.isConnected ? anchor : undefined);
      });
      items.push(b);
      return b;
    };
    const why = card.status?.why ?? {};
    const body: HTMLElement[] = [];
    for (const id of card.topics) {
      const t = topics.get(id)!;
      const terms = why[id] ?? [];
      body.push(el('div', { class: 'pc-menu__why' }, el('strong', {}, t.name), terms.length ? ` — ${terms.join(', ')}` : ' — added by you'));
      body.push(item(`Remove “${t.name}”`, () => void correct(card, id, 'remove'), 'pc-menu__item--remove'));
    }
    const others = [...topics.values()].filter((t) => !t.hidden && !card.topics.includes(t.id));
    if (others.length) body.push(el('div', { class: 'pc-menu__label' }, 'Add a topic'));
    for (const t of others) body.push(item(`+ ${t.name}`, () => void correct(card, t.id, 'add')));
    menu = el('div', { class: 'pc-ui pc-menu', role: 'menu', 'aria-label': `Topics of ${card.meta.title ?? card.id}` }, ...body);
    if (document.documentElement.classList.contains('dark')) menu.classList.add('pc-dark');
    document.body.append(menu);
    const r = anchor.getBoundingClientRect();
    menu.style.left = `${Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + window.innerWidth - menu.offsetWidth - 8))}px`;
    menu.style.top = `${window.scrollY + r.bottom + 4}px`;
    items[0]?.focus();
    menu.addEventListener('keydown', (e) => {
      const i = items.indexOf(document.activeElement as HTMLElement);
      if (e.key === 'Escape') {
        e.preventDefault();
        closeMenu(anchor);
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
      }
    });
  };

  async function correct(card: CardView, topic: string, kind: 'add' | 'remove') {
    const current = parseCorrections(await topicCorrectionsItem.getValue()).corrections;
    const next = applyCorrection(current, { id: card.id, title: card.meta.title ?? '', abstract: card.meta.summary, keywords: card.meta.keywords }, topic, kind);
    await topicCorrectionsItem.setValue(next);
    // The storage watcher re-tags every card with the nudged model.
  }

  // One listener for every chip on the page (cheaper than one per chip on a 1,000-card list).
  page.hub.on(
    'click',
    (e) => {
      const target = e.target as Element | null;
      const b = target?.closest?.('.pc-chip');
      if (b instanceof HTMLElement) {
        const id = b.closest('[data-pc-id]')?.getAttribute('data-pc-id');
        const card = id ? page.cards.get(id) : undefined;
        if (card) {
          e.preventDefault();
          e.stopPropagation();
          openMenu(b, card);
        }
        return;
      }
      if (menu && !menu.contains(target)) closeMenu();
    },
    signal,
  );
  page.hub.on('keydown', (e) => e.key === 'Escape' && menu && closeMenu(), signal);
  page.hub.on('pointerover', (e) => explain(e.target), signal);
  page.hub.on('focusin', (e) => explain(e.target), signal);

  // Chips draw in the same task as the badges: the user's edits were read before the first pass (load).
  page.hub.on('statuses', drawAll, signal);
  page.hub.on('draw', (cards) => cards.forEach(paint), signal);
  page.hub.on('settings', () => drawAll(page.cards.values()), signal);
  const mine = () => void retag();
  retagCurrent = mine;
  page.hub.onAbort(() => {
    if (retagCurrent === mine) retagCurrent = undefined;
    closeMenu();
  }, signal);
}
