// How many saved items (ids + dates) fit in storage.sync next to the settings and topic edits,
// found by really encoding N items and checking the result against the quotas.
import { DEFAULT_SETTINGS } from '../utils/schema';
import { makeHlc, type SavedState } from '../utils/saved/model';
import { bytesOf, encodeSync, entryBytes, SYNC_QUOTA } from '../utils/sync-codec';

/** Deterministic pseudo-random numbers, so the figure is the same on every run. */
function rng(seed: number) {
  return () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

/** N saved items as a user builds them: arXiv ids from 2023–2026, saved over three years on 3 devices. */
export function realisticState(n: number, withNotes = false): SavedState {
  const rand = rng(42);
  const devices = ['k3j9x2qa', 'p0w7m1zt', 'c5v8b4nd'];
  const start = Date.UTC(2023, 0, 1);
  const state: SavedState = {};
  let count = 0;
  while (count < n) {
    const yymm = `${23 + Math.floor(rand() * 4)}${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`;
    const id = `${yymm}.${String(Math.floor(rand() * 25_000)).padStart(5, '0')}`;
    const wall = start + Math.floor(rand() * 3 * 365 * 86_400_000);
    if (state[id]) continue;
    count++;
    const t = makeHlc(wall, rand() < 0.05 ? 1 : 0, devices[Math.floor(rand() * 3)]!);
    state[id] = { id, saved: { v: rand() > 0.1, t }, meta: { v: { title: `A title of about sixty characters for paper ${id}`, authors: ['A. Author'] }, t } };
    if (withNotes && rand() < 0.2) state[id]!.note = { v: 'A short note about why this matters.', t };
  }
  return state;
}

/** Settings and a generous set of topic edits, as they sit in storage.sync next to saved items. */
export function otherSyncItems(): Record<string, unknown> {
  const topicEdits = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`topic-${i}`, { label: `Custom topic ${i}`, keywords: ['alpha', 'beta', 'gamma'] }]));
  return { settings: DEFAULT_SETTINGS, topicEdits };
}

function fits(n: number): boolean {
  const others = otherSyncItems();
  const enc = encodeSync(realisticState(n), others);
  if (enc.unsynced.length) return false;
  const all = { ...others, ...enc.items };
  // Check the real quotas on what would be written, not the encoder's own accounting.
  return (
    bytesOf(all) <= SYNC_QUOTA.bytes &&
    Object.entries(all).every(([k, v]) => entryBytes(k, v) <= SYNC_QUOTA.perItem) &&
    Object.keys(all).length <= SYNC_QUOTA.items
  );
}

export default async function run(): Promise<Record<string, number>> {
  let lo = 0;
  let hi = 10_000;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  // Bytes per item for ids + dates alone (titles stripped, so none are added as extras).
  const bare = realisticState(2000);
  for (const r of Object.values(bare)) r.meta.v.title = '';
  return {
    sync_capacity_items: lo,
    sync_bytes_per_item: Math.round((bytesOf(encodeSync(bare, {}).items) / 2000) * 10) / 10,
  };
}
