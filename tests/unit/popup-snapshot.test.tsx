// @vitest-environment happy-dom
// The popup's saved-list snapshot (components/use-saved.ts): what storage said last time is drawn at
// the next open, newest saved first and without summaries; a damaged snapshot is ignored.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { browser } from 'wxt/browser';
import { savedItem } from '../../utils/storage';
import type { SavedRecord } from '../../utils/saved/model';

const T = (ms: number) => `${String(ms).padStart(13, '0')}:0000:dev1`;
const rec = (i: number, extra: Partial<SavedRecord> = {}): SavedRecord => ({
  id: `2510.${10000 + i}`,
  saved: { v: true, t: T(1_760_000_000_000 + i * 1000) },
  meta: { v: { title: `Paper ${i}`, authors: [`Author ${i}`], topics: ['llm'], publishedAt: '2025-10-01', summary: 'long abstract', listedDate: '2025-10-02' }, t: T(5) },
  ...extra,
});

/** Mounts a fresh copy of the hook (as a new popup would) and reports what it returns at each render. */
async function open() {
  vi.resetModules();
  const { useSaved } = await import('../../components/use-saved');
  const seen: ReturnType<typeof useSaved>[] = [];
  function Probe() {
    seen.push(useSaved());
    return null;
  }
  const root = document.createElement('div');
  act(() => render(<Probe />, root));
  return { seen, close: () => dispatchEvent(new Event('pagehide')) };
}

// happy-dom has no idle callbacks: a long timeout stands in (the test closes the popup before it fires).
vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 60_000));
vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
afterEach(() => localStorage.clear());

