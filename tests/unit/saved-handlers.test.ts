// The background's saved-item handlers against fake browser storage.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importSaved, setNote, setSaved } from '../../entrypoints/background/saved';
import { isSaved, liveItems, noteOf } from '../../utils/saved/model';
import { readSavedState } from '../../utils/saved/store';

const meta = { title: 'A paper', authors: ['Ada'] };
const ids = Array.from({ length: 20 }, (_, i) => `2401.${String(i).padStart(5, '0')}`);

describe('saved handlers', () => {
  it('saves, notes and unsaves an item in local:saved', async () => {
    await setSaved({ id: ids[0]!, saved: true, meta });
    await setNote({ id: ids[0]!, note: 'important' });
    let { state } = await readSavedState();
    expect(isSaved(state[ids[0]!])).toBe(true);
    expect(noteOf(state[ids[0]!]!)).toBe('important');
    await setSaved({ id: ids[0]!, saved: false });
    ({ state } = await readSavedState());
    expect(isSaved(state[ids[0]!])).toBe(false);
    const raw = (await fakeBrowser.storage.local.get('saved')).saved as Record<string, unknown>;
    expect(Object.keys(raw)).toEqual([ids[0]]);
  });

  it('two tabs saving at once lose nothing', async () => {
    await Promise.all(ids.map((id, i) => (i % 2 ? setSaved({ id, saved: true, meta }) : setSaved({ id, saved: true }))));
    await Promise.all(ids.map((id) => setNote({ id, note: `note ${id}` })));
    const { state } = await readSavedState();
    expect(liveItems(state)).toHaveLength(ids.length);
    for (const id of ids) expect(noteOf(state[id]!)).toBe(`note ${id}`);
    // Every write got its own, increasing stamp.
    const stamps = ids.map((id) => state[id]!.note!.t);
    expect(new Set(stamps).size).toBe(ids.length);
  });

  it('stamps stay ahead of a device clock that steps back', async () => {
    let now = 2_000_000_000_000;
    await setSaved({ id: ids[0]!, saved: true }, () => now);
    now -= 60_000;
    await setSaved({ id: ids[0]!, saved: false }, () => now);
    const { state } = await readSavedState();
    expect(isSaved(state[ids[0]!])).toBe(false);
    expect(state[ids[0]!]!.saved.t.startsWith('2000000000000:0001:')).toBe(true);
  });

  it('a note on an unknown paper is refused with a clear message and changes nothing', async () => {
    await expect(setNote({ id: ids[3]!, note: 'x' })).rejects.toThrow(/not saved/);
    expect((await readSavedState()).state).toEqual({});
  });

  it('import merges: adds new, updates changed, leaves the rest', async () => {
    await setSaved({ id: ids[0]!, saved: true, meta });
    const r = await importSaved({
      items: [
        { id: ids[0]!, meta, note: 'added note' },
        { id: ids[1]!, meta: { title: 'Other', authors: [] }, savedAt: 1_600_000_000_000 },
        { id: ids[0]!, meta },
      ],
    });
    expect(r).toEqual({ added: 1, updated: 1 });
    const { state } = await readSavedState();
    expect(liveItems(state)).toHaveLength(2);
    expect(noteOf(state[ids[0]!]!)).toBe('added note');
  });

  it('a corrupt local record is dropped on the next write, the good ones kept', async () => {
    await setSaved({ id: ids[0]!, saved: true, meta });
    const raw = (await fakeBrowser.storage.local.get('saved')).saved as Record<string, unknown>;
    await fakeBrowser.storage.local.set({ saved: { ...raw, [ids[1]!]: { id: ids[1], saved: 1 } } });
    await setSaved({ id: ids[2]!, saved: true, meta });
    const { state, dropped } = await readSavedState();
    expect(Object.keys(state).sort()).toEqual([ids[0], ids[2]]);
    expect(dropped).toEqual([]);
  });
});
