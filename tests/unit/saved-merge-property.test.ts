// Property tests for the saved-items CRDT: random schedules of saves, unsaves and note edits on
// three devices, with snapshots delivered late, out of order and more than once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyNote,
  applySet,
  isSaved,
  makeHlc,
  maxStamp,
  mergeStates,
  nextHlc,
  noteOf,
  type SavedMeta,
  type SavedRecord,
  type SavedState,
} from '../../utils/saved/model';
import { decodeSync, encodeSync } from '../../utils/sync-codec';
import { canonical } from './canonical';

const SCHEDULE_RUNS = 10_000;

const IDS = ['2401.00001', '2401.00002', '2402.10003', '2403.20004'];
const DEVICES = ['devA', 'devB', 'devC'];
const NOTES = ['', 'read me', 'cite in ch. 2', 'ü ✓ 😀'];

type Step =
  | { kind: 'save' | 'unsave'; dev: number; id: number }
  | { kind: 'note'; dev: number; id: number; text: number }
  | { kind: 'publish'; dev: number; viaSync: boolean }
  | { kind: 'deliver'; to: number; msg: number }
  | { kind: 'tick'; dev: number; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom('save' as const, 'unsave' as const), dev: fc.nat(2), id: fc.nat(IDS.length - 1) }),
  fc.record({ kind: fc.constant('note' as const), dev: fc.nat(2), id: fc.nat(IDS.length - 1), text: fc.nat(NOTES.length - 1) }),
  fc.record({ kind: fc.constant('publish' as const), dev: fc.nat(2), viaSync: fc.boolean() }),
  fc.record({ kind: fc.constant('deliver' as const), to: fc.nat(2), msg: fc.nat() }),
  fc.record({ kind: fc.constant('tick' as const), dev: fc.nat(2), ms: fc.integer({ min: -5, max: 50 }) }),
);

/** One write that happened: the oracle for what every device must end up showing. */
interface Op {
  id: string;
  reg: 'saved' | 'note';
  t: string;
  v: boolean | string;
}

interface Device {
  state: SavedState;
  /** Indexes into `ops` of every write this device has seen (its own and delivered ones). */
  known: Set<number>;
  /** Skewed wall clock: devices disagree about the time, and clocks may step back. */
  wall: number;
}

function expected(ops: Op[], known: Iterable<number>, id: string, reg: Op['reg']): Op | undefined {
  let best: Op | undefined;
  for (const i of known) {
    const op = ops[i]!;
    if (op.id === id && op.reg === reg && (!best || op.t > best.t)) best = op;
  }
  return best;
}

/** Plain comparisons in the hot loop (expect() per check is slow over 10,000 schedules). */
function checkDevice(d: Device, ops: Op[]) {
  for (const id of IDS) {
    const rec = d.state[id];
    const s = expected(ops, d.known, id, 'saved');
    const n = expected(ops, d.known, id, 'note');
    // Saved exactly when the newest save/unsave it knows is a save: nothing lost, nothing back.
    const ok =
      isSaved(rec) === (s ? s.v === true : false) && (!s || rec!.saved.t === s.t) && (rec ? noteOf(rec) : '') === (n ? n.v : '');
    if (!ok) expect({ id, saved: rec?.saved, note: rec?.note }).toEqual({ id, saved: s && { v: s.v, t: s.t }, note: n && { v: n.v, t: n.t } });
  }
}

