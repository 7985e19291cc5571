// Compact, versioned encoding of saved items for storage.sync (pure: no browser calls).
//
// Quotas (Chrome; Firefox has the same): 102,400 bytes in all, 8,192 per key (key length + JSON
// of the value), 512 keys. Saved items are spread over BUCKETS keys by a hash of the id, so one
// change rewrites one small key, and each key holds one chunk:
//   { v: format version, c: oldest format that may read and rewrite it, d: "dev1 dev2" (device
//     table), r: "2410.12345+mhq3e8w0.0.1 …" (id, +saved/-unsaved, stamp), n: {id: [stamp, note]},
//     m: {id: [stamp, title, savedAt?]}, …fields of newer versions, kept as they are }
// A stamp is wall ms in base 36, counter, index into d: about 24 bytes per item with its date.
// Every item's saved register always goes in; notes, then titles, go in while there is room.
import * as z from 'zod/mini';
import { ARXIV_ID_RE } from './schema';
import {
  BOTTOM_HLC,
  EMPTY_META,
  Hlc,
  hlcCounter,
  hlcDevice,
  hlcWall,
  isSaved,
  makeHlc,
  SavedRecord,
  type SavedMeta,
  type SavedState,
} from './saved/model';

export const SYNC_FORMAT = 1;
export const BUCKETS = 16;
export const KEY_PREFIX = 'pcs.';
export const SYNC_QUOTA = { bytes: 102_400, perItem: 8_192, items: 512 } as const;
/** Left free for settings and topic edits to grow between two of our writes. */
export const RESERVE_BYTES = 1_024;
/** How long the sync engine waits after a local change before writing: short enough to feel live, long
 *  enough that typing a note or saving a run of papers is one write. */
export const DEBOUNCE_MS = 2_500;
/** Tombstones older than this (before the newest change) are the first to stay local when full. */
export const TOMBSTONE_SHED_AGE_MS = 30 * 86_400_000;
/** Per-key headroom under the 8,192 limit. */
const ITEM_MARGIN = 32;

export const bucketKey = (b: number) => `${KEY_PREFIX}${b.toString(36)}`;
export const isSavedKey = (key: string) => key.startsWith(KEY_PREFIX);
export const SAVED_KEYS = Array.from({ length: BUCKETS }, (_, b) => bucketKey(b));

/** FNV-1a: a stable spread of ids over buckets. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % BUCKETS;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** What one key costs against the quota: its name plus the JSON of its value. */
export function entryBytes(key: string, value: unknown): number {
  return key.length + utf8Length(JSON.stringify(value) ?? '');
}

export function bytesOf(items: Record<string, unknown>): number {
  let n = 0;
  for (const [k, v] of Object.entries(items)) n += entryBytes(k, v);
  return n;
}

// ---- Stamps ----

function encodeStamp(t: Hlc, devices: Map<string, number>): string {
  return `${hlcWall(t).toString(36)}.${hlcCounter(t).toString(36)}.${devices.get(hlcDevice(t))!.toString(36)}`;
}

const STAMP_RE = /^([0-9a-z]{1,9})\.([0-9a-z]{1,3})\.([0-9a-z]{1,3})$/;
function decodeStamp(s: unknown, devices: string[]): Hlc | undefined {
  if (typeof s !== 'string') return undefined;
  const m = STAMP_RE.exec(s);
  if (!m) return undefined;
  const wall = parseInt(m[1]!, 36);
  const counter = parseInt(m[2]!, 36);
  const dev = devices[parseInt(m[3]!, 36)];
  if (dev === undefined || wall >= 1e13 || counter > 9999) return undefined;
  const t = makeHlc(wall, counter, dev);
  return Hlc.safeParse(t).success ? t : undefined;
}

// ---- Chunks ----

const Chunk = z.looseObject({
  v: z.number().check(z.int(), z.gte(1)),
  c: z.number().check(z.int(), z.gte(1)),
  d: z.string(),
  r: z.string(),
  n: z.optional(z.record(z.string(), z.unknown())),
  m: z.optional(z.record(z.string(), z.unknown())),
});
type Chunk = z.infer<typeof Chunk>;
const NoteEntry = z.tuple([z.string(), z.string()]);
const MetaEntry = z.union([z.tuple([z.string(), z.string()]), z.tuple([z.string(), z.string(), z.number()])]);

