// Term statistics of a paper for the "for you" model: stemmed words of title, summary and HF keywords,
// plus the paper's topics, hashed into a fixed space so the stored model stays small. Pure.
import { STOPWORDS, isWordCode, stem } from '../topics/text';

export interface PaperText {
  title?: string;
  summary?: string;
  keywords?: string[];
  topics?: string[];
}

/** A sparse, L2-normalised vector: hashed keys, their values and the readable term behind each. */
export interface Features {
  keys: string[];
  vals: number[];
  terms: string[];
  /** The same hashed keys as numbers (bucket indices), so a page can be scored without string maps. */
  buckets: Int32Array;
}

/** 2^18 buckets: collisions are rare for a few thousand live terms, and keys stay ≤ 4 base-36 chars. */
const DIM = 1 << 18;
const TITLE_WEIGHT = 2;
const KEYWORD_WEIGHT = 1.5;
const TOPIC_WEIGHT = 1.5;
/** Abstracts beyond this add little and cost time on a 100-card page. */
const MAX_SUMMARY = 1500;
// A local binding: the scan calls it per character, and a transpiled import can be a getter per access.
const isWord = isWordCode;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits (the tokeniser computes the same hash inline while it scans). */
function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** A term's hash folded into DIM buckets. */
const bucketOf = (term: string) => (fnv1a(term) >>> 0) % DIM;

export function hashTerm(term: string): string {
  return bucketOf(term).toString(36);
}

// One object per term, so tokens that stem alike ("model", "models") add up in one entry. `stamp` and
// `slot` are featurise's scratch: the call that last met the term and where it adds up in that call.
interface Term {
  term: string;
  key: string;
  bucket: number;
  stamp: number;
  slot: number;
}
const interned = new Map<string, Term>();
function internTerm(term: string): Term {
  let t = interned.get(term);
  if (!t) {
    const bucket = bucketOf(term);
    interned.set(term, (t = { term, key: bucket.toString(36), bucket, stamp: 0, slot: 0 }));
  }
  return t;
}

function termOfToken(token: string): Term | null {
  const term = token.length < 3 || STOPWORDS.has(token) || /^\d+$/.test(token) ? null : stem(token);
  return term == null || STOPWORDS.has(term) ? null : internTerm(term);
}

// A token's term, cached: tokens repeat across cards, and the cache is bounded by the vocabulary. An
// open-addressing table keyed by the token's FNV hash, computed while scanning, so a token already met
// costs no string: it is compared in place with the text, character by character.
const CACHE_MAX = 50_000;
let cacheCap = 0; // allocated on the first featurise, not when the module loads
let cacheHash = new Int32Array(0);
let cacheToken: Array<string | undefined> = [];
let cacheTerm: Array<Term | null> = [];
let cacheSize = 0;

function resetCache(cap: number): void {
  cacheCap = cap;
  cacheHash = new Int32Array(cap);
  cacheToken = new Array<string | undefined>(cap).fill(undefined);
  cacheTerm = new Array<Term | null>(cap).fill(null);
  cacheSize = 0;
}

function cacheInsert(hash: number, token: string, term: Term | null): void {
  const mask = cacheCap - 1;
  let s = hash & mask;
  while (cacheToken[s] !== undefined) s = (s + 1) & mask;
  cacheHash[s] = hash;
  cacheToken[s] = token;
  cacheTerm[s] = term;
  cacheSize++;
}

function sameAt(text: string, start: number, tok: string): boolean {
  for (let j = 0; j < tok.length; j++) if (text.charCodeAt(start + j) !== tok.charCodeAt(j)) return false;
  return true;
}

/** The term of lower[start, end), whose FNV hash is `hash`. */
function termAt(lower: string, start: number, end: number, hash: number): Term | null {
  const mask = cacheCap - 1;
  const len = end - start;
  for (let s = hash & mask; ; s = (s + 1) & mask) {
    const tok = cacheToken[s];
    if (tok === undefined) break;
    if (cacheHash[s] === hash && tok.length === len && sameAt(lower, start, tok)) return cacheTerm[s];
  }
  const token = lower.slice(start, end);
  const t = termOfToken(token);
  if ((cacheSize + 1) * 2 > cacheCap) {
    const hs = cacheHash;
    const toks = cacheToken;
    const terms = cacheTerm;
    resetCache(cacheCap * 2);
    for (let i = 0; i < toks.length; i++) if (toks[i] !== undefined) cacheInsert(hs[i], toks[i]!, terms[i]);
  }
  cacheInsert(hash, token, t);
  return t;
}

// featurise's accumulator: the terms of the current call in first-seen order, and their weights.
let stamp = 0;
let order: Term[] = [];
let weights = new Float64Array(256);

function addTerm(t: Term, w: number): void {
  if (t.stamp !== stamp) {
    t.stamp = stamp;
    t.slot = order.length;
    if (order.length === weights.length) {
      const grown = new Float64Array(weights.length * 2);
      grown.set(weights);
      weights = grown;
    }
    weights[order.length] = 0;
    order.push(t);
  }
  weights[t.slot] += w;
}

/** One pass over the text: words are found, hashed and looked up without slicing them out. */
function addText(text: string | undefined, w: number): void {
  if (!text) return;
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (!isWord(c)) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    do {
      h = Math.imul(h ^ c, FNV_PRIME);
      if (++i >= n) break;
      c = lower.charCodeAt(i);
    } while (isWord(c));
    // Words shorter than three letters are never terms.
    if (i - start < 3) continue;
    const t = termAt(lower, start, i, h);
    if (t) addTerm(t, w);
  }
}

export function featurise(p: PaperText): Features {
  // Bounded by the vocabulary: past the cap, start afresh (between calls, so a call never sees two
  // objects for one term).
  if (cacheCap === 0 || cacheSize > CACHE_MAX || interned.size > CACHE_MAX) {
    resetCache(1 << 12);
    interned.clear();
  }
  stamp = (stamp + 1) | 0 || 1; // terms start at 0: never the current call's stamp
  order = [];
  addText(p.title, TITLE_WEIGHT);
  addText(p.summary?.slice(0, MAX_SUMMARY), 1);
  for (const k of p.keywords ?? []) addText(k, KEYWORD_WEIGHT);
  for (const id of p.topics ?? []) addTerm(internTerm(`topic:${id}`), TOPIC_WEIGHT);

  const m = order.length;
  const terms: string[] = new Array(m);
  const keys: string[] = new Array(m);
  const vals: number[] = new Array(m);
  const buckets = new Int32Array(m);
  let norm = 0;
  for (let i = 0; i < m; i++) {
    const t = order[i];
    const n = weights[i];
    // Sublinear term frequency: a word said ten times is not ten times the evidence.
    const v = n >= 1 ? 1 + Math.log(n) : n;
    terms[i] = t.term;
    keys[i] = t.key;
    buckets[i] = t.bucket;
    vals[i] = v;
    norm += v * v;
  }
  order = [];
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < m; i++) vals[i] /= norm;
  return { keys, vals, terms, buckets };
}
