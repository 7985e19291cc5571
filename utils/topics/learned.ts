// The word model of the tagger: one logistic regression per built-in topic over a paper's words (stemmed content
// words, the title's also as title features), trained by scripts/topics-train.ts on the labelled tuning sets. The
// phrase rules decide a paper's topics; the decision layer (decision.ts) reads this model's odds next to the
// rules' evidence to add a topic the phrases found evidence for but the rules left out (RL next to an agent trained
// with it, LLM next to agents) or to drop a second topic the rules chose on words of another subject. Nothing is
// added without matched phrases, so every chip still has its "why". Pure: no browser imports.
//
// Two ways in, one set of features: training reads a paper's text (learnedFeatures); the tagger, which has
// already split the paper into words, hands over their ids (LearnedModel.fromWords), so the model costs the
// tagger a few microseconds, not a second pass over the text.
import { STOPWORDS, forEachToken, stem } from './text';
import type { TaggerInput } from './tagger';
import { compileDecision, type DecisionModel, type DecisionWeights } from './decision';

/** Bump when the features change: weights trained on other features are refused (see compileLearned). */
export const FEATURES_VERSION = 3;

/** A tuning set of real papers kept out of the repository (their text is their authors'): what the weights record. */
export interface ExternalSet { name: string; papers: number; /** sha-256 of the file, first 16 hex digits. */ digest: string }

/** What the training script writes (utils/topics/learned-weights.json). */
export interface LearnedWeights {
  featuresVersion: number;
  /** Hash of the training sets and settings the weights came from (tests check it against the sets). */
  inputs: string;
  /** The tuning sets kept out of the repository the weights were also trained on (scripts/topics-training-sets.ts). */
  external?: ExternalSet[];
  /** Topic ids, in the order of `bias` and of the topic indexes in `terms`. */
  topics: string[];
  bias: number[];
  /** Feature -> flat [topic index, weight × 1000, …] pairs; weights too small to matter are left out. */
  terms: Record<string, number[]>;
  /** The decision layer trained on these odds (decision.ts), if any. */
  decision?: DecisionWeights;
}

/** A word the model skips and does not count: a stopword or a number. */
export const BREAK = -2;
/** A content word the model has no weight for. */
export const UNKNOWN = -1;

