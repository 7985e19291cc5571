// Saved items as a state-based CRDT: each item is a set of last-writer-wins registers stamped
// with a hybrid logical clock (HLC). Merging two states register by register is commutative,
// associative and idempotent, so every device converges whatever order changes arrive in.
//
// The rules (tested in tests/unit/saved-merge.test.ts, documented in the README):
// - `saved`, `note` and `meta` are independent registers; the higher stamp wins each one.
// - Unsave writes saved=false: a tombstone, kept for good, so a stale device cannot bring it back.
//   A save stamped later than the unsave wins (re-save), an earlier one loses.
// - A note edit writes only `note`: it never re-saves an unsaved item. A note edited on one device
//   while the item is unsaved on another: the item ends unsaved everywhere and the note is kept,
//   hidden, with the tombstone (re-saving the item brings it back).
import * as z from 'zod/mini';
import { ARXIV_ID_RE, ArxivId } from '../schema';

/**
 * HLC stamp as a string that sorts like the clock: 13-digit wall ms, 4-digit counter, device id.
 * Comparing two stamps with `<` is the LWW rule, the device id breaking ties.
 */
const HLC_RE = /^\d{13}:\d{4}:[\w-]{1,32}$/;
export const Hlc = z.string().check(z.regex(HLC_RE));
export type Hlc = string;

/** Lower than every real stamp: used for registers a synced copy does not carry. */
export const BOTTOM_HLC: Hlc = '0000000000000:0000:0';

export const Reg = <T extends z.ZodMiniType>(v: T) => z.object({ v, t: Hlc });

export const SavedMeta = z.lazy(() => z.looseObject({
  title: z.catch(z._default(z.string(), ''), ''),
  authors: z.catch(z._default(z.array(z.string()), []), []),
  publishedAt: z.optional(z.string()),
  topics: z.optional(z.array(z.string())),
  summary: z.optional(z.string()),
  /** When the item was first saved, if earlier than its register stamp (imports keep their date). */
  savedAt: z.optional(z.number()),
}));
export type SavedMeta = z.infer<typeof SavedMeta>;

export const SavedRecord = z.lazy(() => z.looseObject({
  id: ArxivId,
  /** saved.v === false is a tombstone: the item was unsaved and must not come back from a stale copy. */
  saved: Reg(z.boolean()),
  note: z.optional(Reg(z.string())),
  meta: Reg(SavedMeta),
}));
export type SavedRecord = z.infer<typeof SavedRecord>;
export type SavedState = Record<string, SavedRecord>;

export const EMPTY_META: SavedMeta = { title: '', authors: [] };

export function hlcWall(t: Hlc): number {
  return Number(t.slice(0, 13));
}
export function hlcCounter(t: Hlc): number {
  return Number(t.slice(14, 18));
}
export function hlcDevice(t: Hlc): string {
  return t.slice(19);
}
export function makeHlc(wall: number, counter: number, device: string): Hlc {
  return `${String(wall).padStart(13, '0')}:${String(counter).padStart(4, '0')}:${device}`;
}

/** Next stamp after `last` on this device at wall time `now` (HLC send/local event rule). */
export function nextHlc(last: Hlc | undefined, now: number, device: string): Hlc {
  let wall = Math.floor(now);
  let counter = 0;
  if (last) {
    const lw = hlcWall(last);
    const lc = hlcCounter(last);
    if (lw >= wall) {
      wall = lw;
      counter = lc + 1;
      if (counter > 9999) {
        wall += 1;
        counter = 0;
      }
    }
  }
  return makeHlc(wall, counter, device);
}

export function isSaved(rec: SavedRecord | undefined): boolean {
  return !!rec && rec.saved.v === true;
}

/** When the item was saved: the register stamp, or the imported date when that is earlier. */
export function savedAt(rec: SavedRecord): number {
  const wall = hlcWall(rec.saved.t);
  const imported = rec.meta.v.savedAt;
  return typeof imported === 'number' && imported > 0 && imported < wall ? imported : wall;
}

export function noteOf(rec: SavedRecord): string {
  return rec.note?.v ?? '';
}

/** The highest stamp in a state, to keep this device's clock ahead of everything it has seen. */
export function maxStamp(state: SavedState): Hlc | undefined {
  let max: Hlc | undefined;
  for (const r of Object.values(state)) {
    for (const t of [r.saved.t, r.note?.t, r.meta.t]) if (t && (!max || t > max)) max = t;
  }
  return max;
}

/**
 * Register order: higher stamp first. Equal stamps come from one write, possibly seen through a
 * partial synced copy (meta carries only the title there), so the fuller value wins, then the
 * larger JSON: a total order, which keeps the merge commutative, associative and idempotent.
 */
export function regCompare<T extends { t: Hlc; v: unknown }>(a: T, b: T): number {
  if (a.t !== b.t) return a.t > b.t ? 1 : -1;
  const ja = JSON.stringify(a.v);
  const jb = JSON.stringify(b.v);
  if (ja.length !== jb.length) return ja.length > jb.length ? 1 : -1;
  return ja === jb ? 0 : ja > jb ? 1 : -1;
}

