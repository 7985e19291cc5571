// The storage.sync encoding: round trips, quotas, versions and corrupt data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { otherSyncItems, realisticState } from '../../bench/sync.bench';
import { hlcWall, isSaved, makeHlc, mergeStates, noteOf, type SavedRecord, type SavedState } from '../../utils/saved/model';
import {
  bucketKey,
  bucketOf,
  bytesOf,
  decodeChunk,
  decodeSync,
  encodeSync,
  entryBytes,
  SYNC_FORMAT,
  SYNC_QUOTA,
  TOMBSTONE_SHED_AGE_MS,
} from '../../utils/sync-codec';
import { canonical } from './canonical';

const rec = (id: string, saved: boolean, ms: number, dev = 'devA', note?: string, title = `Title ${id}`): SavedRecord => {
  const t = makeHlc(1_700_000_000_000 + ms, 0, dev);
  const r: SavedRecord = { id, saved: { v: saved, t }, meta: { v: { title, authors: ['X'] }, t } };
  if (note !== undefined) r.note = { v: note, t };
  return r;
};
const st = (...rs: SavedRecord[]): SavedState => Object.fromEntries(rs.map((r) => [r.id, r]));

function withinQuota(items: Record<string, unknown>) {
  expect(bytesOf(items)).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
  for (const [k, v] of Object.entries(items)) expect(entryBytes(k, v)).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
  expect(Object.keys(items).length).toBeLessThanOrEqual(SYNC_QUOTA.items);
}

