// History database: IndexedDB in the extension's origin, opened only here (the background).
// Versions upgrade one step at a time through the numbered migrations in ./migrations.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { HistoryRecord, type PaperMeta, type PaperStatus } from '../../utils/schema';
import { v001Initial } from './migrations/v001-initial';
import { v001ToV002 } from './migrations/v001-to-v002';

export const DB_NAME = 'papers-companion';
export const DB_VERSION = 2;
/** A card seen again after this gap starts a new visit (for times seen and momentum). */
export const VISIT_GAP_MS = 30 * 60 * 1000;

interface HistoryDb extends DBSchema {
  papers: { key: string; value: HistoryRecord; indexes: { lastSeenAt: number; firstListedAt: number } };
}
export type Db = IDBPDatabase<HistoryDb>;

export function openHistoryDb(name = DB_NAME, version = DB_VERSION): Promise<Db> {
  return openDB<HistoryDb>(name, version, {
    async upgrade(db, oldVersion, _new, tx) {
      const anyDb = db as unknown as IDBPDatabase<unknown>;
      const anyTx = tx as never;
      // A database left without its store (e.g. opened by something else without a version) is
      // treated as new rather than failing every upgrade after it.
      if (oldVersion < 1 || !db.objectStoreNames.contains('papers')) v001Initial(anyDb);
      if (oldVersion < 2 && version >= 2) await v001ToV002(anyTx);
    },
    blocking() {
      // A newer version wants to upgrade: step aside.
      void dbPromiseReset();
    },
  });
}

// One connection per worker lifetime is a cache, not state: losing it on restart loses nothing.
let dbPromise: Promise<Db> | undefined;
export function db(): Promise<Db> {
  dbPromise ??= openHistoryDb();
  return dbPromise;
}
/** Tests: forget the cached connection (e.g. after swapping the IndexedDB factory). */
export function __reset(): void {
  dbPromise = undefined;
}
async function dbPromiseReset() {
  const p = dbPromise;
  dbPromise = undefined;
  (await p)?.close();
}

export function statusOf(id: string, r: HistoryRecord | undefined, now = Date.now()): PaperStatus {
  if (!r) return { id, state: 'new' };
  // Momentum compares with the last visit before this one: a reload minutes later is the same visit.
  const sameVisit = r.lastSeenAt != null && now - r.lastSeenAt <= VISIT_GAP_MS;
  return {
    id,
    state: r.openedAt != null ? 'opened' : r.lastSeenAt != null ? 'seen' : 'new',
    lastSeenAt: r.lastSeenAt,
    openedAt: r.openedAt,
    dismissed: r.dismissedAt != null ? true : undefined,
    upvotesAtPrevSeen: sameVisit ? r.upvotesAtPrevSeen : r.upvotesAtLastSeen,
    prevSeenAt: sameVisit ? r.prevSeenAt : r.lastSeenAt,
  };
}

/** Copy what the page told us onto the record; true when something changed. */
function mergeMeta(r: HistoryRecord, m: PaperMeta): boolean {
  let changed = false;
  const set = <K extends keyof HistoryRecord>(k: K, v: HistoryRecord[K] | undefined) => {
    if (v === undefined) return;
    if (JSON.stringify(r[k]) !== JSON.stringify(v)) {
      r[k] = v;
      changed = true;
    }
  };
  set('title', m.title);
  set('authors', m.authors);
  set('summary', m.summary);
  set('keywords', m.keywords);
  if (m.listedDate && !r.listedDate) set('listedDate', m.listedDate);
  return changed;
}

function fresh(id: string): HistoryRecord {
  return { id, timesSeen: 0 };
}

/**
 * The page lists these papers: answer each one's status, and (when recording) remember that it was
 * listed and what the page said about it. Writes re-read under the write lock, so two tabs at once
 * lose nothing.
 * Pages send ids alone first: `texts` is what is known of each paper (the record, overlaid with what
 * was sent), for the tagger; a paper without title or abstract is marked `needsText`.
 */