function runSchedule(steps: Step[]) {
  const ops: Op[] = [];
  const devices: Device[] = DEVICES.map((_, i) => ({ state: {}, known: new Set(), wall: 1_700_000_000_000 + i * 7 }));
  const pool: { state: SavedState; known: number[] }[] = [];

  const write = (dev: number, id: string, fn: (rec: SavedRecord | undefined, t: string) => SavedRecord | null, reg: Op['reg']) => {
    const d = devices[dev]!;
    const seen = maxStamp(d.state);
    const t = nextHlc(seen, d.wall, DEVICES[dev]!);
    // Causality: a write is stamped after everything its device has seen.
    if (seen && !(t > seen)) expect(t > seen).toBe(true);
    let rec: SavedRecord | null;
    try {
      rec = fn(d.state[id], t);
    } catch {
      return; // a note on a paper this device never saw: the UI cannot offer it
    }
    if (!rec) return;
    d.state = mergeStates(d.state, { [id]: rec });
    ops.push({ id, reg, t, v: reg === 'saved' ? rec.saved.v : rec.note!.v });
    d.known.add(ops.length - 1);
  };

  for (const s of steps) {
    switch (s.kind) {
      case 'save':
      case 'unsave': {
        const id = IDS[s.id]!;
        const meta: SavedMeta = { title: `Paper ${id}`, authors: [] };
        write(s.dev, id, (rec, t) => applySet(rec, id, s.kind === 'save', meta, t), 'saved');
        break;
      }
      case 'note': {
        const id = IDS[s.id]!;
        write(s.dev, id, (rec, t) => applyNote(rec, NOTES[s.text]!, t), 'note');
        break;
      }
      case 'publish':
        // Either the whole state, or what storage.sync carries of it (encoded, then decoded).
        pool.push({
          state: s.viaSync ? decodeSync(encodeSync(devices[s.dev]!.state, {}).items).state : structuredClone(devices[s.dev]!.state),
          known: [...devices[s.dev]!.known],
        });
        break;
      case 'deliver': {
        if (!pool.length) break;
        // Any earlier snapshot, possibly again: late, reordered and duplicated deliveries.
        const msg = pool[s.msg % pool.length]!;
        const d = devices[s.to]!;
        d.state = mergeStates(d.state, msg.state);
        for (const i of msg.known) d.known.add(i);
        break;
      }
      case 'tick':
        devices[s.dev]!.wall += s.ms;
        break;
    }
    for (const d of devices) checkDevice(d, ops);
  }

  // Everything is eventually delivered everywhere, in a different order on each device.
  const finals = devices.map((d) => structuredClone(d.state));
  devices.forEach((d, i) => {
    for (const j of [2, 0, 1].map((k) => (k + i) % 3)) {
      d.state = mergeStates(d.state, finals[j]!);
      for (const o of devices[j]!.known) d.known.add(o);
    }
    d.known = new Set(ops.keys());
    checkDevice(d, ops);
  });
  // What a user sees (saved, note, title of saved items) is identical on every device.
  const visible = (st: SavedState) =>
    canonical(Object.values(st).map((r) => ({ id: r.id, saved: r.saved, note: r.note, title: isSaved(r) ? r.meta.v.title : '' })).sort((a, b) => (a.id < b.id ? -1 : 1)));
  const first = visible(devices[0]!.state);
  for (const d of devices) expect(visible(d.state)).toBe(first);
}

// ---- Random states for the algebraic laws. A stamp is one write, so its value is a function of
// the stamp; meta may arrive as the title-only projection a synced copy carries. ----
const stamp = fc
  .record({ wall: fc.integer({ min: 0, max: 4 }), counter: fc.integer({ min: 0, max: 2 }), dev: fc.constantFrom(...DEVICES) })
  .map(({ wall, counter, dev }) => makeHlc(1_700_000_000_000 + wall, counter, dev));
const valueOf = (t: string) => [...t].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
const record = (id: string) =>
  fc.record({ s: stamp, n: fc.option(stamp, { nil: undefined }), m: stamp, projected: fc.boolean() }).map(({ s, n, m, projected }): SavedRecord => {
    const full: SavedMeta = { title: `T${valueOf(m) % 5}`, authors: [`A${valueOf(m) % 3}`], summary: 'abstract' };
    const rec: SavedRecord = {
      id,
      saved: { v: valueOf(s) % 2 === 0, t: s },
      meta: { v: projected ? { title: full.title, authors: [] } : full, t: m },
    };
    if (n) rec.note = { v: `note ${valueOf(n) % 4}`, t: n };
    return rec;
  });
const state: fc.Arbitrary<SavedState> = fc
  .subarray(IDS)
  .chain((ids) => fc.tuple(...ids.map(record)))
  .map((recs) => Object.fromEntries(recs.map((r) => [r.id, r])));

describe('saved-items merge (property tests)', () => {
  it(`converges with nothing lost and nothing resurrected over ${SCHEDULE_RUNS} random 3-device schedules`, () => {
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), runSchedule), { numRuns: SCHEDULE_RUNS });
  }, 120_000);

  it('merge is commutative', () => {
    fc.assert(
      fc.property(state, state, (a, b) => {
        expect(canonical(mergeStates(a, b))).toBe(canonical(mergeStates(b, a)));
      }),
      { numRuns: 3000 },
    );
  });

  it('merge is associative', () => {
    fc.assert(
      fc.property(state, state, state, (a, b, c) => {
        expect(canonical(mergeStates(mergeStates(a, b), c))).toBe(canonical(mergeStates(a, mergeStates(b, c))));
      }),
      { numRuns: 3000 },
    );
  });

  it('merge is idempotent', () => {
    fc.assert(
      fc.property(state, state, (a, b) => {
        expect(canonical(mergeStates(a, a))).toBe(canonical(a));
        const ab = mergeStates(a, b);
        expect(canonical(mergeStates(ab, b))).toBe(canonical(ab));
      }),
      { numRuns: 3000 },
    );
  });
});