describe('sync codec', () => {
  it('round-trips saved flags, stamps, notes and titles', () => {
    const s = st(rec('2401.00001', true, 1, 'devA', 'a note ✓ 😀'), rec('2312.12345', false, 2, 'devB'), rec('2401.0002', true, 3, 'devC'));
    const { items, synced } = encodeSync(s, {});
    const back = decodeSync(items).state;
    expect(canonical(back)).toBe(canonical(synced));
    for (const id of Object.keys(s)) {
      expect(back[id]!.saved).toEqual(s[id]!.saved);
      expect(noteOf(back[id]!)).toBe(noteOf(s[id]!));
      // Titles travel for saved items only; a tombstone needs none.
      expect(back[id]!.meta.v.title).toBe(isSaved(s[id]) ? s[id]!.meta.v.title : '');
    }
    // Merging the synced copy back changes nothing: it never carries more than the truth.
    expect(canonical(mergeStates(s, back))).toBe(canonical(s));
  });

  it('round-trips random states (merging the decoded copy into the source is a no-op)', () => {
    const id = fc.tuple(fc.integer({ min: 2301, max: 2612 }), fc.integer({ min: 0, max: 99_999 })).map(([a, b]) => `${a}.${String(b).padStart(5, '0')}`);
    const r = fc.record({
      id,
      saved: fc.boolean(),
      ms: fc.integer({ min: 0, max: 10 ** 11 }),
      counter: fc.integer({ min: 0, max: 9999 }),
      dev: fc.stringMatching(/^[\w-]{1,32}$/),
      note: fc.option(fc.string({ unit: 'binary', maxLength: 200 }), { nil: undefined }),
      title: fc.string({ unit: 'grapheme', maxLength: 80 }),
    });
    fc.assert(
      fc.property(fc.array(r, { maxLength: 30 }), (rs) => {
        const s: SavedState = {};
        for (const x of rs) {
          const t = makeHlc(1_600_000_000_000 + x.ms, x.counter, x.dev);
          s[x.id] = { id: x.id, saved: { v: x.saved, t }, meta: { v: { title: x.title, authors: [] }, t } };
          if (x.note !== undefined) s[x.id]!.note = { v: x.note, t };
        }
        const { items, unsynced, localOnlyNotes } = encodeSync(s, {});
        expect(unsynced).toEqual([]);
        expect(localOnlyNotes).toEqual([]);
        const back = decodeSync(JSON.parse(JSON.stringify(items))).state;
        expect(canonical(mergeStates(s, back))).toBe(canonical(s));
        for (const id of Object.keys(s)) expect(back[id]!.saved).toEqual(s[id]!.saved);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic: the same state encodes to the same keys whatever its key order', () => {
    const s = realisticState(300, true);
    const reversed = Object.fromEntries(Object.entries(s).reverse());
    expect(JSON.stringify(encodeSync(s, {}).items)).toBe(JSON.stringify(encodeSync(reversed, {}).items));
  });

  it('fits 2,000 saved items (ids + dates) next to settings and topic edits', () => {
    const others = otherSyncItems();
    const enc = encodeSync(realisticState(2000), others);
    expect(enc.unsynced).toEqual([]);
    withinQuota({ ...others, ...enc.items });
    expect(Object.keys(decodeSync(enc.items).state)).toHaveLength(2000);
  });

  it('keeps notes that do not fit on this device and says which, never breaking the quotas', () => {
    const s = realisticState(1500);
    const big = 'x'.repeat(3000) + '😀'.repeat(500);
    const withNotes = Object.keys(s).filter((id) => isSaved(s[id])).slice(0, 40);
    for (const id of withNotes) s[id]!.note = { v: big, t: makeHlc(1_800_000_000_000, 0, 'devA') };
    const others = otherSyncItems();
    const enc = encodeSync(s, others);
    withinQuota({ ...others, ...enc.items });
    expect(enc.unsynced).toEqual([]);
    expect(enc.localOnlyNotes.length).toBeGreaterThan(0);
    const back = decodeSync(enc.items).state;
    for (const id of withNotes) expect(noteOf(back[id]!) === big).toBe(!enc.localOnlyNotes.includes(id));
  });

  it('beyond capacity, month-old tombstones then the oldest changes stay local (reported); a recent unsave always goes out', () => {
    const s = realisticState(6000);
    const newest = Math.max(...Object.values(s).map((r) => hlcWall(r.saved.t)));
    const recentUnsave = Object.values(s).find(isSaved)!;
    s[recentUnsave.id] = { ...recentUnsave, saved: { v: false, t: makeHlc(newest + 1, 0, 'devB') } };
    const enc = encodeSync(s, otherSyncItems());
    withinQuota({ ...otherSyncItems(), ...enc.items });
    expect(enc.unsynced.length).toBeGreaterThan(1000);
    const synced = decodeSync(enc.items).state;
    expect(Object.keys(synced).length + enc.unsynced.length).toBe(6000);
    expect(isSaved(synced[recentUnsave.id])).toBe(false);
    // Within a key, everything kept is newer than every non-tombstone left behind, and no old
    // tombstone is kept while a newer change was left behind.
    const oldTomb = (id: string) => !isSaved(s[id]) && hlcWall(s[id]!.saved.t) < newest + 1 - TOMBSTONE_SHED_AGE_MS;
    const oldestKept = new Map<number, string>();
    const oldTombKept = new Set<number>();
    for (const r of Object.values(synced)) {
      const b = bucketOf(r.id);
      if (oldTomb(r.id)) oldTombKept.add(b);
      else if (!oldestKept.has(b) || r.saved.t < oldestKept.get(b)!) oldestKept.set(b, r.saved.t);
    }
    const wrong = enc.unsynced.filter((id) => !oldTomb(id) && (oldTombKept.has(bucketOf(id)) || s[id]!.saved.t > oldestKept.get(bucketOf(id))!));
    expect(wrong).toEqual([]);
  });

  it('drops a corrupt record on its own and reports it', () => {
    const s = st(rec('2401.00001', true, 1), rec('2401.00017', true, 2));
    const { items } = encodeSync(s, {});
    const key = bucketKey(bucketOf('2401.00001'));
    const chunk = items[key] as { r: string };
    const damaged = { ...items, [key]: { ...chunk, r: `${chunk.r} 2401.00009+zz!!.0.0 notatoken` } };
    const dec = decodeSync(damaged);
    expect(Object.keys(dec.state).sort()).toEqual(Object.keys(s).sort());
    expect(dec.dropped).toHaveLength(2);
    const garbage = decodeSync({ [key]: 'not a chunk', [bucketKey((bucketOf('2401.00001') + 1) % 16)]: { v: 1 } });
    expect(garbage.state).toEqual({});
    expect(garbage.dropped).toHaveLength(2);
  });

  it('leaves alone keys a newer version says older ones must not read', () => {
    const id = '2401.00001';
    const key = bucketKey(bucketOf(id));
    const newer = { v: 2, c: 2, everything: 'different' };
    const enc = encodeSync(st(rec(id, true, 1)), { [key]: newer });
    expect(decodeChunk(key, newer).status).toBe('newer');
    expect(enc.items[key]).toBeUndefined();
    expect(enc.unsynced).toEqual([id]);
    expect(enc.bytes).toBe(entryBytes(key, newer));
  });

  it('keeps the fields, tokens and entries of a newer version it may read', () => {
    const id = '2401.00001';
    const key = bucketKey(bucketOf(id));
    const base = encodeSync(st(rec(id, true, 1, 'devA', 'old')), {}).items[key] as Record<string, unknown>;
    const newer = { ...base, v: SYNC_FORMAT + 1, c: SYNC_FORMAT, tags: { [id]: ['x'] }, r: `${base.r} ${id}+future.format`, n: { ...(base.n as object), '2401.00099': { rich: true } } };
    const dec = decodeChunk(key, newer);
    expect(dec.status).toBe('ok');
    expect(dec.dropped).toEqual([]);
    expect(isSaved(dec.state[id])).toBe(true);
    // This device edits the note and rewrites the key: the newer writer's data is all still there.
    const edited = st({ ...rec(id, true, 1, 'devA', 'old'), note: { v: 'new', t: makeHlc(1_700_000_000_009, 0, 'devA') } });
    const out = encodeSync(edited, { [key]: newer }).items[key] as Record<string, unknown>;
    expect(out.v).toBe(SYNC_FORMAT + 1);
    expect(out.tags).toEqual({ [id]: ['x'] });
    expect(out.r).toContain(`${id}+future.format`);
    expect((out.n as Record<string, unknown>)['2401.00099']).toEqual({ rich: true });
    expect(noteOf(decodeSync({ [key]: out }).state[id]!)).toBe('new');
  });
});
