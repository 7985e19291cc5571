// @vitest-environment happy-dom
// Popup pieces in a DOM: the windowed saved list, saved search/sort, topic filter chips.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SavedList, ROW_HEIGHT } from '../../components/saved-list';
import { querySaved, toRows } from '../../components/saved-query';
import { FiltersPanel, type OrderOptions } from '../../components/filters-panel';
import { fmtBytes, SyncLine } from '../../components/sync-status';
import { formatCount } from '../../components/format';
import { emptyModel, readiness } from '../../utils/ranking';
import type { SyncStatus } from '../../utils/messages';
import type { Topics } from '../../components/use-topics';
import { defaultTopics } from '../../utils/topics';
import { DEFAULT_FILTERS, type Filters } from '../../utils/schema';
import type { SavedRecord } from '../../utils/saved/model';
import type { PageInfo } from '../../utils/messages';

const T = (ms: number) => `${String(ms).padStart(13, '0')}:0000:dev1`;
function rec(i: number, extra: Partial<SavedRecord['meta']['v']> = {}, note?: string): SavedRecord {
  const id = `2510.${String(10000 + i)}`;
  return {
    id,
    saved: { v: true, t: T(1_760_000_000_000 + i * 1000) },
    meta: { v: { title: `Paper ${i}`, authors: [`Author ${i}`], ...extra }, t: T(1) },
    ...(note ? { note: { v: note, t: T(2) } } : {}),
  };
}
const NO_ORDER: OrderOptions = { forYou: null, rising: false };
const list = defaultTopics();
const topics: Topics = { list, name: (id) => list.find((t) => t.id === id)?.name ?? id, color: (id) => list.find((t) => t.id === id)?.color };

function mount(vnode: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}