const isNumber = (t: string) => {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

/** A lower-cased token as the model reads it: its stem, or null for a stopword or a number. */
export function contentWord(token: string): string | null {
  if (isNumber(token)) return null;
  const w = stem(token);
  return STOPWORDS.has(w) || STOPWORDS.has(token) ? null : w;
}

/** The features of a field's words (stems, null for a skipped word), added to `out`; returns the words counted.
 *  (Pairs of adjacent words scored no better in leave-one-set-out runs and cost the tagger twice as much.) */
function featuresOf(words: Array<string | null>, title: boolean, out: Set<string>): number {
  let count = 0;
  for (const w of words) {
    if (w === null) continue;
    count++;
    out.add(w);
    if (title) out.add('t:' + w);
  }
  return count;
}

const wordsOf = (text: string): Array<string | null> => {
  const words: Array<string | null> = [];
  forEachToken(text.toLowerCase(), (t) => words.push(contentWord(t)));
  return words;
};

/**
 * The distinct features of a paper: each content word (stemmed; no stopwords or numbers) of the title, the
 * keywords and the abstract; the title's also as `t:` features (a word in the title says more about the
 * subject). `count`: the content words, which scale the features.
 */
export function learnedFeatures(p: TaggerInput): { features: Set<string>; count: number } {
  const features = new Set<string>();
  let count = featuresOf(wordsOf(p.title ?? ''), true, features);
  for (const k of p.keywords ?? []) count += featuresOf(wordsOf(k), false, features);
  if (p.abstract) count += featuresOf(wordsOf(p.abstract), false, features);
  return { features, count };
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Long and short papers weigh alike: each feature counts 1/√(content words + 1). */
export const featureScale = (count: number): number => 1 / Math.sqrt(count + 1);

export interface LearnedModel {
  topics: readonly string[];
  /** The id the model gives a content word (see contentWord), UNKNOWN if it has no weight for it. */
  wordId(word: string): number;
  /** Probability of each topic (indexed like `topics`) for the paper. */
  probabilities(p: TaggerInput): Float64Array;
  /** Each topic's log-odds from the ids (wordId) of the paper's words the model knows: words[0..n), the first
   *  `titleEnd` of them the title's; `count`: all its content words, known or not. The array is reused by the
   *  next call. */
  logOdds(words: Int32Array, n: number, titleEnd: number, count: number): Float64Array;
  /** The decision layer that reads these odds next to the rules' evidence (decision.ts), if it was trained. */
  decision?: DecisionModel;
}

/** The model from its weights, or undefined when they were trained on other features. */
export function compileLearned(w: LearnedWeights): LearnedModel | undefined {
  if (w.featuresVersion !== FEATURES_VERSION || w.bias.length !== w.topics.length) return undefined;
  const T = w.topics.length;
  // Rows by word id, a word's own and as a title word, packed in typed arrays (row k: data[start[k]..start[k+1]),
  // [topic, weight × 1000] pairs): the model reads a row per known word of every paper it sees.
  const ids = new Map<string, number>();
  const rows: Array<[number, boolean, number[]]> = [];
  for (const [f, row] of Object.entries(w.terms)) {
    const title = f.startsWith('t:');
    const word = title ? f.slice(2) : f;
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    rows.push([id, title, row]);
  }
  const pack = (title: boolean) => {
    const lists: number[][] = Array.from({ length: ids.size }, () => []);
    for (const [id, t, row] of rows) if (t === title) lists[id] = row;
    const start = new Int32Array(ids.size + 1);
    lists.forEach((l, k) => (start[k + 1] = start[k]! + l.length));
    return { start, data: Int32Array.from(lists.flat()) };
  };
  const own = pack(false);
  const asTitle = pack(true);
  // Features are binary: a word counts once per paper, and once more as a title word.
  const seen = new Int32Array(ids.size);
  const seenTitle = new Int32Array(ids.size);
  let stamp = 0;
  const z = new Float64Array(T);
  const add = (start: Int32Array, data: Int32Array, id: number) => {
    for (let i = start[id]!, end = start[id + 1]!; i < end; i += 2) z[data[i]!]! += data[i + 1]!;
  };

  const logOdds = (words: Int32Array, n: number, titleEnd: number, count: number): Float64Array => {
    if (++stamp > 1e9) {
      stamp = 1;
      seen.fill(0);
      seenTitle.fill(0);
    }
    z.fill(0);
    for (let i = 0; i < n; i++) {
      const id = words[i]!;
      if (seen[id] !== stamp) {
        seen[id] = stamp;
        add(own.start, own.data, id);
      }
      if (i < titleEnd && seenTitle[id] !== stamp) {
        seenTitle[id] = stamp;
        add(asTitle.start, asTitle.data, id);
      }
    }
    const s = featureScale(count) / 1000;
    for (let t = 0; t < T; t++) z[t] = w.bias[t]! + z[t]! * s;
    return z;
  };

  const wordId = (word: string) => ids.get(word) ?? UNKNOWN;
  return {
    topics: w.topics,
    wordId,
    logOdds,
    decision: compileDecision(w.decision, T),
    probabilities(p) {
      const words: number[] = [];
      let count = 0;
      const field = (text: string) =>
        forEachToken(text.toLowerCase(), (t) => {
          const c = contentWord(t);
          if (c === null) return;
          count++;
          const id = wordId(c);
          if (id >= 0) words.push(id);
        });
      field(p.title ?? '');
      const titleEnd = words.length;
      for (const k of p.keywords ?? []) field(k);
      if (p.abstract) field(p.abstract);
      return logOdds(Int32Array.from(words), words.length, titleEnd, count).map(sigmoid);
    },
  };
}
