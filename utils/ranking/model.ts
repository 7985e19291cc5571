// The "for you" model: a linear scorer over hashed term features, trained on the device from the
// user's own signals. Positive signals (saved, opened) add the paper's vector to a positive profile,
// negative ones (dismissed, "less like this", seen-but-ignored) to a negative one, each with a weight.
// A paper's score is its similarity to the positive profile minus half its similarity to the negative
// one: linear in the paper's features, explainable term by term, and every update is exactly
// reversible (undo, unsave) and idempotent per paper and kind (a retried message changes nothing).
import * as z from 'zod/mini';
import { ArxivId } from '../schema';
import type { Features } from './features';

export const SIGNAL_KINDS = ['saved', 'opened', 'dismissed', 'ignored', 'less'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const KIND_WEIGHT: Record<SignalKind, number> = { saved: 1, opened: 0.6, dismissed: -1, less: -1.5, ignored: -0.3 };
const KIND_CODE: Record<SignalKind, string> = { saved: 's', opened: 'o', dismissed: 'd', less: 'l', ignored: 'i' };
/** How much the negative profile counts against the positive one. */
export const NEGATIVE_WEIGHT = 0.5;
/** Below this many signals (or with no positive one) we say so instead of ranking. */
export const MIN_SIGNALS = 5;
/** Caps that keep the stored model compact (a few tens of kB at most). */
export const MAX_TERMS = 3000;
export const MAX_PAPERS = 2000;

export const ForYouModel = z.lazy(() => z.object({
  v: z.literal(1),
  /** Hashed feature → weighted sum of positive (resp. negative) paper vectors. */
  pos: z.record(z.string(), z.number()),
  neg: z.record(z.string(), z.number()),
  /** Total signal weight on each side (normalises the profiles). */
  sPos: z.number(),
  sNeg: z.number(),
  /** Number of signals applied. */
  n: z.number(),
  /** Paper id → codes of the signals applied to it (dedup, undo), oldest first. */
  applied: z.record(z.string(), z.string()),
}));
export type ForYouModel = z.infer<typeof ForYouModel>;

export const emptyModel = (): ForYouModel => ({ v: 1, pos: {}, neg: {}, sPos: 0, sNeg: 0, n: 0, applied: {} });

/** A stored model, or an empty one when it is missing or unreadable (the user loses their ranking, not the page). */
export function parseModel(raw: unknown): ForYouModel {
  const r = ForYouModel.safeParse(raw);
  return r.success ? r.data : emptyModel();
}

export const PaperTextInput = z.lazy(() => z.object({
  title: z.optional(z.string().check(z.maxLength(2000))),
  summary: z.optional(z.string().check(z.maxLength(20_000))),
  keywords: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100))),
  topics: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50))),
}));
export const RankingSignal = z.lazy(() => z.object({
  id: ArxivId,
  kind: z.enum(SIGNAL_KINDS),
  /** Take back a signal given earlier (undo of a dismiss, an unsave). */
  undo: z.optional(z.boolean()),
  paper: PaperTextInput,
}));
export type RankingSignal = z.infer<typeof RankingSignal>;

export function hasSignal(m: ForYouModel, id: string, kind: SignalKind): boolean {
  return m.applied[id]?.includes(KIND_CODE[kind]) ?? false;
}

