// v0 → v1: the first shape of the history store (kept so older installs can be upgraded step by step).
// v1 records: { id, firstSeen?: number, lastSeen?: number, opened?: boolean, title?: string }.
import type { IDBPDatabase } from 'idb';

export function v001Initial(db: IDBPDatabase<unknown>): void {
  db.createObjectStore('papers', { keyPath: 'id' });
}
