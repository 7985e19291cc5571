// Search and sort over saved items for the popup's list. Pure, so 5,000 items are cheap to test.
import { noteOf, savedAt, type SavedRecord } from '../utils/saved/model';
import { queryTerms } from '../utils/filters';

export type SavedSort = 'saved' | 'published';

export interface SavedRow {
  rec: SavedRecord;
  savedAt: number;
  /** Sortable publication key: the published date, else the arXiv id's YYMM. */
  published: string;
}

/** The published date, else the arXiv id's YYMM as "20YY-MM". */
export function publishedKey(id: string, publishedAt: string | undefined): string {
  return publishedAt ?? `20${id.slice(0, 2)}-${id.slice(2, 4)}`;
}

export function toRows(records: SavedRecord[]): SavedRow[] {
  return records.map((rec) => ({ rec, savedAt: savedAt(rec), published: publishedKey(rec.id, rec.meta.v.publishedAt) }));
}

// Search text per record, made on the first search (not at open: the popup must be quick with 5,000).
const hays = new WeakMap<SavedRecord, string>();
function hayOf(rec: SavedRecord, topicName: (id: string) => string): string {
  let hay = hays.get(rec);
  if (hay === undefined) {
    const m = rec.meta.v;
    const topics = m.topics ?? [];
    hay = [m.title, m.authors.join(', '), noteOf(rec), ...topics, ...topics.map(topicName), rec.id].join('\n').toLowerCase();
    hays.set(rec, hay);
  }
  return hay;
}

/** Rows matching every word of the query (title, authors, note, topics), newest first by the chosen date. */
export function querySaved(rows: SavedRow[], query: string, sort: SavedSort, topicName: (id: string) => string = (id) => id): SavedRow[] {
  const terms = queryTerms(query);
  const hits = terms.length ? rows.filter((r) => terms.every((t) => hayOf(r.rec, topicName).includes(t))) : rows.slice();
  if (sort === 'saved') hits.sort((a, b) => b.savedAt - a.savedAt || (a.rec.id < b.rec.id ? 1 : -1));
  else hits.sort((a, b) => (a.published === b.published ? b.savedAt - a.savedAt : a.published < b.published ? 1 : -1));
  return hits;
}