function lww<T extends { t: Hlc; v: unknown }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  return regCompare(a, b) >= 0 ? a : b;
}

const REGISTERS = new Set(['id', 'saved', 'note', 'meta']);

/** Fields a newer version added: kept, taken from the record with the newest register. */
function extraFields(a: SavedRecord, b: SavedRecord): Record<string, unknown> {
  const newest = (r: SavedRecord) => maxStamp({ [r.id]: r }) ?? '';
  const [lo, hi] = newest(a) > newest(b) || (newest(a) === newest(b) && JSON.stringify(a) > JSON.stringify(b)) ? [b, a] : [a, b];
  const out: Record<string, unknown> = {};
  for (const r of [lo, hi]) for (const [k, v] of Object.entries(r)) if (!REGISTERS.has(k)) out[k] = v;
  return out;
}

export function mergeRecord(a: SavedRecord | undefined, b: SavedRecord): SavedRecord {
  if (!a || a === b) return b;
  const out = { ...extraFields(a, b), id: a.id, saved: lww(a.saved, b.saved)!, meta: lww(a.meta, b.meta)! } as SavedRecord;
  const note = lww(a.note, b.note);
  if (note) out.note = note;
  return out;
}

export function mergeStates(a: SavedState, b: SavedState): SavedState {
  const out: SavedState = { ...a };
  for (const [id, rec] of Object.entries(b)) out[id] = mergeRecord(out[id], rec);
  return out;
}

/** True when merging `incoming` into `base` would change nothing (base already knows it all). */
export function covers(base: SavedRecord | undefined, incoming: SavedRecord): boolean {
  if (!base) return false;
  const sameReg = <T extends { t: Hlc; v: unknown }>(x: T | undefined, y: T | undefined) => !y || (!!x && regCompare(x, y) >= 0);
  return sameReg(base.saved, incoming.saved) && sameReg(base.note, incoming.note) && sameReg(base.meta, incoming.meta);
}

// ---- Reading stored records. zod without its JIT (the extension CSP forbids eval) takes 100–200 ms
// for 5,000 records, and every page, popup and background save reads them all. So a record already in
// the form this code writes is read by hand: the same checks as SavedRecord and the same output (new
// objects, keys in schema order, extra fields kept where the schema keeps them), property-tested
// against it in tests/unit/saved-model.test.ts. Anything else (a repair to make, a doubt) goes to zod.

type Fields = Record<string, unknown>;
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
function isPlain(x: unknown): x is Fields {
  if (typeof x !== 'object' || x === null) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

function stringsCopy(x: unknown): string[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out = new Array<string>(x.length);
  for (let i = 0; i < x.length; i++) {
    const s = x[i];
    if (typeof s !== 'string') return undefined; // holes read as undefined too
    out[i] = s;
  }
  return out;
}

/** A register {v, t}: other fields dropped, as z.object does. */
function quickReg<T>(x: unknown, value: (v: unknown) => T | undefined): { v: T; t: Hlc } | undefined {
  if (!isPlain(x) || typeof x.t !== 'string' || !HLC_RE.test(x.t)) return undefined;
  const v = value(x.v);
  return v === undefined ? undefined : { v, t: x.t };
}
const asBoolean = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
const asString = (v: unknown) => (typeof v === 'string' ? v : undefined);

const META_KEYS = new Set(['title', 'authors', 'publishedAt', 'topics', 'summary', 'savedAt']);
function quickMeta(x: unknown): SavedMeta | undefined {
  if (!isPlain(x) || typeof x.title !== 'string') return undefined; // a missing or bad title: zod repairs it
  const authors = stringsCopy(x.authors);
  if (!authors) return undefined;
  const out: SavedMeta = { title: x.title, authors };
  if (hasOwn(x, 'publishedAt')) {
    if (typeof x.publishedAt !== 'string') return undefined;
    out.publishedAt = x.publishedAt;
  }
  if (hasOwn(x, 'topics')) {
    const topics = stringsCopy(x.topics);
    if (!topics) return undefined;
    out.topics = topics;
  }
  if (hasOwn(x, 'summary')) {
    if (typeof x.summary !== 'string') return undefined;
    out.summary = x.summary;
  }
  if (hasOwn(x, 'savedAt')) {
    if (typeof x.savedAt !== 'number' || !Number.isFinite(x.savedAt)) return undefined;
    out.savedAt = x.savedAt;
  }
  return withExtras(out, x, META_KEYS);
}

/** Fields the schema does not name, after the ones it does (as z.looseObject orders them). */
function withExtras<T extends object>(out: T, x: Fields, known: ReadonlySet<string>): T | undefined {
  for (const k of Object.keys(x)) {
    if (known.has(k)) continue;
    if (k === '__proto__') return undefined;
    (out as Fields)[k] = x[k];
  }
  return out;
}

const RECORD_KEYS = new Set(['id', 'saved', 'note', 'meta']);
/** The record as SavedRecord.parse would return it, or undefined when zod has to decide. Exported for its test. */
export function quickSavedRecord(x: unknown): SavedRecord | undefined {
  if (!isPlain(x) || typeof x.id !== 'string' || !ARXIV_ID_RE.test(x.id)) return undefined;
  const saved = quickReg(x.saved, asBoolean);
  const meta = quickReg(x.meta, quickMeta);
  if (!saved || !meta) return undefined;
  const out: SavedRecord = { id: x.id, saved } as SavedRecord;
  if (hasOwn(x, 'note')) {
    const note = quickReg(x.note, asString);
    if (!note) return undefined;
    out.note = note;
  }
  out.meta = meta;
  return withExtras(out, x, RECORD_KEYS);
}

/** Validate a state read from storage: keep every good record, report the bad ones. */
export function parseSavedState(raw: unknown): { state: SavedState; dropped: string[] } {
  const state: SavedState = {};
  const dropped: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { state, dropped: raw == null ? [] : ['(whole value)'] };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    let rec = quickSavedRecord(value);
    if (!rec) {
      const r = SavedRecord.safeParse(value);
      if (r.success) rec = r.data;
    }
    if (rec && rec.id === key) state[key] = rec;
    else dropped.push(key);
  }
  return { state, dropped };
}

