// What the content script knows about the open page view: its cards and their state. One instance per
// URL; the manager makes a new one on navigation and aborts the old one's features.
import type { ParsedCard, ParsedPage } from '../../utils/page/parse';
import type { Filters, PaperStatus, Settings, ViewKind } from '../../utils/schema';
import type { SavedState } from '../../utils/saved/model';

export interface CardView extends ParsedCard {
  /** Our container inside each drawn copy of the card (badge, save control, chips); empty until the
   *  card is drawn (see PageEvents.draw). A copy the page hides (trending's mobile copy on a wide
   *  screen) is drawn when it shows. */
  slots: HTMLElement[];
  /** The copy each slot sits in (same order as slots). */
  drawnCopies: HTMLElement[];
  status?: PaperStatus;
  topics: string[];
  /** Whether PageModel.near watches the card (undrawn cards after the first dozen). */
  near?: boolean;
}

type Listener<T> = (value: T) => void;

/** A tiny typed event hub so features can react to each other without knowing each other. */
type Owned<Events> = { listeners: Array<[keyof Events, Listener<never>]>; cleanups: Array<() => void> };

export class Hub<Events extends Record<string, unknown>> {
  private listeners = new Map<keyof Events, Set<Listener<never>>>();
  /** What each signal owns: its listeners and cleanups, removed and run when it aborts (features add ~30
   *  per page view; an abort listener each costs the page more than a list entry). */
  private bySignal = new Map<AbortSignal, Owned<Events>>();
  /**
   * `ends`: a signal whose end the hub's owner reports by calling end(), as the manager does for a page
   * view. It needs no abort listener: the first one a content script adds to a signal costs its first
   * pass about 0.2 ms. Other signals get one.
   */
  constructor(private readonly ends?: AbortSignal) {}
  private owned(signal: AbortSignal) {
    let mine = this.bySignal.get(signal);
    if (!mine) {
      const entry: Owned<Events> = (mine = { listeners: [], cleanups: [] });
      this.bySignal.set(signal, entry);
      if (signal !== this.ends) signal.addEventListener('abort', () => this.release(signal), { once: true });
    }
    return mine;
  }
  /** Removes the listeners of a signal and runs its cleanups, once. */
  private release(signal: AbortSignal) {
    const entry = this.bySignal.get(signal);
    if (!entry) return;
    this.bySignal.delete(signal);
    for (const [t, f] of entry.listeners) this.listeners.get(t)?.delete(f);
    for (const fn of entry.cleanups) {
      try {
        fn();
      } catch (err) {
        console.error('[Papers Companion] cleanup failed', err);
      }
    }
  }
  /** The owner's report that `ends` has aborted: its listeners go and its cleanups run. */
  end(): void {
    if (this.ends) this.release(this.ends);
  }
  on<K extends keyof Events>(type: K, fn: Listener<Events[K]>, signal: AbortSignal): void {
    if (signal.aborted) return;
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(fn as Listener<never>);
    this.owned(signal).listeners.push([type, fn as Listener<never>]);
  }
  /** Runs `fn` when `signal` aborts (at once if it already has), after its listeners are removed. */
  onAbort(fn: () => void, signal: AbortSignal): void {
    if (signal.aborted) return fn();
    this.owned(signal).cleanups.push(fn);
  }
  emit<K extends keyof Events>(type: K, value: Events[K]): void {
    for (const fn of this.listeners.get(type) ?? []) {
      try {
        (fn as Listener<Events[K]>)(value);
      } catch (err) {
        console.error('[Papers Companion]', String(type), err);
      }
    }
  }
}

export interface PageEvents extends Record<string, unknown> {
  /** Cards newly found in this pass: they get their state attributes now, their controls on 'draw'. */
  cards: CardView[];
  /** These cards just got slots (still detached while the event runs): draw your controls in every
   *  slot that lacks them (a card drawn before gets a slot when another copy of it shows). */
  draw: CardView[];
  /** Statuses arrived (or changed) for these cards. */
  statuses: CardView[];
  saved: SavedState;
  settings: Settings;
  filters: Filters;
  /** Topic chips changed (tagger or corrections). */
  topics: CardView[];
  // The page's own events, relayed from one listener per type for the whole tab (see DOM_EVENTS in the
  // manager): click, auxclick and keydown in the capture phase at the document.
  click: MouseEvent;
  auxclick: MouseEvent;
  keydown: KeyboardEvent;
  pointerover: PointerEvent;
  focusin: FocusEvent;
  pagehide: PageTransitionEvent;
}

export interface PageModel {
  url: string;
  kind: ViewKind;
  parsed: ParsedPage;
  cards: Map<string, CardView>;
  saved: SavedState;
  settings: Settings;
  filters: Filters;
  hub: Hub<PageEvents>;
  /** Hidden-by-filter count, kept by the filters feature for the popup. */
  hidden: number;
  /** When the page view started: cards first seen after this are still "new" in this view. */
  startedAt: number;
  /** Watches undrawn copies of cards until they come within a screen of the viewport (one for the tab). */
  near: IntersectionObserver;
  /** Draws these cards' controls now if they are not drawn yet (e.g. the keyboard focused one). */
  draw(cards: CardView[]): void;
}
