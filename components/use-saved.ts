// Saved items for the popup and options page.
// Measured with 5,000 items in Chromium: chrome.storage.local takes 200–700 ms to hand them over and
// zod (no JIT under the extension CSP) ~100–200 ms to validate them. So the last validated state,
// less the summaries (the list neither shows nor searches them), is also kept in this origin's
// localStorage, compact and in list order, and drawn at once (~5 ms); the storage value, validated
// in full, replaces it as soon as it arrives. Anything that needs whole records (export) waits for `fresh`.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { savedItem } from '../utils/storage';
import { liveItems, parseSavedState, savedAt, type SavedRecord, type SavedState } from '../utils/saved/model';

const SNAPSHOT_KEY = 'pc:saved-snapshot';
// v2: one compact array per record, newest saved first (half the bytes of v1 and about twice as
// quick to parse; in list order, so the first sort at open is a pass over sorted data).
const SNAPSHOT_VERSION = 2;

interface Loaded {
  state: SavedState;
  dropped: number;
  /** From storage (true) or from the snapshot (false). */
  fresh: boolean;
}

/** [id, saved, savedT, metaT, title, authors, topics|0, publishedAt|0, imported savedAt|0, note|0, noteT|0, other meta fields|0] */
type Row = [string, boolean, string, string, string, string[], string[] | 0, string | 0, number | 0, string | 0, string | 0, Record<string, unknown> | 0];

function toRow(r: SavedRecord): Row {
  const { title, authors, topics, publishedAt, savedAt: imported, summary: _s, ...other } = r.meta.v;
  const rest = Object.keys(other).length ? other : 0;
  return [r.id, r.saved.v, r.saved.t, r.meta.t, title, authors, topics ?? 0, publishedAt ?? 0, imported ?? 0, r.note?.v ?? 0, r.note?.t ?? 0, rest];
}

function isStrings(x: unknown): x is string[] {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (typeof x[i] !== 'string') return false;
  return true;
}

/** The snapshot holds only records that passed parseSavedState; these checks just keep a damaged
 *  or foreign value from reaching the renderer (any doubt: ignore it and wait for storage).
 *  Indexed reads, not destructuring: this runs 5,000 times in code not yet optimised. */
function fromRow(x: unknown): SavedRecord | undefined {
  if (!Array.isArray(x) || x.length !== 12) return undefined;
  const r = x as Row;
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

function readSnapshot(): Loaded | undefined {
  try {
    const snap = JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? 'null') as { v?: number; rows?: unknown; dropped?: number } | null;
    if (snap?.v !== SNAPSHOT_VERSION || !Array.isArray(snap.rows)) return undefined;
    const state: SavedState = {};
    const rows = snap.rows as unknown[];
    for (let i = 0; i < rows.length; i++) {
      const rec = fromRow(rows[i]);
      if (!rec) return undefined;
      state[rec.id] = rec;
    }
    return { state, dropped: Number(snap.dropped) || 0, fresh: false };
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
      const recs = Object.values(state)
        .map((r) => [savedAt(r), r] as const)
        .sort((a, b) => b[0] - a[0] || (a[1].id < b[1].id ? 1 : -1));
      localStorage.setItem(SNAPSHOT_KEY, JSON.stringify({ v: SNAPSHOT_VERSION, rows: recs.map(([, r]) => toRow(r)), dropped }));
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

export function useSaved() {
  const [loaded, setLoaded] = useState<Loaded | undefined>(readSnapshot);
  useEffect(() => {
    let live = true;
    let changed = false;
    const take = (raw: unknown) => {
      if (!live) return;
      const { state, dropped } = parseSavedState(raw ?? {});
      setLoaded({ state, dropped: dropped.length, fresh: true });
      writeSnapshot(state, dropped.length);
    };
    const unwatch = savedItem.watch((v) => {
      changed = true;
      take(v);
    });
    // A change seen while the first read was in flight is newer than that read.
    void savedItem.getValue().then((v) => !changed && take(v));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const state = loaded?.state ?? {};
  const records = useMemo(() => liveItems(state), [state]);
  /** loaded: something to show; fresh: it came from storage (not the snapshot). */
  return { state, dropped: loaded?.dropped ?? 0, records, loaded: !!loaded, fresh: !!loaded?.fresh };
}
