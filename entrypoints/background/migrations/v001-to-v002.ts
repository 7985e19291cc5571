// v1 → v2: records get the full HistoryRecord shape (first/last seen renamed, opened becomes a time,
// counters and listing fields) and the store gets indexes for retention and "recently seen" queries.
import type { IDBPTransaction } from 'idb';
import { HistoryRecord } from '../../../utils/schema';

export interface V1Record {
  id: string;
  firstSeen?: number;
  lastSeen?: number;
  opened?: boolean;
  title?: string;
}

/** Pure: one v1 record in, one v2 record out (or null when it cannot be read). */
export function upgradeV1Record(old: unknown): HistoryRecord | null {
  if (!old || typeof old !== 'object') return null;
  const r = old as Partial<V1Record>;
  const candidate = {
    id: r.id,
    firstSeenAt: r.firstSeen,
    lastSeenAt: r.lastSeen ?? r.firstSeen,
    firstListedAt: r.firstSeen,
    timesSeen: r.firstSeen ? 1 : 0,
    // v1 only knew that a paper was opened, not when: the last time seen is the best estimate.
    openedAt: r.opened ? (r.lastSeen ?? r.firstSeen ?? 0) : undefined,
    title: typeof r.title === 'string' ? r.title : undefined,
  };
  const parsed = HistoryRecord.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

export async function v001ToV002(tx: IDBPTransaction<unknown, string[], 'versionchange'>): Promise<void> {
  const store = tx.objectStore('papers');
  store.createIndex('lastSeenAt', 'lastSeenAt');
  store.createIndex('firstListedAt', 'firstListedAt');
  let cursor = await store.openCursor();
  while (cursor) {
    const next = upgradeV1Record(cursor.value);
    if (next) await cursor.update(next);
    else await cursor.delete();
    cursor = await cursor.continue();
  }
}
