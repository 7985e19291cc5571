// Saved items for the popup and options page.
// Measured with 5,000 items in Chromium: chrome.storage.local takes 200–700 ms to hand them over and
// zod (no JIT under the extension CSP) ~100–200 ms to validate them. So the last validated state,
// less the summaries (the list neither shows nor searches them), is also kept in this origin's
// localStorage, compact and in list order, and drawn at once; the storage value, validated in full,
// replaces it as soon as it arrives. Anything that needs whole records (export) waits for `fresh`.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { savedItem } from '../utils/storage';
import { BOTTOM_HLC, liveItems, parseSavedState, savedAt, type SavedRecord, type SavedState } from '../utils/saved/model';
import { publishedKey, toRows, type SavedRow } from './saved-query';

const SNAPSHOT_KEY = 'pc:saved-snapshot';
// v3: one compact array per record, newest saved first (v2), now ending with the date the list sorts
// by, so the open draws from the parsed rows without first rebuilding 5,000 records.
const SNAPSHOT_VERSION = 3;
/** Rows checked (and rebuilt) before the first paint: more than a screen of the list. */
const FIRST_SCREEN = 24;
/** Rows checked per idle slice after it. */
const CHECK_SLICE = 500;

/** [id, saved, savedT, metaT, title, authors, topics|0, publishedAt|0, imported savedAt|0, note|0, noteT|0, other meta fields|0, savedAt] */
type Row = [string, boolean, string, string, string, string[], string[] | 0, string | 0, number | 0, string | 0, string | 0, Record<string, unknown> | 0, number];

function toRow(r: SavedRecord): Row {
  const { title, authors, topics, publishedAt, savedAt: imported, summary: _s, ...other } = r.meta.v;
  const rest = Object.keys(other).length ? other : 0;
  return [r.id, r.saved.v, r.saved.t, r.meta.t, title, authors, topics ?? 0, publishedAt ?? 0, imported ?? 0, r.note?.v ?? 0, r.note?.t ?? 0, rest, savedAt(r)];
}

function isStrings(x: unknown): x is string[] {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (typeof x[i] !== 'string') return false;
  return true;
}

/** The snapshot holds only records that passed parseSavedState; these checks just keep a damaged
 *  or foreign value from reaching the renderer (any doubt: ignore it and wait for storage).
 *  Indexed reads, not destructuring: this runs in code not yet optimised. */
function fromRow(r: Row): SavedRecord | undefined {
  const id = r[0];
  const title = r[4];
  const authors = r[5];
  if (typeof id !== 'string' || typeof r[1] !== 'boolean' || typeof r[2] !== 'string' || typeof r[3] !== 'string' || typeof title !== 'string' || !isStrings(authors)) return undefined;
  const rest = r[11];
  const v: SavedRecord['meta']['v'] = rest && typeof rest === 'object' ? { ...rest, title, authors } : { title, authors };
  const topics = r[6];
  if (topics) v.topics = isStrings(topics) ? topics : [];
  if (typeof r[7] === 'string') v.publishedAt = r[7];
  if (typeof r[8] === 'number' && r[8] > 0) v.savedAt = r[8];
  const rec: SavedRecord = { id, saved: { v: r[1], t: r[2] }, meta: { v, t: r[3] } };
  if (typeof r[9] === 'string' && typeof r[10] === 'string') rec.note = { v: r[9], t: r[10] };
  return rec;
}

/** A snapshot row as the list uses it: its record is rebuilt the first time it is drawn or searched. */
class SnapshotRow implements SavedRow {
  private built: SavedRecord | undefined;
  constructor(private readonly raw: Row) {}
  /** False when the row is damaged (it then shows as its bare id until storage answers). */
  check(): boolean {
    if (this.built) return true;
    const rec = fromRow(this.raw);
    if (rec) this.built = rec;
    return !!rec;
  }
  get rec(): SavedRecord {
    if (!this.check()) this.built = { id: String(this.raw[0]), saved: { v: this.raw[1] === true, t: BOTTOM_HLC }, meta: { v: { title: '', authors: [] }, t: BOTTOM_HLC } };
    return this.built!;
  }
  get savedAt(): number {
    return this.raw[12];
  }
  get published(): string {
    const p = this.raw[7];
    return publishedKey(this.raw[0], typeof p === 'string' ? p : undefined);
  }
}

/** The saved items one open of the popup works with: storage's value, or the snapshot until it answers. */
interface View {
  /** Live items, as the list's rows. */
  rows: SavedRow[];
  /** Every record by id, tombstones included. */
  readonly state: SavedState;
  /** Live records. */
  readonly records: SavedRecord[];
  dropped: number;
  /** From storage (true) or from the snapshot (false). */
  fresh: boolean;
}

function freshView(state: SavedState, dropped: number): View {
  const records = liveItems(state);
  return { rows: toRows(records), state, records, dropped, fresh: true };
}