const TOKEN_RE = /^(\d{4}\.\d{4,5})([+-])(.+)$/;

export interface DecodedChunk {
  /** 'ok': read; 'newer': a later format that forbids older readers, left alone; 'corrupt': not a chunk. */
  status: 'ok' | 'newer' | 'corrupt';
  state: SavedState;
  /** Records dropped as corrupt, e.g. "pcs.3: 2401.0001x". */
  dropped: string[];
  /** What a rewrite must carry over: v/c of a newer writer, its fields, its tokens we cannot read. */
  keep?: { v: number; c: number; fields: Record<string, unknown>; tokens: string[]; n: Record<string, unknown>; m: Record<string, unknown> };
}

/** Read one key. Never throws: a bad record is dropped on its own and reported. */
export function decodeChunk(key: string, raw: unknown): DecodedChunk {
  const state: SavedState = {};
  const dropped: string[] = [];
  const parsed = Chunk.safeParse(raw);
  if (!parsed.success) {
    const c = (raw as { c?: unknown } | null)?.c;
    if (typeof c === 'number' && c > SYNC_FORMAT) return { status: 'newer', state, dropped };
    return { status: 'corrupt', state, dropped: [`${key}: unreadable`] };
  }
  const chunk = parsed.data;
  if (chunk.c > SYNC_FORMAT) return { status: 'newer', state, dropped };
  const newer = chunk.v > SYNC_FORMAT;
  const devices = chunk.d ? chunk.d.split(' ') : [];
  const keep: NonNullable<DecodedChunk['keep']> = { v: chunk.v, c: chunk.c, fields: {}, tokens: [], n: {}, m: {} };
  for (const [k, v] of Object.entries(chunk)) if (!['v', 'c', 'd', 'r', 'n', 'm'].includes(k)) keep.fields[k] = v;
  // Not ours to judge: a newer writer's entries we cannot read are kept; our own format's are corrupt.
  const unreadable = (what: string, into: () => void) => (newer ? into() : dropped.push(`${key}: ${what}`));

  for (const token of chunk.r ? chunk.r.split(' ') : []) {
    const m = TOKEN_RE.exec(token);
    const t = m ? decodeStamp(m[3], devices) : undefined;
    const rec = m && t ? SavedRecord.safeParse({ id: m[1], saved: { v: m[2] === '+', t }, meta: { v: EMPTY_META, t: BOTTOM_HLC } }) : undefined;
    if (!rec?.success || (state[rec.data.id] && state[rec.data.id]!.saved.t >= rec.data.saved.t)) {
      if (!rec?.success) unreadable(token.slice(0, 40), () => keep.tokens.push(token));
      continue;
    }
    if (bucketOf(rec.data.id) !== Number.parseInt(key.slice(KEY_PREFIX.length), 36)) {
      dropped.push(`${key}: ${rec.data.id} (wrong key)`);
      continue;
    }
    state[rec.data.id] = rec.data;
  }
  for (const [id, entry] of Object.entries(chunk.n ?? {})) {
    const e = NoteEntry.safeParse(entry);
    const t = e.success ? decodeStamp(e.data[0], devices) : undefined;
    if (!t || !state[id]) {
      unreadable(`note of ${id.slice(0, 20)}`, () => (keep.n[id] = entry));
      continue;
    }
    state[id] = { ...state[id]!, note: { v: e.data![1], t } };
  }
  for (const [id, entry] of Object.entries(chunk.m ?? {})) {
    const e = MetaEntry.safeParse(entry);
    const t = e.success ? decodeStamp(e.data[0], devices) : undefined;
    if (!t || !state[id]) {
      unreadable(`title of ${id.slice(0, 20)}`, () => (keep.m[id] = entry));
      continue;
    }
    const v: SavedMeta = { title: e.data![1], authors: [] };
    if (e.data![2] !== undefined) v.savedAt = e.data![2];
    state[id] = { ...state[id]!, meta: { v, t } };
  }
  return { status: 'ok', state, dropped, keep: newer || Object.keys(keep.fields).length ? keep : undefined };
}

export interface DecodedSync {
  state: SavedState;
  chunks: Record<string, DecodedChunk>;
  dropped: string[];
  /** Keys written by a newer version that this one must not touch. */
  newerKeys: string[];
}