export async function listed(papers: PaperMeta[], now: number, record: boolean): Promise<{ statuses: PaperStatus[]; texts: PaperMeta[] }> {
  const d = await db();
  // Read first, without a write lock: a page of papers history knows changes nothing.
  const rtx = d.transaction('papers', 'readonly');
  const found = await Promise.all(papers.map((m) => rtx.store.get(m.id)));
  await rtx.done;
  const texts: PaperMeta[] = [];
  const writes: PaperMeta[] = [];
  const statuses = papers.map((m, i) => {
    const r = found[i];
    const status = statusOf(m.id, r, now);
    const next = r ? { ...r } : { ...fresh(m.id), firstListedAt: now };
    if ((mergeMeta(next, m) || !r) && record) writes.push(m);
    texts[i] = { id: m.id, title: next.title, summary: next.summary, keywords: next.keywords };
    if (!next.title || !next.summary) status.needsText = true;
    return status;
  });
  if (writes.length) {
    // Read again under the write lock and merge, so another tab's write in between is kept.
    const tx = d.transaction('papers', 'readwrite');
    await Promise.all(
      writes.map(async (m) => {
        const r = await tx.store.get(m.id);
        const next = r ? { ...r } : { ...fresh(m.id), firstListedAt: now };
        if (mergeMeta(next, m) || !r) await (tx.store as IDBObjectStoreLike).put(next);
      }),
    );
    await tx.done;
  }
  return { statuses, texts };
}
type IDBObjectStoreLike = { put(v: HistoryRecord): Promise<unknown> };

export async function get(ids: string[]): Promise<PaperStatus[]> {
  const d = await db();
  const tx = d.transaction('papers', 'readonly');
  const out = await Promise.all(ids.map(async (id) => statusOf(id, await tx.store.get(id))));
  await tx.done;
  return out;
}

export async function seen(papers: { id: string; upvotes?: number }[], now: number): Promise<number> {
  const d = await db();
  const tx = d.transaction('papers', 'readwrite');
  await Promise.all(
    papers.map(async ({ id, upvotes }) => {
      const r = (await tx.store.get(id)) ?? { ...fresh(id), firstListedAt: now };
      const newVisit = r.lastSeenAt == null || now - r.lastSeenAt > VISIT_GAP_MS;
      if (newVisit) {
        if (r.lastSeenAt != null) {
          r.prevSeenAt = r.lastSeenAt;
          r.upvotesAtPrevSeen = r.upvotesAtLastSeen;
        }
        r.timesSeen = (r.timesSeen ?? 0) + 1;
      }
      r.firstSeenAt ??= now;
      r.lastSeenAt = now;
      if (upvotes != null) r.upvotesAtLastSeen = upvotes;
      await tx.store.put(r);
    }),
  );
  await tx.done;
  return papers.length;
}

export async function opened(m: PaperMeta, now: number): Promise<void> {
  const d = await db();
  const tx = d.transaction('papers', 'readwrite');
  const r = (await tx.store.get(m.id)) ?? { ...fresh(m.id), firstListedAt: now };
  mergeMeta(r, m);
  r.openedAt = now;
  r.firstSeenAt ??= now;
  await tx.store.put(r);
  await tx.done;
}

export async function setDismissed(id: string, dismissed: boolean, now: number): Promise<void> {
  const d = await db();
  const tx = d.transaction('papers', 'readwrite');
  const r = (await tx.store.get(id)) ?? { ...fresh(id), firstListedAt: now };
  if (dismissed) r.dismissedAt = now;
  else delete r.dismissedAt;
  await tx.store.put(r);
  await tx.done;
}

/** Delete everything, or records whose last activity is older than the cut-off. Returns how many. */
export async function clear(olderThanDays: number | undefined, now: number): Promise<number> {
  const d = await db();
  const tx = d.transaction('papers', 'readwrite');
  let removed = 0;
  if (olderThanDays == null) {
    removed = await tx.store.count();
    await tx.store.clear();
  } else {
    const cutoff = now - olderThanDays * 86_400_000;
    let cursor = await tx.store.openCursor();
    while (cursor) {
      const r = cursor.value;
      const last = Math.max(r.lastSeenAt ?? 0, r.openedAt ?? 0, r.firstListedAt ?? 0, r.dismissedAt ?? 0);
      if (last < cutoff) {
        await cursor.delete();
        removed++;
      }
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return removed;
}

export async function stats(): Promise<{ papers: number; oldest?: number }> {
  const d = await db();
  const papers = await d.count('papers');
  const first = await d.transaction('papers').store.index('firstListedAt').openCursor();
  return { papers, oldest: first?.value.firstListedAt };
}

export async function all(): Promise<HistoryRecord[]> {
  return (await db()).getAll('papers');
}