/** The snapshot's view: rows at once, whole records only when asked for. */
class SnapshotView implements View {
  readonly fresh = false;
  private builtState: SavedState | undefined;
  private builtRecords: SavedRecord[] | undefined;
  constructor(
    private readonly all: SnapshotRow[],
    readonly rows: SnapshotRow[],
    readonly dropped: number,
  ) {}
  get state(): SavedState {
    if (!this.builtState) {
      const state: SavedState = {};
      for (const row of this.all) state[row.rec.id] = row.rec;
      this.builtState = state;
    }
    return this.builtState;
  }
  get records(): SavedRecord[] {
    return (this.builtRecords ??= this.rows.map((r) => r.rec));
  }
  /** Checks every row in idle slices after the first paint; `onDamaged` if one is bad. Returns a stop function. */
  checkInIdle(onDamaged: () => void): () => void {
    let next = 0; // rows checked at open pass again at no cost
    let id = 0;
    const slice = () => {
      const end = Math.min(this.all.length, next + CHECK_SLICE);
      for (; next < end; next++) {
        if (!this.all[next]!.check()) return onDamaged();
      }
      if (next < this.all.length) id = requestIdleCallback(slice);
    };
    if (next < this.all.length) id = requestIdleCallback(slice);
    return () => cancelIdleCallback(id);
  }
}

function readSnapshot(): View | undefined {
  try {
    const snap = JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? 'null') as { v?: number; rows?: unknown; dropped?: number } | null;
    if (snap?.v !== SNAPSHOT_VERSION || !Array.isArray(snap.rows)) return undefined;
    const raw = snap.rows as unknown[];
    const all: SnapshotRow[] = new Array(raw.length);
    const live: SnapshotRow[] = [];
    for (let i = 0; i < raw.length; i++) {
      const r = raw[i];
      // The shape is checked for every row now (cheap); the fields of the list's first screen too,
      // the others' in idle time after the first paint (see checkInIdle).
      if (!Array.isArray(r) || r.length !== 13 || typeof r[12] !== 'number') return undefined;
      const row = new SnapshotRow(r as Row);
      all[i] = row;
      if (r[1] !== true) continue;
      if (live.length < FIRST_SCREEN && !row.check()) return undefined;
      live.push(row);
    }
    return new SnapshotView(all, live, Number(snap.dropped) || 0);
  } catch {
    return undefined;
  }
}

let pending: { id: number; write(): void } | undefined;
function writeSnapshot(state: SavedState, dropped: number) {
  if (pending) cancelIdleCallback(pending.id);
  const write = () => {
    pending = undefined;
    try {
      const rows = Object.values(state)
        .map(toRow)
        .sort((a, b) => b[12] - a[12] || (a[0] < b[0] ? 1 : -1));
      localStorage.setItem(SNAPSHOT_KEY, JSON.stringify({ v: SNAPSHOT_VERSION, rows, dropped }));
    } catch {
      // Over the localStorage quota: no snapshot, the popup just waits for storage.
      localStorage.removeItem(SNAPSHOT_KEY);
    }
  };
  pending = { id: requestIdleCallback(write), write };
}
// A popup closed before it was idle still leaves the snapshot for the next open.
addEventListener('pagehide', () => {
  if (!pending) return;
  cancelIdleCallback(pending.id);
  pending.write();
});

const NONE: SavedState = {};

export function useSaved() {
  const [view, setView] = useState<View | undefined>(readSnapshot);
  useEffect(() => {
    let live = true;
    let changed = false;
    const take = (raw: unknown) => {
      if (!live) return;
      const { state, dropped } = parseSavedState(raw ?? {});
      setView(freshView(state, dropped.length));
      writeSnapshot(state, dropped.length);
    };
    // A damaged snapshot row found after the first paint: show nothing rather than doubt, until storage answers.
    const opened = view;
    const stopCheck = opened instanceof SnapshotView ? opened.checkInIdle(() => setView((v) => (v === opened ? undefined : v))) : undefined;
    const unwatch = savedItem.watch((v) => {
      changed = true;
      take(v);
    });
    // A change seen while the first read was in flight is newer than that read.
    void savedItem.getValue().then((v) => !changed && take(v));
    return () => {
      live = false;
      stopCheck?.();
      unwatch();
    };
  }, []);
  /** rows: the list's live items. state and records are whole records, built on first use for a snapshot.
   *  loaded: something to show; fresh: it came from storage (not the snapshot). */
  return useMemo(
    () => ({
      rows: view?.rows ?? [],
      get state(): SavedState {
        return view?.state ?? NONE;
      },
      get records(): SavedRecord[] {
        return view?.records ?? [];
      },
      dropped: view?.dropped ?? 0,
      loaded: !!view,
      fresh: !!view?.fresh,
    }),
    [view],
  );
}