export function liveItems(state: SavedState): SavedRecord[] {
  return Object.values(state).filter(isSaved);
}

// ---- Local edits: pure functions from a state and a stamp to the changed records. ----

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Save or unsave. Saving an item that is already saved only refreshes its meta (when given and
 * different); unsaving an item this device never had is a no-op. Returns the new record or null.
 */
export function applySet(rec: SavedRecord | undefined, id: string, saved: boolean, meta: SavedMeta | undefined, stamp: Hlc): SavedRecord | null {
  if (!saved) {
    if (!isSaved(rec)) return null;
    return { ...rec!, saved: { v: false, t: stamp } };
  }
  if (isSaved(rec)) {
    if (!meta || sameJson(rec!.meta.v, meta)) return null;
    return { ...rec!, meta: { v: meta, t: stamp } };
  }
  const out: SavedRecord = rec
    ? { ...rec, saved: { v: true, t: stamp } }
    : { id, saved: { v: true, t: stamp }, meta: { v: meta ?? EMPTY_META, t: stamp } };
  // A re-save takes the page's current meta, without an old imported date.
  if (rec && meta && !sameJson(rec.meta.v, meta)) out.meta = { v: meta, t: stamp };
  else if (rec && rec.meta.v.savedAt !== undefined) {
    const { savedAt: _old, ...rest } = rec.meta.v;
    out.meta = { v: rest as SavedMeta, t: stamp };
  }
  return out;
}

/** Edit a note. Never re-saves: on a tombstone the note is kept hidden. Unknown ids are refused. */
export function applyNote(rec: SavedRecord | undefined, note: string, stamp: Hlc): SavedRecord | null {
  if (!rec) throw new Error('This paper is not saved, so it cannot have a note.');
  if (noteOf(rec) === note) return null;
  return { ...rec, note: { v: note, t: stamp } };
}

export interface ImportInput {
  id: string;
  meta?: SavedMeta;
  note?: string;
  savedAt?: number;
}

/**
 * Import merges, never replaces: an item not saved here is saved (an explicit user action, so it
 * wins over an older unsave); a saved one gets the imported note and non-empty meta fields.
 */
export function applyImport(rec: SavedRecord | undefined, item: ImportInput, stamp: Hlc): { rec: SavedRecord; kind: 'added' | 'updated' } | null {
  if (!isSaved(rec)) {
    const meta: SavedMeta = { ...(rec?.meta.v ?? EMPTY_META), ...(item.meta ?? {}) };
    delete meta.savedAt;
    if (item.savedAt && item.savedAt < Date.UTC(3000, 0)) meta.savedAt = item.savedAt;
    const out: SavedRecord = { ...(rec ?? {}), id: item.id, saved: { v: true, t: stamp }, meta: { v: meta, t: stamp } } as SavedRecord;
    if (item.note && item.note !== noteOf(rec ?? out)) out.note = { v: item.note, t: stamp };
    return { rec: out, kind: 'added' };
  }
  const cur = rec!;
  let out: SavedRecord = cur;
  if (item.note && item.note !== noteOf(cur)) out = { ...out, note: { v: item.note, t: stamp } };
  if (item.meta) {
    const m = item.meta;
    const next: SavedMeta = { ...cur.meta.v };
    if (m.title) next.title = m.title;
    if (m.authors.length) next.authors = m.authors;
    for (const k of ['publishedAt', 'topics', 'summary'] as const) if (m[k] !== undefined) (next as Record<string, unknown>)[k] = m[k];
    if (!sameJson(next, cur.meta.v)) out = { ...out, meta: { v: next, t: stamp } };
  }
  return out === cur ? null : { rec: out, kind: 'updated' };
}
