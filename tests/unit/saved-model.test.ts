// The merge rules, one named case each (the README's "what wins" table).
import fc from 'fast-check';
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
  quickSavedRecord,
  SavedRecord as SavedRecordSchema,
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

/** A value with its shape spelled out: key order, undefined fields and array holes all show. */
function shape(x: unknown): unknown {
  if (Array.isArray(x)) return ['array', Array.from({ length: x.length }, (_, i) => (i in x ? shape(x[i]) : 'hole'))];
  if (typeof x === 'object' && x !== null) return ['object', Object.getPrototypeOf(x) === Object.prototype, Object.entries(x).map(([k, v]) => [k, shape(v)])];
  return [typeof x, x];
}

/** parseSavedState as it was, all by zod: the definition the quick reader must match. */
function parseWithZod(raw: Record<string, unknown>): { state: SavedState; dropped: string[] } {
  const state: SavedState = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const r = SavedRecordSchema.safeParse(value);
    if (r.success && r.data.id === key) state[key] = r.data;
    else dropped.push(key);
  }
  return { state, dropped };
}

describe('reading stored records', () => {
  // Records as this code writes them, and every kind of damage and oddity a stored value could have.
  // Mostly valid, so that many whole records are readable and the odd field is the exception.
  const often = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) => fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: invalid });
  const stamp = often(fc.constantFrom('1700000000000:0000:dev', '1700000000001:0042:my-device_2'), fc.constantFrom('170000:0000:a', '', 'x'.repeat(40)));
  const id = often(fc.constantFrom('2401.00001', '2512.12345'), fc.constantFrom('2401.1', 'abc', '2401.00001v2'));
  const strings = often(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }), fc.constantFrom(['a', 1], [, 'b'], 'a'));
  const odd = fc.constantFrom(undefined, null, 0, NaN, Infinity, '', 'x', true, [], {});
  // Optional fields: absent (the record's optional keys), valid, or odd (undefined among the odd values).
  const opt = <T,>(arb: fc.Arbitrary<T>) => often(arb, odd);
  const extras = fc.dictionary(fc.constantFrom('listedDate', 'zzz', '1', 'x-y', '__proto__', 'constructor'), fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)), { maxKeys: 2 });
  const reg = <T,>(v: fc.Arbitrary<T>) => often(fc.oneof({ weight: 4, arbitrary: fc.record({ v, t: stamp }) }, { weight: 1, arbitrary: fc.record({ v, t: stamp, extra: fc.string() }) }), odd);
  const metaV = fc
    .tuple(
      fc.record(
        { title: often(fc.string({ maxLength: 8 }), odd), authors: often(strings, odd), publishedAt: opt(fc.string()), topics: opt(strings), summary: opt(fc.string()), savedAt: opt(fc.oneof(fc.integer(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity))) },
        { requiredKeys: ['title', 'authors'] },
      ),
      extras,
      fc.boolean(),
    )
    .map(([known, more, reversed]) => {
      const entries = [...Object.entries(known), ...Object.entries(more)];
      // Built by assignment, so "__proto__" is an own field as JSON.parse would make it.
      const o: Record<string, unknown> = {};
      for (const [k, v] of reversed ? entries.reverse() : entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return o;
    });
  const record = fc
    .tuple(fc.record({ id, saved: reg(often(fc.boolean(), odd)), note: opt(reg(often(fc.string(), odd))), meta: reg(often(metaV, odd)) }, { requiredKeys: ['id', 'saved', 'meta'] }), extras, fc.nat(5))
    .map(([r, more, drop]) => {
      const out: Record<string, unknown> = { ...more, ...r };
      if (drop < 3) delete out[['id', 'saved', 'meta'][drop]!];
      return out;
    });
  const good = fc.record({
    id: fc.constantFrom('2401.00001', '2512.12345'),
    saved: fc.record({ v: fc.boolean(), t: fc.constant('1700000000000:0000:dev') }),
    meta: fc.record({ v: fc.record({ title: fc.string(), authors: fc.array(fc.string()), topics: fc.array(fc.string()), summary: fc.string() }, { requiredKeys: ['title', 'authors'] }), t: fc.constant('1700000000001:0000:dev') }),
  });

  it('gives exactly what the zod schema gives, whenever it answers at all', () => {
    let answered = 0;
    let withExtras = 0;
    fc.assert(
      fc.property(fc.oneof(record, good), fc.boolean(), (generated, cloned) => {
        const value = cloned ? structuredClone(generated) : generated;
        const quick = quickSavedRecord(value);
        if (quick === undefined) return;
        const r = SavedRecordSchema.safeParse(value);
        expect(r.success).toBe(true);
        expect(shape(quick)).toEqual(shape(r.data));
        answered++;
        if (Object.keys(quick).length > 3 || Object.keys(quick.meta.v).some((k) => !['title', 'authors', 'topics', 'summary'].includes(k))) withExtras++;
      }),
      { numRuns: 3000 },
    );
    // The comparison ran on many records, odd ones included, not only on the plainest.
    expect(answered).toBeGreaterThan(500);
    expect(withExtras).toBeGreaterThan(30);
  });

  it('answers for records as this code writes them (zod is only the fallback)', () => {
    // As storage hands them over (structured clones), and as built in memory.
    fc.assert(
      fc.property(good, fc.boolean(), (value, cloned) => {
        expect(quickSavedRecord(cloned ? structuredClone(value) : value)).toBeDefined();
      }),
    );
  });

  it('parseSavedState keeps, repairs and drops exactly as the zod schema does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(record, good), { maxLength: 6 }), fc.boolean(), (values, keyedById) => {
        const raw: Record<string, unknown> = {};
        values.forEach((v, i) => (raw[keyedById && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : `k${i}`] = v));
        const got = parseSavedState(raw);
        const want = parseWithZod(raw);
        expect(got.dropped).toEqual(want.dropped);
        expect(shape(got.state)).toEqual(shape(want.state));
      }),
      { numRuns: 1000 },
    );
  });

  it('hands back new objects, not the stored ones', () => {
    const value = { id: ID, saved: { v: true, t: t(1) }, meta: { v: { title: 'T', authors: ['A'] }, t: t(1) } };
    const rec = quickSavedRecord(value)!;
    expect(rec).toEqual(value);
    expect(rec.meta.v.authors).not.toBe(value.meta.v.authors);
    expect(rec.saved).not.toBe(value.saved);
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