/** Read every saved-items key of a storage.sync snapshot into one state. */
export function decodeSync(items: Record<string, unknown>): DecodedSync {
  const out: DecodedSync = { state: {}, chunks: {}, dropped: [], newerKeys: [] };
  for (const key of SAVED_KEYS) {
    if (!(key in items) || items[key] == null) continue;
    const d = decodeChunk(key, items[key]);
    out.chunks[key] = d;
    out.dropped.push(...d.dropped);
    if (d.status === 'newer') out.newerKeys.push(key);
    Object.assign(out.state, d.state);
  }
  return out;
}

export interface Encoded {
  /** The value each writable saved-items key should have (keys of a newer version are absent). */
  items: Record<string, Chunk>;
  /** Bytes in storage.sync once these are written (everything, settings included). */
  bytes: number;
  /** What `items` carries, as a state: what another device would read back. */
  synced: SavedState;
  /** Saved ids whose notes did not fit and stay on this device. */
  localOnlyNotes: string[];
  /** Ids that did not fit at all (or sit in a key a newer version owns). */
  unsynced: string[];
}

interface Draft {
  key: string;
  devices: Map<string, number>;
  base: Record<string, unknown>;
  tokens: string[];
  n: [string, unknown][];
  m: [string, unknown][];
  bytes: number;
}

/**
 * Encode `state` for storage.sync, given everything currently there (`current`: other keys count
 * against the quota, chunks of newer versions are kept). Deterministic: the same state and
 * current contents give the same output, so devices that agree write nothing.
 */
