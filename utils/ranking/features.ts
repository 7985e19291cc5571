// Term statistics of a paper for the "for you" model: stemmed words of title, summary and HF keywords,
// plus the paper's topics, hashed into a fixed space so the stored model stays small. Pure.
import { STOPWORDS, forEachToken, stem } from '../topics/text';

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
}

/** 2^18 buckets: collisions are rare for a few thousand live terms, and keys stay ≤ 4 base-36 chars. */
const DIM = 1 << 18;
const TITLE_WEIGHT = 2;
const KEYWORD_WEIGHT = 1.5;
const TOPIC_WEIGHT = 1.5;
/** Abstracts beyond this add little and cost time on a 100-card page. */
const MAX_SUMMARY = 1500;

/** FNV-1a, 32 bits, folded into DIM buckets. */
export function hashTerm(term: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % DIM).toString(36);
}

// A token's term and hash, cached: tokens repeat across cards, and the cache is bounded by the vocabulary.
interface Term {
  term: string;
  key: string;
}
const termCache = new Map<string, Term | null>();
const CACHE_MAX = 50_000;

// One object per term, so tokens that stem alike ("model", "models") add up in one entry.
const interned = new Map<string, Term>();
function internTerm(term: string): Term {
  let t = interned.get(term);
  if (!t) interned.set(term, (t = { term, key: hashTerm(term) }));
  return t;
}

function termOf(token: string): Term | null {
  let t = termCache.get(token);
  if (t === undefined) {
    const term = token.length < 3 || STOPWORDS.has(token) || /^\d+$/.test(token) ? null : stem(token);
    t = term == null || STOPWORDS.has(term) ? null : internTerm(term);
    if (termCache.size > CACHE_MAX) {
      termCache.clear();
      interned.clear();
    }
    termCache.set(token, t);
  }
  return t;
}

export function featurise(p: PaperText): Features {
  const tf = new Map<Term, number>();
  const add = (text: string | undefined, w: number) => {
    if (!text) return;
    forEachToken(text.toLowerCase(), (tok) => {
      const t = termOf(tok);
      if (t) tf.set(t, (tf.get(t) ?? 0) + w);
    });
  };
  add(p.title, TITLE_WEIGHT);
  add(p.summary?.slice(0, MAX_SUMMARY), 1);
  for (const k of p.keywords ?? []) add(k, KEYWORD_WEIGHT);
  for (const id of p.topics ?? []) {
    const t = internTerm(`topic:${id}`);
    tf.set(t, (tf.get(t) ?? 0) + TOPIC_WEIGHT);
  }

  const terms: string[] = [];
  const keys: string[] = [];
  const vals: number[] = [];
  let norm = 0;
  for (const [t, n] of tf) {
    // Sublinear term frequency: a word said ten times is not ten times the evidence.
    const v = n >= 1 ? 1 + Math.log(n) : n;
    terms.push(t.term);
    keys.push(t.key);
    vals.push(v);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < vals.length; i++) vals[i] /= norm;
  return { keys, vals, terms };
}
