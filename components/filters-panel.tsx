// Filters for the open papers page. Every change is written to storage at once; the content
// script listens and hides cards without a reload.
import type { Filters } from '../utils/schema';
import type { PageInfo } from '../utils/messages';
import { isFiltering } from '../utils/filters';
import type { Readiness } from '../utils/ranking';
import type { Topics } from './use-topics';
import { Icon } from './icons';

type TopicMode = 'in' | 'out' | 'off';

const VIEW_NAMES: Record<PageInfo['kind'], string> = {
  trending: 'Trending',
  day: 'Daily',
  week: 'Weekly',
  month: 'Monthly',
  search: 'Search results',
  paper: 'Paper page',
  other: 'Papers',
};
export const viewName = (kind: PageInfo['kind']) => VIEW_NAMES[kind];

/** What the page can offer besides filters: the two in-place orders (each needs its setting on) and dismissed cards. */
export interface OrderOptions {
  /** The "for you" model's readiness; null when the setting is off. */
  forYou: Readiness | null;
  /** Momentum is on in the settings (the rising order needs it). */
  rising: boolean;
}

export function FiltersPanel(props: { info: PageInfo; filters: Filters; topics: Topics; order: OrderOptions; onChange(patch: Partial<Filters>): void }) {
  const { info, filters, topics, order, onChange } = props;
  const modeOf = (id: string): TopicMode => (filters.topicsIn.includes(id) ? 'in' : filters.topicsOut.includes(id) ? 'out' : 'off');
  // Click cycles a topic: off → show only → hide → off.
  const cycle = (id: string) => {
    const mode = modeOf(id);
    const topicsIn = filters.topicsIn.filter((t) => t !== id);
    const topicsOut = filters.topicsOut.filter((t) => t !== id);
    if (mode === 'off') topicsIn.push(id);
    else if (mode === 'in') topicsOut.push(id);
    onChange({ topicsIn, topicsOut });
  };

  const counted = topics.list
    .filter((t) => !t.hidden)
    .map((t) => ({ t, n: info.topicCounts[t.id] ?? 0 }))
    .filter(({ t, n }) => n > 0 || modeOf(t.id) !== 'off')
    .sort((a, b) => b.n - a.n || a.t.name.localeCompare(b.t.name));
  const isSearch = info.kind === 'search';

  return (
    <section class="pc-filters" aria-label={`Filters for ${viewName(info.kind)} pages`}>
      <div class="pc-search">
        <Icon name="search" />
        <input
          class="pc-input pc-input-search"
          type="search"
          placeholder="Title, author or abstract…"
          aria-label="Show only cards containing these words (title, authors, abstract)"
          value={filters.text}
          onInput={(e) => onChange({ text: e.currentTarget.value })}
        />
      </div>

      <div class="pc-filter-grid">
        <label class="pc-switch">
          <input type="checkbox" checked={filters.hideSeen} onChange={(e) => onChange({ hideSeen: e.currentTarget.checked })} />
          <span>Hide seen</span>
        </label>
        <label class="pc-switch">
          <input type="checkbox" checked={filters.hideOpened} onChange={(e) => onChange({ hideOpened: e.currentTarget.checked })} />
          <span>Hide opened</span>
        </label>
        <label class="pc-switch">
          <input type="checkbox" checked={filters.savedOnly} onChange={(e) => onChange({ savedOnly: e.currentTarget.checked })} />
          <span>Saved only</span>
        </label>
        <label class="pc-upvotes">
          <span>Min. upvotes</span>
          <input
            class="pc-input pc-input-num"
            type="number"
            min={0}
            step={5}
            inputMode="numeric"
            value={filters.minUpvotes || ''}
            placeholder="0"
            onInput={(e) => {
              const n = Math.max(0, Math.floor(Number(e.currentTarget.value) || 0));
              onChange({ minUpvotes: n });
            }}
          />
        </label>
      </div>
      {isSearch && (
        <label class="pc-switch pc-search-note">
          <input type="checkbox" checked={filters.hideSeenOnSearch} onChange={(e) => onChange({ hideSeenOnSearch: e.currentTarget.checked })} />
          <span>Also hide seen / opened papers in search results</span>
        </label>
      )}

      <OrderControls info={info} filters={filters} order={order} onChange={onChange} />

      <div class="pc-topics-head">
        <h2 id="pc-topics-label">Topics on this page</h2>
        <span class="pc-hint">click: show only · again: hide</span>
      </div>
      {counted.length ? (
        <ul class="pc-topic-chips" aria-labelledby="pc-topics-label">
          {counted.map(({ t, n }) => {
            const mode = modeOf(t.id);
            const state = mode === 'in' ? 'showing only these' : mode === 'out' ? 'hidden' : 'not filtered';
            return (
              <li key={t.id}>
                <button
                  type="button"
                  class={`pc-topic-btn pc-topic-${mode}`}
                  data-topic={t.id}
                  aria-label={`${t.name}, ${n} on this page, ${state}`}
                  title={mode === 'off' ? 'Show only this topic' : mode === 'in' ? 'Hide this topic' : 'Stop filtering by this topic'}
                  onClick={() => cycle(t.id)}
                >
                  {mode === 'in' && <Icon name="check" class="pc-icon pc-icon-xs" />}
                  {mode === 'out' && <Icon name="close" class="pc-icon pc-icon-xs" />}
                  <span class="pc-topic-name">{t.name}</span>
                  <span class="pc-count">{n}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="pc-empty-line">No topics detected on this page yet.</p>
      )}
    </section>
  );
}

function OrderControls({ info, filters, order, onChange }: { info: PageInfo; filters: Filters; order: OrderOptions; onChange(patch: Partial<Filters>): void }) {
  // Dismissed cards are hidden on lists only (search and paper pages show everything).
  const dismissable = info.kind !== 'search';
  if (!order.forYou && !order.rising && !dismissable) return null;
  return (
    <div class="pc-order" role="group" aria-label="Order and dismissed papers">
      {order.forYou &&
        (order.forYou.ready ? (
          <label class="pc-switch">
            {/* One in-place order at a time: turning one on turns the other off. */}
            <input type="checkbox" checked={filters.sortForYou} onChange={(e) => onChange({ sortForYou: e.currentTarget.checked, ...(e.currentTarget.checked ? { sortRising: false } : {}) })} />
            <span>Sort by my interests</span>
          </label>
        ) : (
          <p class="pc-order-note" data-pc-foryou="cold">
            <Icon name="sort" class="pc-icon pc-icon-xs" />
            <span>
              <strong>Sort by my interests:</strong> not yet — {order.forYou.reason}.
            </span>
          </p>
        ))}
      {order.rising && (
        <label class="pc-switch">
          <input type="checkbox" checked={filters.sortRising} onChange={(e) => onChange({ sortRising: e.currentTarget.checked, ...(e.currentTarget.checked ? { sortForYou: false } : {}) })} />
          <span>Rising since my last visit</span>
        </label>
      )}
      {dismissable && (
        <label class="pc-switch">
          <input type="checkbox" checked={filters.showDismissed} onChange={(e) => onChange({ showDismissed: e.currentTarget.checked })} />
          <span>Show dismissed</span>
        </label>
      )}
    </div>
  );
}

export function FiltersFooter({ info, filters, onReset }: { info: PageInfo; filters: Filters; onReset(): void }) {
  const active = isFiltering(filters);
  return (
    <div class="pc-filters-foot" role="status" aria-live="polite">
      <span>
        <strong>{info.hidden}</strong> of {info.cards} cards hidden
      </span>
      <button type="button" class="pc-btn pc-btn-sm pc-btn-ghost" onClick={onReset} disabled={!active}>
        Reset filters
      </button>
    </div>
  );
}
