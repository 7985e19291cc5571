// The merge rules, one named case each (the README's "what wins" table).
import { describe, expect, it } from 'vitest';
import {
  applyImport,
  applyNote,
  applySet,
  BOTTOM_HLC,
  isSaved,
  liveItems,
  makeHlc,
  mergeStates,
  nextHlc,
  noteOf,
  parseSavedState,
  savedAt,
  type SavedRecord,
  type SavedState,
} from '../../utils/saved/model';

const ID = '2401.00001';
const t = (ms: number, dev = 'A', c = 0) => makeHlc(1_700_000_000_000 + ms, c, dev);
const meta = { title: 'A paper', authors: ['Ada'] };
const saved = (at: string): SavedRecord => applySet(undefined, ID, true, meta, at)!;
const st = (r: SavedRecord): SavedState => ({ [r.id]: r });

describe('hybrid logical clock', () => {
  it('orders stamps by wall time, then counter, then device', () => {
    expect(t(1) < t(2)).toBe(true);
    expect(t(1, 'A', 1) > t(1, 'Z', 0)).toBe(true);
    expect(t(1, 'A') < t(1, 'B')).toBe(true);
    expect(BOTTOM_HLC < t(0)).toBe(true);
  });
  it('stays ahead of everything seen even when the wall clock steps back', () => {
    const seen = t(500, 'B', 3);
    const next = nextHlc(seen, 1_700_000_000_000 + 100, 'A');
    expect(next > seen).toBe(true);
    expect(next).toBe(t(500, 'A', 4));
    expect(nextHlc(seen, 1_700_000_000_000 + 900, 'A')).toBe(t(900, 'A', 0));
  });
});

describe('merge rules', () => {
  it('a later unsave beats an earlier save, on every device and in either order', () => {
    const a = saved(t(1));
    const b = applySet(a, ID, false, undefined, t(2, 'B'))!;
    for (const m of [mergeStates(st(a), st(b)), mergeStates(st(b), st(a))]) expect(isSaved(m[ID])).toBe(false);
  });

  it('a stale device cannot resurrect an unsaved item (the tombstone stays)', () => {
    const stale = saved(t(1));
    const tomb = applySet(stale, ID, false, undefined, t(2))!;
    const again = mergeStates(mergeStates(st(tomb), st(stale)), st(stale));
    expect(isSaved(again[ID])).toBe(false);
    expect(again[ID]!.saved.t).toBe(t(2));
  });

  it('a re-save stamped after the unsave wins', () => {
    const tomb = applySet(saved(t(1)), ID, false, undefined, t(2))!;
    const resaved = applySet(tomb, ID, true, meta, t(3, 'B'))!;
    expect(isSaved(mergeStates(st(tomb), st(resaved))[ID])).toBe(true);
    expect(isSaved(mergeStates(st(resaved), st(tomb))[ID])).toBe(true);
  });

  it('note edited on A while B unsaves: unsaved everywhere, note kept hidden, re-save brings it back', () => {
    const base = saved(t(1));
    const onA = applyNote(base, 'my thoughts', t(3, 'A'))!;
    const onB = applySet(base, ID, false, undefined, t(2, 'B'))!;
    const ab = mergeStates(st(onA), st(onB));
    const ba = mergeStates(st(onB), st(onA));
    expect(ab).toEqual(ba);
    expect(isSaved(ab[ID])).toBe(false);
    expect(liveItems(ab)).toEqual([]);
    expect(noteOf(ab[ID]!)).toBe('my thoughts');
    const resaved = applySet(ab[ID], ID, true, undefined, t(4))!;
    expect(noteOf(resaved)).toBe('my thoughts');
  });

  it('the same note edited on two devices converges to the later edit', () => {
    const base = saved(t(1));
    const a = applyNote(base, 'from A', t(5, 'A'))!;
    const b = applyNote(base, 'from B', t(5, 'B'))!; // same ms: the device id breaks the tie
    expect(noteOf(mergeStates(st(a), st(b))[ID]!)).toBe('from B');
    expect(noteOf(mergeStates(st(b), st(a))[ID]!)).toBe('from B');
  });

  it('edits to different items on different devices all survive', () => {
    const a = saved(t(1));
    const b = applySet(undefined, '2401.00002', true, meta, t(1, 'B'))!;
    const m = mergeStates(st(a), st(b));
    expect(liveItems(m).map((r) => r.id).sort()).toEqual([ID, '2401.00002']);
  });

  it('a title-only synced copy of meta never replaces the full meta of the same write', () => {
    const full = saved(t(1));
    const projected: SavedRecord = { ...full, meta: { v: { title: 'A paper', authors: [] }, t: full.meta.t } };
    expect(mergeStates(st(full), st(projected))[ID]!.meta.v.authors).toEqual(['Ada']);
    expect(mergeStates(st(projected), st(full))[ID]!.meta.v.authors).toEqual(['Ada']);
  });

  it('keeps fields a newer version added to a record', () => {
    const r = { ...saved(t(1)), tags: ['x'] } as SavedRecord;
    const other = applyNote(saved(t(1)), 'n', t(2))!;
    const m = mergeStates(st(r), st(other))[ID] as SavedRecord & { tags?: string[] };
    expect(m.tags).toEqual(['x']);
    expect(noteOf(m)).toBe('n');
  });
});

describe('local edits', () => {
  it('saving an already saved item changes nothing unless the meta differs', () => {
    const r = saved(t(1));
    expect(applySet(r, ID, true, meta, t(2))).toBeNull();
    expect(applySet(r, ID, true, { ...meta, title: 'New' }, t(2))!.meta.v.title).toBe('New');
    expect(applySet(undefined, ID, false, undefined, t(2))).toBeNull();
  });

  it('refuses a note on a paper this device has never seen', () => {
    expect(() => applyNote(undefined, 'x', t(1))).toThrow(/not saved/);
  });

  it('import adds unsaved items with their date and note, and only fills in saved ones', () => {
    const added = applyImport(undefined, { id: ID, meta, note: 'n', savedAt: 1_600_000_000_000 }, t(1))!;
    expect(added.kind).toBe('added');
    expect(isSaved(added.rec)).toBe(true);
    expect(savedAt(added.rec)).toBe(1_600_000_000_000);
    expect(noteOf(added.rec)).toBe('n');
    expect(applyImport(added.rec, { id: ID, meta, note: 'n' }, t(2))).toBeNull();
    const upd = applyImport(added.rec, { id: ID, meta: { title: '', authors: ['Bo'] }, note: 'm' }, t(2))!;
    expect(upd.kind).toBe('updated');
    expect(upd.rec.meta.v).toMatchObject({ title: 'A paper', authors: ['Bo'] });
    expect(noteOf(upd.rec)).toBe('m');
  });
});

describe('parseSavedState', () => {
  it('keeps good records and reports the bad ones', () => {
    const good = saved(t(1));
    const { state, dropped } = parseSavedState({ [ID]: good, '2401.00002': { id: '2401.00002', saved: 'yes' }, '2401.00003': good });
    expect(Object.keys(state)).toEqual([ID]);
    expect(dropped).toEqual(['2401.00002', '2401.00003']);
  });
});
