// Topic chips after each card's title: at most three plus "+N"; hover or focus tells why (the terms
// that matched). A chip's menu removes a wrong topic or adds a missing one; the correction sticks to
// the paper and nudges the tagger for similar papers. Taxonomy edits re-tag the open page live.
import { createTagger, type TopicDef } from '../../../utils/topics';
import { applyCorrection, parseCorrections, type Corrections } from '../../../utils/topics/corrections';
import { parseTopicEdits } from '../../../utils/topics/edits';
import { topicCorrectionsItem, topicEditsItem } from '../../../utils/topics/storage';
import type { CardView, PageModel } from '../page-model';
import { el } from '../dom';
import { timed } from '../perf';

export const name = 'topic-chips';
const MAX_CHIPS = 3;

type Tagger = ReturnType<typeof createTagger>;

export function init(signal: AbortSignal, page: PageModel): void {
  let tagger: Tagger | undefined;
  let corrections: Corrections = {};
  let edits: unknown;
  const why = new Map<string, Record<string, string[]>>();
  let menu: HTMLElement | undefined;

  const rebuild = () => {
    tagger = createTagger({ edits: parseTopicEdits(edits).edits, corrections });
  };

  const tag = (cards: CardView[]) => {
    if (!tagger || !page.settings.showTopics) {
      for (const c of cards) c.slots.forEach((s) => s.querySelector('.pc-chips')?.remove());
      return;
    }
    const names = new Map(tagger.topics.map((t) => [t.id, t]));
    for (const card of cards) {
      const r = tagger.classify({ id: card.id, title: card.meta.title ?? '', abstract: card.meta.summary, keywords: card.meta.keywords });
      card.topics = r.topics;
      why.set(card.id, r.why);
      card.root.setAttribute('data-pc-topics', r.topics.join(' '));
      for (const slot of card.slots) drawChips(slot, card, names);
    }
  };

  const drawChips = (slot: HTMLElement, card: CardView, names: Map<string, TopicDef>) => {
    const chips = el('span', { class: 'pc-chips' });
    const shown = card.topics.slice(0, MAX_CHIPS);
    for (const id of shown) {
      const t = names.get(id);
      if (!t) continue;
      const terms = why.get(card.id)?.[id] ?? [];
      const reason = terms.length ? `matched: ${terms.join(', ')}` : 'added by you';
      const chip = el('button', {
        type: 'button',
        class: `pc-chip pc-chip--${t.color}`,
        'data-pc-topic': id,
        'aria-haspopup': 'menu',
        'aria-label': `Topic ${t.name}, ${reason}`,
        title: `${t.name} — ${reason}`,
      }, t.name);
      chip.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        openMenu(chip, card);
      });
      chips.append(chip);
    }
    const extra = card.topics.length - shown.length;
    const more = el('button', {
      type: 'button',
      class: 'pc-chip pc-chip--more',
      'aria-haspopup': 'menu',
      'aria-label': extra > 0 ? `${extra} more topics, edit topics` : 'Edit topics',
      title: extra > 0 ? card.topics.slice(MAX_CHIPS).map((id) => names.get(id)?.name ?? id).join(', ') : 'Add a topic',
    }, extra > 0 ? `+${extra}` : '+');
    more.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      openMenu(more, card);
    });
    chips.append(more);
    const old = slot.querySelector('.pc-chips');
    if (old) old.replaceWith(chips);
    else slot.append(chips);
  };

  const closeMenu = (refocus?: HTMLElement) => {
    menu?.remove();
    menu = undefined;
    refocus?.focus();
  };

  const openMenu = (anchor: HTMLElement, card: CardView) => {
    closeMenu();
    if (!tagger) return;
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
    const reasons = why.get(card.id) ?? {};
    const visible = tagger.topics.filter((t) => !t.hidden);
    const body: HTMLElement[] = [];
    for (const id of card.topics) {
      const t = visible.find((x) => x.id === id);
      if (!t) continue;
      const terms = reasons[id] ?? [];
      body.push(el('div', { class: 'pc-menu__why' }, el('strong', {}, t.name), terms.length ? ` — ${terms.join(', ')}` : ' — added by you'));
      body.push(item(`Remove “${t.name}”`, () => void correct(card, id, 'remove'), 'pc-menu__item--remove'));
    }
    const others = visible.filter((t) => !card.topics.includes(t.id));
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

  const retagAll = () =>
    timed('pc:topics', () => {
      rebuild();
      const cards = [...page.cards.values()];
      tag(cards);
      page.hub.emit('topics', cards);
    });

  const onDocClick = (e: MouseEvent) => {
    if (menu && !menu.contains(e.target as Node)) closeMenu();
  };
  document.addEventListener('click', onDocClick, { signal });
  document.addEventListener('keydown', (e) => e.key === 'Escape' && menu && closeMenu(), { signal });

  const ready = Promise.all([topicEditsItem.getValue(), topicCorrectionsItem.getValue()]).then(([e, c]) => {
    edits = e;
    corrections = parseCorrections(c).corrections;
    rebuild();
  });
  page.hub.on('cards', (cards) => void ready.then(() => {
    if (signal.aborted) return;
    timed('pc:topics', () => {
      tag(cards);
      page.hub.emit('topics', cards);
    });
  }), signal);
  page.hub.on('settings', () => void ready.then(retagAll), signal);
  const unwatch = [
    topicEditsItem.watch((v) => {
      edits = v;
      retagAll();
    }),
    topicCorrectionsItem.watch((v) => {
      corrections = parseCorrections(v).corrections;
      retagAll();
    }),
  ];
  signal.addEventListener('abort', () => {
    unwatch.forEach((u) => u());
    closeMenu();
  });
}