describe('windowed saved list', () => {
  it('draws only the rows on screen for 5,000 items, and the next ones when scrolled', () => {
    const rows = toRows(Array.from({ length: 5000 }, (_, i) => rec(i)));
    const root = mount(<SavedList rows={rows} topics={topics} onRemove={() => {}} onNote={async () => {}} />);
    const items = () => [...root.querySelectorAll('li.pc-item')];
    expect(items().length).toBeGreaterThan(3);
    expect(items().length).toBeLessThan(20);
    expect(items()[0]!.getAttribute('aria-setsize')).toBe('5000');
    expect((root.querySelector('ul') as HTMLElement).style.height).toBe(`${5000 * ROW_HEIGHT}px`);

    const box = root.querySelector('.pc-list') as HTMLElement;
    act(() => {
      box.scrollTop = 2500 * ROW_HEIGHT;
      box.dispatchEvent(new Event('scroll'));
    });
    const ids = items().map((li) => li.getAttribute('data-pc-saved-id'));
    expect(ids).toContain(rows[2500]!.rec.id);
    expect(ids).not.toContain(rows[0]!.rec.id);
    expect(items().length).toBeLessThan(20);
  });

  it('draws just the rows that fill the box first, and the rows kept ready for scrolling right after', async () => {
    const rows = toRows(Array.from({ length: 5000 }, (_, i) => rec(i)));
    const root = document.createElement('div');
    document.body.append(root);
    render(<SavedList rows={rows} topics={topics} onRemove={() => {}} onNote={async () => {}} />, root); // no act: effects wait for a frame
    const ids = () => [...root.querySelectorAll('li.pc-item')].map((li) => li.getAttribute('data-pc-saved-id'));
    expect(ids()).toEqual(rows.slice(0, 4).map((r) => r.rec.id));
    await vi.waitFor(() => expect(ids()).toEqual(rows.slice(0, 8).map((r) => r.rec.id)));
  });

  it('saves a note on Enter and says so; remove passes the record', async () => {
    const onNote = vi.fn(async () => {});
    const onRemove = vi.fn();
    const rows = toRows([rec(1)]);
    const root = mount(<SavedList rows={rows} topics={topics} onRemove={onRemove} onNote={onNote} />);
    const input = root.querySelector('input.pc-note-input') as HTMLInputElement;
    await act(async () => {
      input.value = 'read §3';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(onNote).toHaveBeenCalledWith('2510.10001', 'read §3');
    expect(root.querySelector('.pc-note-state')!.textContent).toBe('Saved');
    (root.querySelector('button.pc-remove') as HTMLButtonElement).click();
    expect(onRemove).toHaveBeenCalledWith(rows[0]!.rec);
  });
});

describe('saved search and sort', () => {
  const recs = [
    rec(1, { topics: ['llm'], publishedAt: '2025-01-01' }, 'compare with chinchilla'),
    rec(2, { topics: ['agents'], publishedAt: '2025-06-01', authors: ['Grace Hopper'] }),
    rec(3, { publishedAt: '2024-03-01' }),
  ];
  const rows = toRows(recs);
  const ids = (rs: ReturnType<typeof toRows>) => rs.map((r) => r.rec.id);

  it('finds by note, author, topic name and id; every word must match', () => {
    expect(ids(querySaved(rows, 'chinchilla', 'saved', topics.name))).toEqual(['2510.10001']);
    expect(ids(querySaved(rows, 'hopper', 'saved', topics.name))).toEqual(['2510.10002']);
    expect(ids(querySaved(rows, 'language models', 'saved', topics.name))).toEqual(['2510.10001']);
    expect(ids(querySaved(rows, 'paper agents', 'saved', topics.name))).toEqual(['2510.10002']);
    expect(ids(querySaved(rows, 'nothing-like-this', 'saved', topics.name))).toEqual([]);
  });

  it('sorts newest saved first, or newest published first', () => {
    expect(ids(querySaved(rows, '', 'saved'))).toEqual(['2510.10003', '2510.10002', '2510.10001']);
    expect(ids(querySaved(rows, '', 'published'))).toEqual(['2510.10002', '2510.10001', '2510.10003']);
  });
});

describe('topic filter chips', () => {
  const info: PageInfo = { kind: 'day', status: 'ready', url: 'https://huggingface.co/papers', cards: 10, hidden: 0, topicCounts: { llm: 6, agents: 2 } };

  it('lists the page topics with counts, most common first; a click cycles show only → hide → off', () => {
    let filters: Filters = DEFAULT_FILTERS;
    const onChange = vi.fn((patch: Partial<Filters>) => (filters = { ...filters, ...patch }));
    const draw = () => mount(<FiltersPanel info={info} filters={filters} topics={topics} order={NO_ORDER} onChange={onChange} />);
    let root = draw();
    const chips = () => [...root.querySelectorAll<HTMLButtonElement>('.pc-topic-btn')];
    expect(chips().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Language models, 6 on this page, not filtered',
      'Agents, 2 on this page, not filtered',
    ]);
    chips()[0]!.click();
    expect(filters.topicsIn).toEqual(['llm']);
    root = draw();
    chips()[0]!.click();
    expect(filters).toMatchObject({ topicsIn: [], topicsOut: ['llm'] });
    root = draw();
    expect(chips()[0]!.getAttribute('aria-label')).toBe('Language models, 6 on this page, hidden');
    chips()[0]!.click();
    expect(filters).toMatchObject({ topicsIn: [], topicsOut: [] });
  });

  it('offers "also on search results" only on search pages', () => {
    const root = mount(<FiltersPanel info={{ ...info, kind: 'search' }} filters={DEFAULT_FILTERS} topics={topics} order={NO_ORDER} onChange={() => {}} />);
    expect(root.textContent).toContain('Also hide seen / opened papers in search results');
    const day = mount(<FiltersPanel info={info} filters={DEFAULT_FILTERS} topics={topics} order={NO_ORDER} onChange={() => {}} />);
    expect(day.textContent).not.toContain('Also hide seen');
  });
});

describe('order and dismissed controls', () => {
  const info: PageInfo = { kind: 'day', status: 'ready', url: 'https://huggingface.co/papers', cards: 10, hidden: 0, topicCounts: {} };
  const switchNamed = (root: HTMLElement, name: string) => [...root.querySelectorAll('label.pc-switch')].find((l) => l.textContent === name)?.querySelector('input');

  it('says why it cannot sort by interests yet instead of offering it', () => {
    const cold = readiness(emptyModel());
    const root = mount(<FiltersPanel info={info} filters={DEFAULT_FILTERS} topics={topics} order={{ forYou: cold, rising: true }} onChange={() => {}} />);
    expect(switchNamed(root, 'Sort by my interests')).toBeUndefined();
    expect(root.querySelector('[data-pc-foryou="cold"]')!.textContent).toBe(`Sort by my interests: not yet — ${cold.ready ? '' : cold.reason}.`);
    expect(switchNamed(root, 'Rising since my last visit')).toBeDefined();
  });

  it('offers one in-place order at a time, and "show dismissed" except on search', () => {
    let filters: Filters = { ...DEFAULT_FILTERS, sortRising: true };
    const onChange = vi.fn((patch: Partial<Filters>) => (filters = { ...filters, ...patch }));
    const root = mount(<FiltersPanel info={info} filters={filters} topics={topics} order={{ forYou: { ready: true }, rising: true }} onChange={onChange} />);
    switchNamed(root, 'Sort by my interests')!.click();
    expect(filters).toMatchObject({ sortForYou: true, sortRising: false });
    switchNamed(root, 'Show dismissed')!.click();
    expect(filters.showDismissed).toBe(true);
    const search = mount(<FiltersPanel info={{ ...info, kind: 'search' }} filters={DEFAULT_FILTERS} topics={topics} order={{ forYou: null, rising: false }} onChange={() => {}} />);
    expect(search.querySelector('.pc-order')).toBeNull();
  });
});

describe('sync line', () => {
  const base: SyncStatus = { state: 'ok', bytesUsed: 12_595, bytesQuota: 102_400, items: 40, localOnlyNotes: [] };
  const titleOf = (id: string) => `Title of ${id}`;

  it('formats bytes and counts', () => {
    expect([fmtBytes(512), fmtBytes(12_595), fmtBytes(102_400)]).toEqual(['512 B', '12.3 KB', '100 KB']);
    expect([0, 999, 5000, 1_234_567].map(formatCount)).toEqual(['0', '999', '5,000', '1,234,567']);
  });

  it('says synced with the bytes used, sync off, and which notes stay local when full', () => {
    expect(mount(<SyncLine status={base} titleOf={titleOf} />).querySelector('[role="status"]')!.textContent).toBe('Synced · 12.3 KB of 100 KB');
    expect(mount(<SyncLine status={{ ...base, state: 'off', bytesUsed: 0 }} titleOf={titleOf} />).querySelector('[role="status"]')!.textContent).toBe(
      'Sync off — saved on this device · 0 B of 100 KB',
    );
    const full = mount(<SyncLine status={{ ...base, state: 'quota', bytesUsed: 101_000, localOnlyNotes: ['2510.00001', '2510.00002'] }} titleOf={titleOf} />);
    expect(full.querySelector('[role="status"]')!.textContent).toBe('Sync full — 2 notes kept on this device only · 98.6 KB of 100 KB');
    expect(full.querySelector('ul')).toBeNull();
    act(() => full.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click());
    expect([...full.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Title of 2510.00001', 'Title of 2510.00002']);
  });
});
