// Saved items for the popup and options page.
// Measured with 5,000 items in Chromium: chrome.storage.local takes 200–700 ms to hand them over and
// zod (no JIT under the extension CSP) ~100–200 ms to validate them. So the last validated state,
// less the summaries (the list neither shows nor searches them), is also kept in this origin's
// localStorage and drawn at once (~10 ms); the storage value, validated in full, replaces it as soon
// as it arrives. Anything that needs whole records (export) waits for `fresh`.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { savedItem } from '../utils/storage';
import { liveItems, parseSavedState, type SavedRecord, type SavedState } from '../utils/saved/model';

const SNAPSHOT_KEY = 'pc:saved-snapshot';
const SNAPSHOT_VERSION = 1;

interface Loaded {
  state: SavedState;
  dropped: number;
  /** From storage (true) or from the snapshot (false). */
  fresh: boolean;
}

/** The snapshot holds only records that passed parseSavedState; this guard just keeps a damaged
 *  or foreign value from reaching the renderer (any doubt: ignore it and wait for storage). */
function drawable(r: SavedRecord): boolean {
  const m = r?.meta?.v;
  return typeof r?.id === 'string' && typeof r.saved?.t === 'string' && typeof r.saved.v === 'boolean' && typeof m?.title === 'string' && Array.isArray(m.authors);
}

function readSnapshot(): Loaded | undefined {
  try {
    const snap = JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? 'null') as { v?: number; state?: SavedState; dropped?: number } | null;
    if (snap?.v !== SNAPSHOT_VERSION || !snap.state || typeof snap.state !== 'object') return undefined;
    if (!Object.values(snap.state).every(drawable)) return undefined;
    return { state: snap.state, dropped: Number(snap.dropped) || 0, fresh: false };
  } catch {
    return undefined;
  }
}

function withoutSummaries(state: SavedState): SavedState {
  const out: SavedState = {};
  for (const [id, r] of Object.entries(state)) {
    if (r.meta.v.summary === undefined) out[id] = r;
    else {
      const { summary: _s, ...v } = r.meta.v;
      out[id] = { ...r, meta: { ...r.meta, v } };
    }
  }
  return out;
}

let pending: number | undefined;
function writeSnapshot(state: SavedState, dropped: number) {
  if (pending !== undefined) cancelIdleCallback(pending);
  pending = requestIdleCallback(() => {
    pending = undefined;
    try {
      localStorage.setItem(SNAPSHOT_KEY, JSON.stringify({ v: SNAPSHOT_VERSION, state: withoutSummaries(state), dropped }));
    } catch {
      // Over the localStorage quota: no snapshot, the popup just waits for storage.
      localStorage.removeItem(SNAPSHOT_KEY);
    }
  });
}

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