export function encodeSync(state: SavedState, current: Record<string, unknown>, quota: { bytes: number; perItem: number } = SYNC_QUOTA): Encoded {
  const decoded = decodeSync(current);
  let fixed = 0; // bytes we do not control: other keys and keys of a newer version
  for (const [k, v] of Object.entries(current)) if (!isSavedKey(k) || decoded.newerKeys.includes(k)) fixed += entryBytes(k, v);
  const budget = quota.bytes - RESERVE_BYTES - fixed;
  const perItem = quota.perItem - ITEM_MARGIN;

  const unsynced: string[] = [];
  const byBucket = new Map<number, SavedRecord[]>();
  for (const id of Object.keys(state).sort()) {
    if (!ARXIV_ID_RE.test(id)) continue;
    const b = bucketOf(id);
    if (decoded.newerKeys.includes(bucketKey(b))) {
      unsynced.push(id);
      continue;
    }
    const list = byBucket.get(b);
    if (list) list.push(state[id]!);
    else byBucket.set(b, [state[id]!]);
  }

  const drafts = new Map<number, Draft>();
  let total = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const key = bucketKey(b);
    const keep = decoded.chunks[key]?.keep;
    const recs = byBucket.get(b) ?? [];
    if (!recs.length && !keep) continue;
    const names = new Set<string>();
    for (const r of recs) for (const t of [r.saved.t, r.note?.t, r.meta.t]) if (t && t !== BOTTOM_HLC) names.add(hlcDevice(t));
    const devList = [...names].sort();
    const devices = new Map(devList.map((d, i) => [d, i]));
    const base: Record<string, unknown> = { v: keep?.v ?? SYNC_FORMAT, c: keep?.c ?? SYNC_FORMAT, d: devList.join(' '), r: '', ...(keep?.fields ?? {}) };
    const tokens = recs.map((r) => `${r.id}${r.saved.v ? '+' : '-'}${encodeStamp(r.saved.t, devices)}`);
    tokens.push(...(keep?.tokens ?? []));
    const d: Draft = { key, devices, base, tokens, n: Object.entries(keep?.n ?? {}), m: Object.entries(keep?.m ?? {}), bytes: 0 };
    d.bytes = entryBytes(key, assemble(d));
    drafts.set(b, d);
    total += d.bytes;
  }

  // Saved registers must all go in; when they cannot, some stay on this device (reported).
  // What stays behind when not everything fits: first tombstones a month older than the newest
  // change (every device has long had them), then the oldest changes. A recent unsave always
  // goes out, so a full sync never lets a stale copy bring an item back. Ages are measured from
  // the state itself, not the clock, so every device sheds the same records.
  let newest = 0;
  for (const r of Object.values(state)) newest = Math.max(newest, hlcWall(r.saved.t));
  const oldTomb = (r: SavedRecord) => !isSaved(r) && hlcWall(r.saved.t) < newest - TOMBSTONE_SHED_AGE_MS;
  const order = new Map<number, { recs: SavedRecord[]; next: number; gone: Set<string> }>();
  const shed = (b: number) => {
    const d = drafts.get(b)!;
    let o = order.get(b);
    if (!o) {
      const recs = [...byBucket.get(b)!].sort((x, y) => Number(!oldTomb(x)) - Number(!oldTomb(y)) || (x.saved.t < y.saved.t ? -1 : 1));
      order.set(b, (o = { recs, next: 0, gone: new Set() }));
    }
    const victim = o.recs[o.next++]!;
    o.gone.add(victim.id);
    unsynced.push(victim.id);
    const cost = `${victim.id}+${encodeStamp(victim.saved.t, d.devices)}`.length + 1;
    d.bytes -= cost;
    total -= cost;
  };
  const left = (b: number) => (byBucket.get(b)?.length ?? 0) - (order.get(b)?.next ?? 0);
  for (const [b, d] of drafts) while (d.bytes > perItem && left(b) > 0) shed(b);
  while (total > budget) {
    const fullest = [...drafts.entries()].filter(([b]) => left(b) > 0).sort((x, y) => y[1].bytes - x[1].bytes)[0];
    if (!fullest) break;
    shed(fullest[0]);
  }
  for (const [b, o] of order) {
    const d = drafts.get(b)!;
    byBucket.set(b, byBucket.get(b)!.filter((r) => !o.gone.has(r.id)));
    d.tokens = d.tokens.filter((tk) => !o.gone.has(tk.slice(0, tk.search(/[+-]/))));
    const before = d.bytes;
    d.bytes = entryBytes(d.key, assemble(d));
    total += d.bytes - before;
  }

  // Extras by priority: notes of saved items (newest edit first), titles of saved items (newest
  // save first), notes kept with tombstones. Each costs at most its JSON plus a comma and, for the
  // first in its map, the map itself.
  const live = [...byBucket.values()].flat();
  const notes = live.filter((r) => r.note && isSaved(r)).sort((x, y) => (x.note!.t > y.note!.t ? -1 : 1));
  const titles = live.filter((r) => isSaved(r) && r.meta.t !== BOTTOM_HLC && r.meta.v.title).sort((x, y) => (x.saved.t > y.saved.t ? -1 : 1));
  const tombNotes = live.filter((r) => r.note && !isSaved(r)).sort((x, y) => (x.note!.t > y.note!.t ? -1 : 1));
  const localOnlyNotes: string[] = [];
  const tryAdd = (r: SavedRecord, map: 'n' | 'm'): boolean => {
    const d = drafts.get(bucketOf(r.id))!;
    const value =
      map === 'n'
        ? [encodeStamp(r.note!.t, d.devices), r.note!.v]
        : r.meta.v.savedAt !== undefined
          ? [encodeStamp(r.meta.t, d.devices), r.meta.v.title, r.meta.v.savedAt]
          : [encodeStamp(r.meta.t, d.devices), r.meta.v.title];
    const cost = utf8Length(JSON.stringify(r.id) + ':' + JSON.stringify(value)) + 1 + (d[map].length ? 0 : 7);
    if (d.bytes + cost > perItem || total + cost > budget) return false;
    d[map].push([r.id, value]);
    d.bytes += cost;
    total += cost;
    return true;
  };
  for (const r of notes) if (!tryAdd(r, 'n') && r.note!.v) localOnlyNotes.push(r.id);
  for (const r of titles) tryAdd(r, 'm');
  for (const r of tombNotes) tryAdd(r, 'n');

  const items: Record<string, Chunk> = {};
  for (const d of drafts.values()) {
    d.n.sort(([a], [b]) => (a < b ? -1 : 1));
    d.m.sort(([a], [b]) => (a < b ? -1 : 1));
    items[d.key] = assemble(d);
  }
  const synced = decodeSync(items).state;
  return { items, bytes: fixed + bytesOf(items), synced, localOnlyNotes: localOnlyNotes.sort(), unsynced: unsynced.sort() };
}

function assemble(d: Draft): Chunk {
  const out: Record<string, unknown> = { ...d.base, r: d.tokens.join(' ') };
  if (d.n.length) out.n = Object.fromEntries(d.n);
  if (d.m.length) out.m = Object.fromEntries(d.m);
  return out as Chunk;
}