/** Apply one signal in place; false when it changed nothing (already applied, or nothing to undo). */
export function applySignal(m: ForYouModel, id: string, kind: SignalKind, f: Features, undo = false): boolean {
  const code = KIND_CODE[kind];
  const had = hasSignal(m, id, kind);
  if (had !== undo) return false;
  const w = KIND_WEIGHT[kind];
  const side = w > 0 ? m.pos : m.neg;
  const sign = undo ? -1 : 1;
  const a = Math.abs(w) * sign;
  for (let i = 0; i < f.keys.length; i++) {
    const k = f.keys[i];
    // Steps rounded before they are added, so an undo subtracts exactly what was added.
    const v = round((side[k] ?? 0) + round(a * f.vals[i]));
    if (v > 0) side[k] = v;
    else delete side[k];
  }
  if (w > 0) m.sPos = Math.max(0, round(m.sPos + a));
  else m.sNeg = Math.max(0, round(m.sNeg + a));
  m.n = Math.max(0, m.n + sign);
  const codes = undo ? (m.applied[id] ?? '').replace(code, '') : (m.applied[id] ?? '') + code;
  delete m.applied[id]; // re-insert: most recent last, so the cap drops the oldest
  if (codes) m.applied[id] = codes;
  return true;
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** Keep the model within its caps: the strongest terms, the most recent papers. */
export function prune(m: ForYouModel): void {
  for (const side of [m.pos, m.neg]) {
    const keys = Object.keys(side);
    if (keys.length <= MAX_TERMS) continue;
    const keep = new Set(keys.sort((a, b) => side[b] - side[a]).slice(0, MAX_TERMS));
    for (const k of keys) if (!keep.has(k)) delete side[k];
  }
  const ids = Object.keys(m.applied);
  for (let i = 0; i < ids.length - MAX_PAPERS; i++) delete m.applied[ids[i]];
}

export type Readiness = { ready: true } | { ready: false; signals: number; reason: string };

export function readiness(m: ForYouModel): Readiness {
  if (m.n >= MIN_SIGNALS && m.sPos > 0) return { ready: true };
  const reason =
    m.n < MIN_SIGNALS
      ? `${m.n} of ${MIN_SIGNALS} signals so far: save, open or dismiss a few papers and this list can be sorted by your interests`
      : 'No saved or opened paper yet: save a few papers you like and this list can be sorted by your interests';
  return { ready: false, signals: m.n, reason };
}

export interface Ranked {
  score: number;
  /** Terms that pushed the score up most, strongest first (only for the best `explain` cards). */
  why: string[];
}

/**
 * Scores the cards of one page. Terms frequent on the page count less (inverse document frequency over
 * the page), so the ranking turns on what sets a paper apart from its neighbours. Only the best
 * `explain` cards get their reasons (the ones that show a mark), which keeps a 100-card page cheap.
 */
export function rankPage(m: ForYouModel, page: Features[], explain = 5, topTerms = 4): Ranked[] {
  const n = page.length;
  // The page's distinct terms, found through an open-addressing table keyed by bucket (typed arrays, no
  // string maps). `entry` holds, for every feature of every card in turn, the index of its term.
  const startOf = new Int32Array(n + 1);
  for (let c = 0; c < n; c++) startOf[c + 1] = startOf[c] + page[c].buckets.length;
  const total = startOf[n];
  let cap = 16;
  while (cap < total * 2) cap <<= 1;
  const mask = cap - 1;
  const slotBucket = new Int32Array(cap).fill(-1);
  const slotTerm = new Int32Array(cap);
  const entry = new Int32Array(total);
  const df: number[] = [];
  const keyOf: string[] = [];
  for (let c = 0, e = 0; c < n; c++) {
    const { buckets, keys } = page[c];
    for (let i = 0; i < buckets.length; i++, e++) {
      const b = buckets[i];
      let s = b & mask;
      while (slotBucket[s] !== b && slotBucket[s] !== -1) s = (s + 1) & mask;
      if (slotBucket[s] === -1) {
        slotBucket[s] = b;
        slotTerm[s] = df.length;
        df.push(0);
        keyOf.push(keys[i]);
      }
      const t = slotTerm[s];
      df[t]++;
      entry[e] = t;
    }
  }
  const pScale = m.sPos > 0 ? 1 / m.sPos : 0;
  const nScale = m.sNeg > 0 ? NEGATIVE_WEIGHT / m.sNeg : 0;
  // Per distinct term of the page, once: its idf (one log per document frequency) and its weight in the model.
  const idfOfDf = new Float64Array(n + 1);
  for (let d = 1; d <= n; d++) idfOfDf[d] = Math.log(1 + n / d);
  const idf = new Float64Array(df.length);
  const weight = new Float64Array(df.length);
  for (let t = 0; t < df.length; t++) {
    idf[t] = idfOfDf[df[t]];
    const k = keyOf[t];
    weight[t] = (m.pos[k] ?? 0) * pScale - (m.neg[k] ?? 0) * nScale;
  }
  const out: Ranked[] = new Array(n);
  for (let c = 0; c < n; c++) {
    const vals = page[c].vals;
    let score = 0;
    let norm = 0;
    for (let i = 0, e = startOf[c]; i < vals.length; i++, e++) {
      const t = entry[e];
      const x = vals[i] * idf[t];
      norm += x * x;
      const w = weight[t];
      if (w !== 0) score += x * w;
    }
    out[c] = { score: score / (Math.sqrt(norm) || 1), why: [] };
  }
  const best = out.map((_, i) => i).sort((a, b) => out[b].score - out[a].score).slice(0, explain);
  for (const i of best) {
    const f = page[i];
    const contrib: Array<[string, number]> = [];
    for (let j = 0, e = startOf[i]; j < f.vals.length; j++, e++) {
      const t = entry[e];
      const c = f.vals[j] * idf[t] * weight[t];
      if (c > 0) contrib.push([f.terms[j], c]);
    }
    out[i].why = contrib.sort((a, b) => b[1] - a[1]).slice(0, topTerms).map((c) => c[0]);
  }
  return out;
}
