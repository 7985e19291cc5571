// The user's corrections to topic chips, and the small on-device model they drive.
// A correction sticks to its paper (added topics always shown, removed ones never). Each corrected paper also
// keeps a fingerprint: its most telling content words. A new paper whose fingerprint overlaps a corrected one is
// nudged the same way, in proportion to the overlap (cosine of the two word sets), so "remove Vision from
// this paper" also lowers Vision on near-identical papers but leaves unrelated ones alone.
import * as z from 'zod/mini';
import { STOPWORDS, forEachToken, stem } from './text';
import type { ScoreAdjuster, TaggerInput } from './tagger';

export const CorrectionEntry = z.lazy(() => z.object({
  added: z._default(z.array(z.string()), []),
  removed: z._default(z.array(z.string()), []),
  /** Fingerprint: stemmed content words of the paper, most telling first. */
  terms: z._default(z.array(z.string()), []),
  /** When the paper was last corrected (ms). Oldest entries go first when the store is full. */
  at: z._default(z.number(), 0),
}));
export type CorrectionEntry = z.infer<typeof CorrectionEntry>;
/** Per paper id. */
export type Corrections = Record<string, CorrectionEntry>;

export const MAX_CORRECTED_PAPERS = 500;
export const FINGERPRINT_SIZE = 24;
/** Below this overlap a corrected paper says nothing about another one. */
export const MIN_SIMILARITY = 0.3;
/** At full similarity a correction moves a topic's score by this share of the paper's best score. */
export const NUDGE = 1.2;
const NEIGHBOURS = 5;

/** Keeps every readable entry, drops the rest and says how many. Never throws. */
export function parseCorrections(raw: unknown): { corrections: Corrections; dropped: number } {
  const corrections: Corrections = {};
  let dropped = 0;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { corrections, dropped: raw == null ? 0 : 1 };
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const r = CorrectionEntry.safeParse(value);
    if (!r.success || !id) { dropped++; continue; }
    corrections[id] = r.data;
  }
  return { corrections, dropped };
}

/** The fingerprint of a paper: title words first (they say most), then the abstract's most frequent words. */
export function paperFingerprint(p: TaggerInput): string[] {
  const counts = new Map<string, number>();
  const add = (text: string | undefined, weight: number) => {
    if (!text) return;
    forEachToken(text.toLowerCase(), (t) => {
      if (t.length < 3 || STOPWORDS.has(t) || /^\d+$/.test(t)) return;
      const s = stem(t);
      counts.set(s, (counts.get(s) ?? 0) + weight);
    });
  };
  add(p.title, 3);
  for (const k of p.keywords ?? []) add(k, 2);
  add(p.abstract, 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, FINGERPRINT_SIZE).map(([t]) => t);
}

/** Records that the user added or removed `topic` on `paper`. Returns a new object (storage-ready). */
export function applyCorrection(
  corrections: Corrections,
  paper: TaggerInput & { id: string },
  topic: string,
  kind: 'add' | 'remove',
  now: number = Date.now(),
): Corrections {
  const prev = corrections[paper.id];
  const added = new Set(prev?.added ?? []);
  const removed = new Set(prev?.removed ?? []);
  if (kind === 'add') { added.add(topic); removed.delete(topic); } else { removed.add(topic); added.delete(topic); }
  const next: Corrections = { ...corrections };
  if (!added.size && !removed.size) { delete next[paper.id]; return next; }
  const terms = paper.title ? paperFingerprint(paper) : prev?.terms ?? [];
  next[paper.id] = { added: [...added].sort(), removed: [...removed].sort(), terms, at: now };
  const ids = Object.keys(next);
  if (ids.length > MAX_CORRECTED_PAPERS) {
    ids.sort((a, b) => next[a].at - next[b].at);
    for (const id of ids.slice(0, ids.length - MAX_CORRECTED_PAPERS)) delete next[id];
  }
  return next;
}

/** Forgets the user's corrections of one paper. */
export function clearCorrection(corrections: Corrections, id: string): Corrections {
  const next = { ...corrections };
  delete next[id];
  return next;
}

/** The nudge model as a tagger plug-in: exact corrections for the same paper, weighted nudges for similar ones. */
export function correctionAdjuster(corrections: Corrections): ScoreAdjuster | undefined {
  const entries = Object.entries(corrections).filter(([, c]) => c.added.length || c.removed.length);
  if (!entries.length) return undefined;
  // Inverted index word -> corrected papers, so a new paper only touches papers it shares words with.
  const index = new Map<string, number[]>();
  entries.forEach(([, c], i) => { for (const t of c.terms) (index.get(t) ?? index.set(t, []).get(t)!).push(i); });
  const overlap = new Float64Array(entries.length);

  return {
    adjust(p, scores, topicIds) {
      const own = p.id ? corrections[p.id] : undefined;
      const fp = paperFingerprint(p);
      overlap.fill(0);
      for (const t of fp) for (const i of index.get(t) ?? []) overlap[i]++;
      const near: Array<[number, number]> = [];
      entries.forEach(([id, c], i) => {
        if (id === p.id || !overlap[i]) return;
        const sim = overlap[i] / Math.sqrt(fp.length * c.terms.length);
        if (sim >= MIN_SIMILARITY) near.push([i, sim]);
      });
      near.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      let top = 0;
      for (let t = 0; t < scores.length; t++) if (scores[t] > top && !topicIds[t].startsWith('_')) top = scores[t];
      const scale = Math.max(top, 4) * NUDGE;
      for (const [i, sim] of near.slice(0, NEIGHBOURS)) {
        const c = entries[i][1];
        for (const id of c.added) { const t = topicIds.indexOf(id); if (t >= 0) scores[t] += sim * scale; }
        for (const id of c.removed) { const t = topicIds.indexOf(id); if (t >= 0) scores[t] = Math.max(0, scores[t] - sim * scale); }
      }
      return own ? { force: own.added, drop: own.removed } : undefined;
    },
  };
}