describe('saved snapshot', () => {
  it('draws the last storage value at once on the next open, newest saved first, without summaries', async () => {
    // Stored out of order, with a note, an unsaved tombstone and an imported date.
    const state = { [rec(1).id]: rec(1), [rec(3).id]: rec(3, { note: { v: 'read §2', t: T(9) } }), [rec(2).id]: rec(2, { saved: { v: false, t: T(1_770_000_000_000) } }), [rec(4).id]: rec(4) };
    state[rec(4).id]!.meta.v.savedAt = 1_700_000_000_000;
    await savedItem.setValue(state);

    const first = await open();
    expect(first.seen[0]!.loaded).toBe(false); // no snapshot yet: nothing drawn until storage answers
    await vi.waitFor(() => expect(first.seen.at(-1)!.fresh).toBe(true));
    first.close(); // the popup closes before it was idle: the snapshot is written then

    const second = await open();
    const drawn = second.seen[0]!;
    expect(drawn).toMatchObject({ loaded: true, fresh: false });
    // Live items only, newest saved first (the imported date counts), as the list shows them.
    expect(drawn.records.map((r) => r.id)).toEqual([rec(3).id, rec(1).id, rec(4).id]);
    const { summary: _s, ...meta3 } = rec(3).meta.v;
    expect(drawn.state[rec(3).id]).toEqual({ ...rec(3), meta: { ...rec(3).meta, v: meta3 }, note: { v: 'read §2', t: T(9) } });
    expect(drawn.state[rec(2).id]!.saved.v).toBe(false);
    expect(drawn.state[rec(4).id]!.meta.v.savedAt).toBe(1_700_000_000_000);
  });

  it('draws 5,000 items from the snapshot without rebuilding them: records are built when used', async () => {
    const state: Record<string, SavedRecord> = {};
    for (let i = 0; i < 5000; i++) state[rec(i).id] = rec(i);
    await savedItem.setValue(state);
    const first = await open();
    await vi.waitFor(() => expect(first.seen.at(-1)!.fresh).toBe(true));
    first.close();

    const second = await open();
    const drawn = second.seen[0]!;
    expect(drawn).toMatchObject({ loaded: true, fresh: false });
    expect(drawn.rows.length).toBe(5000);
    // Newest saved first, and each row's record whole (less its summary) when the list asks for it.
    expect(drawn.rows[0]!.rec.id).toBe(rec(4999).id);
    expect(drawn.rows[0]!.savedAt).toBe(1_760_000_000_000 + 4999 * 1000);
    expect(drawn.rows[4999]!.published).toBe('2025-10-01');
    const { summary: _s, ...meta } = rec(17).meta.v;
    expect(drawn.state[rec(17).id]).toEqual({ ...rec(17), meta: { ...rec(17).meta, v: meta } });
    expect(drawn.records.length).toBe(5000);
  });

  it('a damaged row in the first screen: the snapshot is not used', async () => {
    await savedItem.setValue({ [rec(1).id]: rec(1) });
    const good = ['2510.10002', true, T(9), T(9), 'Paper 2', ['Author 2'], 0, 0, 0, 0, 0, 0, 9];
    const damaged = ['2510.10003', true, T(8), T(8), 'Paper 3', 'Author 3 (not a list)', 0, 0, 0, 0, 0, 0, 8];
    localStorage.setItem('pc:saved-snapshot', JSON.stringify({ v: 3, rows: [good, damaged], dropped: 0 }));
    const o = await open();
    expect(o.seen[0]!.loaded).toBe(false);
    await vi.waitFor(() => expect(o.seen.at(-1)!.records.map((r) => r.id)).toEqual([rec(1).id]));
  });

  it('a damaged row further down: drawn at once, then given up for storage once the idle check finds it', async () => {
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 0));
    try {
      // Storage answers late (the hook reads through browser.storage, which every module copy shares).
      await savedItem.setValue({ [rec(1).id]: rec(1) });
      let answer!: () => void;
      const late = new Promise<void>((resolve) => (answer = resolve));
      const get = browser.storage.local.get.bind(browser.storage.local) as (keys: unknown) => Promise<Record<string, unknown>>;
      const slowGet = vi.spyOn(browser.storage.local, 'get').mockImplementation((async (keys: unknown) => {
        await late;
        return get(keys);
      }) as typeof browser.storage.local.get);
      const row = (i: number) => [`2510.${10000 + i}`, true, T(1000 - i), T(1), `Paper ${i}`, [`Author ${i}`], 0, 0, 0, 0, 0, 0, 1000 - i];
      const rows: unknown[] = Array.from({ length: 60 }, (_, i) => row(i));
      (rows[50] as unknown[])[5] = [42]; // authors that are not strings, beyond the first screen
      localStorage.setItem('pc:saved-snapshot', JSON.stringify({ v: 3, rows, dropped: 0 }));
      const o = await open();
      expect(o.seen[0]!).toMatchObject({ loaded: true, fresh: false });
      expect(o.seen[0]!.rows.length).toBe(60);
      await vi.waitFor(() => expect(o.seen.at(-1)!.loaded).toBe(false));
      answer();
      await vi.waitFor(() => expect(o.seen.at(-1)!).toMatchObject({ loaded: true, fresh: true }));
      expect(o.seen.at(-1)!.records.map((r) => r.id)).toEqual([rec(1).id]);
      slowGet.mockRestore();
    } finally {
      vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 60_000));
    }
  });

  it('ignores a damaged or older snapshot and waits for storage', async () => {
    await savedItem.setValue({ [rec(1).id]: rec(1) });
    for (const bad of ['{not json', JSON.stringify({ v: 3, rows: [['2510.10001', 'yes']] }), JSON.stringify({ v: 3, rows: {} }), JSON.stringify({ v: 2, rows: [] }), JSON.stringify({ v: 1, state: {} })]) {
      localStorage.setItem('pc:saved-snapshot', bad);
      const o = await open();
      expect(o.seen[0]!.loaded).toBe(false);
      await vi.waitFor(() => expect(o.seen.at(-1)!.records.map((r) => r.id)).toEqual([rec(1).id]));
    }
  });
});
