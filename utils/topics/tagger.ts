// The topic tagger: weighted phrases matched on stemmed words, title weighted over abstract, negative cues,
// longest match wins. Pure (no browser imports) and deterministic. compileTagger does all the string work once;
// classify only tokenises the input and walks a trie of phrases by term id, reusing preallocated buffers.
import { fold, isWordCode, normalisePhrase, stem } from './text';
import { FACETS, FAMILIES, PART_OF } from './lexicon';
import { BREAK, contentWord, type LearnedModel } from './learned';
import type { Candidate } from './decision';

export interface TagResult { topics: string[]; why: Record<string, string[]> }
export interface TaggerInput { title: string; abstract?: string; keywords?: string[] }

/** One topic as the compiler wants it: [weight, 'phrase|phrase'] lists, already merged with the user's edits. */
export interface TopicSpec {
  id: string;
  hidden?: boolean;
  /** [weight, 'a|b|c'], or [weight, 'a|b', 'user'] for phrases the user added: one match is enough to show the topic. */
  phrases: Array<[number, string] | [number, string, 'user']>;
  /**
   * Scale this topic's score by `factor` unless the cue topics together scored at least `min` (e.g. "AI for science"
   * needs ML words). With `blend`, a topic whose gates are all open scores at least blend × the weakest blended cue sum:
   * a topic that is the meeting of two others ("AI for science" = ML and physics) is as strong as the weaker of them.
   * With `named` on every blended gate, a title naming each blended field by a phrase at least that strong names the
   * topic itself (when the text backs each field with at least CROSS_FAMILY_DISTINCT distinct firm phrases).
   * With `spread`, the cue's firm phrases must also come from the title or from at least that many sentences of the
   * abstract: a field named in one sentence only ("we test it on molecules, fluids and climate data") is an example
   * application, not the paper's subject.
   */
  gates?: Array<{ cue: string[]; min: number; factor: number; strict?: boolean; blend?: number; named?: number; spread?: number }>;
}

/**
 * How much a match counts, by field: a title word says more about the paper than an abstract word. (2.5 for the title
 * let one title phrase outweigh a topic the abstract develops at length; 2.25 measured better on unseen papers.)
 */
export const FIELD_WEIGHT = { title: 2.25, keywords: 1.5, abstract: 1 } as const;
/** A topic is emitted when it reaches MIN_SCORE and RATIO of the best topic's score; at most MAX_TOPICS. */
export const MIN_SCORE = 3;
export const RATIO = 0.5;
export const MAX_TOPICS = 3;
/** A topic named in the title by a phrase this strong is a main subject even when the abstract dwells on another. */
export const TITLE_DECISIVE = 3;
/** Besides the best topic, only evidence from phrases at least this strong counts (weak words are shared across fields). */
export const SECONDARY_MIN_WEIGHT = 2;
/**
 * RATIO for a secondary topic of the same family as the best one (e.g. condensed matter next to high-energy physics) that
 * the title does not name: neighbouring fields share much vocabulary, so a holography paper that borrows
 * condensed-matter words in its abstract needs more of them.
 */
export const FAMILY_RATIO = 0.6;
/**
 * A topic of a family (physics) next to a best topic outside it (an ML paper) needs firm evidence from at least this many
 * distinct phrases: ML papers borrow single physics words ("spacetime discretization", "Hamiltonian", "mean-field")
 * without being about physics.
 */
export const CROSS_FAMILY_DISTINCT = 2;
/**
 * A facet the title names with a firm phrase ("Fast …", "… Benchmark") needs only this share of its usual evidence: the
 * title says the speed-up or the dataset is a contribution, the abstract only has to back it.
 */
export const FACET_TITLED = 0.75;
/**
 * Without a decision layer, the word model (learned.ts) adds a topic the rules left out when it gives that topic at
 * least this probability and the topic's phrases reach LEARNED_MIN_SCORE, the least any topic needs (so the chip has
 * matched terms to show). Dropping a second topic on the word model's odds alone (< 0.1) gained 0.4 points on the
 * tuning sets but cost 2.6 on the shared dev labels, so it only adds.
 */
export const LEARNED_ADD = 0.5;
/**
 * With a decision layer (decision.ts), which reads the word model's odds next to the rules' evidence, a topic the
 * rules left out is added when the layer gives it at least DECISION_ADD (under addLearned's conditions), and a second
 * topic of the rules is dropped when it gives less than DECISION_DROP. Picked among twelve settings with layers
 * trained on the tuning sets and six sets of real papers, by the mean of three scores: four other real sets (600
 * papers; +0.6 points over 0.6 / 0.1), the check sets (+0.4) and the dev labels (±0). Later, with layers trained on 46
 * sets and scored on the sets they were not trained on, dropping below 0.2 instead of 0.15 gained 0.2 on the real sets,
 * 0.35 on the committed ones and 0.15 on the checks, the dev labels ±0. Dropping more (below 0.25–0.3) gained another
 * 0.2–0.35 on the real sets but cost the dev labels 0.5–1.2, whose annotators keep more second topics.
 */
export const DECISION_ADD = 0.5;
export const DECISION_DROP = 0.2;
export const LEARNED_MIN_SCORE = MIN_SCORE;
/** Share of the usual RATIO a broader topic needs next to its part that leads (see PART_OF). */
export const WHOLE_SHARE = 0.5;
const MAX_WHY = 5;
const logit = (p: number) => Math.log(p / (1 - p));

export interface ScoreAdjuster {
  /** Adds to `scores` (indexed like `topicIds`) for the paper; may force topics in or out by id. */
  adjust(p: TaggerInput & { id?: string }, scores: Float64Array, topicIds: readonly string[]): { force?: string[]; drop?: string[] } | void;
}

interface Phrase { idx: number; terms: Int32Array; topics: Int32Array; weights: Float64Array; user: Uint8Array; titleOnly: boolean; helper: boolean }

const EMPTY = new Int32Array(0);

// Normalised phrases, shared by every compile: re-compiling after a taxonomy edit only normalises new phrases.
const normCache = new Map<string, string>();
function normalised(text: string): string {
  let n = normCache.get(text);
  if (n === undefined) {
    n = normalisePhrase(text);
    normCache.set(text, n);
  }
  return n;
}

// Per-character tables for the hot loop (every word character is below U+0400; see isWordCode).
const WORD = new Uint8Array(0x400);
const LOWER = new Uint16Array(0x400);
for (let c = 0; c < 0x400; c++) {
  WORD[c] = isWordCode(c) ? 1 : 0;
  LOWER[c] = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x391 && c <= 0x3a9) ? c + 32 : c;
}

export interface CompiledTagger {
  topicIds: readonly string[];
  classify(p: TaggerInput & { id?: string }): TagResult;
  /** Raw scores, for measurement scripts and tests. */
  scores(p: TaggerInput): Record<string, number>;
  /** What the decision layer would read about the paper (the rules' topics, the learned layer's odds; no decision
   *  made), for training it; empty without a learned layer. */
  candidates(p: TaggerInput): Array<{ id: string; candidate: Candidate }>;
}

/** Overrides of the selection constants, for measurement scripts. */
export interface SelectOptions {
  minScore?: number; ratio?: number; maxTopics?: number; titleWeight?: number; titleDecisive?: number; secondaryMinWeight?: number;
  familyRatio?: number;
  crossFamilyDistinct?: number;
  facetTitled?: number;
  /** Topic id -> family name (topics of one family share vocabulary). */
  families?: Record<string, string>;
  /** Topic id -> firm evidence at which the topic is shown whatever the best topic scored. */
  facets?: Record<string, number>;
  /** Topic id -> broader topics it is a part of (see PART_OF). */
  partOf?: Record<string, string[]>;
  /** The learned layer; none: the rules alone. */
  learned?: LearnedModel;
  learnedAdd?: number;
  learnedMinScore?: number;
  decisionAdd?: number;
  decisionDrop?: number;
}

/** The phrases matched at one position, keeping only the longest (up to `size` of equal length). */
class LongestMatches {
  len = 0;
  n = 0;
  readonly phrase: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Shorter phrases a longer match at the same position took the words from (up to `size`), when `track`. */
  nLost = 0;
  readonly lost: Int32Array;
  track = false;
  constructor(readonly size: number) {
    this.phrase = new Int32Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.lost = new Int32Array(size);
  }
  offer(pi: number, L: number, s: number, e: number): void {
    if (L < this.len) {
      if (this.track && this.nLost < this.size) this.lost[this.nLost++] = pi;
      return;
    }
    if (L > this.len) {
      if (this.track) for (let q = 0; q < this.n && this.nLost < this.size; q++) this.lost[this.nLost++] = this.phrase[q];
      this.n = 0;
      this.len = L;
    }
    if (this.n === this.size) return;
    this.phrase[this.n] = pi;
    this.start[this.n] = s;
    this.end[this.n] = e;
    this.n++;
  }
  clear(): void {
    this.n = 0;
    this.len = 0;
    this.nLost = 0;
  }
}

export function compileTagger(specs: TopicSpec[], blockers: string, adjuster?: ScoreAdjuster, select: SelectOptions = {}): CompiledTagger {
  const minScore = select.minScore ?? MIN_SCORE;
  const ratio = select.ratio ?? RATIO;
  const maxTopics = select.maxTopics ?? MAX_TOPICS;
  const titleWeight = select.titleWeight ?? FIELD_WEIGHT.title;
  const titleDecisive = select.titleDecisive ?? TITLE_DECISIVE;
  const secondaryMinWeight = select.secondaryMinWeight ?? SECONDARY_MIN_WEIGHT;
  const familyRatio = select.familyRatio ?? FAMILY_RATIO;
  const crossFamilyDistinct = select.crossFamilyDistinct ?? CROSS_FAMILY_DISTINCT;
  const facetTitled = select.facetTitled ?? FACET_TITLED;
  const families = select.families ?? FAMILIES;
  const facets = select.facets ?? FACETS;
  const topicIds = specs.map((s) => s.id);
  const hidden = new Uint8Array(specs.length);
  specs.forEach((s, i) => { hidden[i] = s.hidden ? 1 : 0; });
  // Helper cues (ids starting with '_', e.g. "_ml") are never shown; they only feed gates.
  const isHelper = (t: number) => topicIds[t].startsWith('_');
  const familyNames = [...new Set(Object.values(families))];
  const familyOf = Int32Array.from(specs, (s) => familyNames.indexOf(families[s.id]) + 1);
  // A facet (what kind of contribution: speed, a dataset, safety) is judged on its own evidence, not against the subject.
  const facetMin = Float64Array.from(specs, (s) => facets[s.id] ?? Infinity);
  const partOf = specs.map((s) => ((select.partOf ?? PART_OF)[s.id] ?? []).map((id) => topicIds.indexOf(id)).filter((i) => i >= 0));
  const learned = select.learned;
  const learnedAdd = select.learnedAdd ?? LEARNED_ADD;
  const learnedMinScore = select.learnedMinScore ?? LEARNED_MIN_SCORE;
  // Each topic's index in the learned model (-1: a topic of the user's own, which it does not know).
  const learnedIdx = Int32Array.from(topicIds, (id) => learned?.topics.indexOf(id) ?? -1);
  const gates = specs.flatMap((s, t) =>
    (s.gates ?? []).map((g) => ({ t, cue: g.cue.map((id) => topicIds.indexOf(id)).filter((i) => i >= 0), min: g.min, factor: g.factor, strict: !!g.strict, blend: g.blend ?? 0, named: g.named ?? Infinity, spread: g.spread ?? 0 })),
  );

  // Terms: exact stems, prefixes ("superconduct*") and suffixes ("*bench").
  const exact = new Map<string, number>();
  const prefixes = new Map<string, number>();
  const suffixes: Array<[string, number]> = [];
  let minPrefix = Infinity;
  let termCount = 0;
  const termId = (t: string): number => {
    if (t.endsWith('*') && t.length > 1) {
      const p = t.slice(0, -1);
      let id = prefixes.get(p);
      if (id === undefined) { id = termCount++; prefixes.set(p, id); minPrefix = Math.min(minPrefix, p.length); }
      return id;
    }
    if (t.startsWith('*') && t.length > 1) {
      const s = t.slice(1);
      const found = suffixes.find(([x]) => x === s);
      if (found) return found[1];
      suffixes.push([s, termCount]);
      return termCount++;
    }
    let id = exact.get(t);
    if (id === undefined) { id = termCount++; exact.set(t, id); }
    return id;
  };

  // Phrases merged by normalised text: the same words can count for several topics.
  const byText = new Map<string, Map<number, number>>();
  const userPairs = new Set<string>();
  const addPhrase = (text: string, topic: number, weight: number, user: boolean) => {
    // '^phrase' counts only in the title (e.g. "Dataset" names a contribution there, not in an abstract).
    const norm = text.startsWith('^') ? '^' + normalised(text.slice(1)) : normalised(text);
    if (!norm) return;
    let m = byText.get(norm);
    if (!m) { m = new Map(); byText.set(norm, m); }
    const prev = m.get(topic);
    // Listed twice for one topic: keep the stronger reading (a negative cue always wins).
    if (prev === undefined || (weight < 0 ? true : prev >= 0 && weight > prev)) m.set(topic, weight);
    if (user) userPairs.add(`${norm}\u0000${topic}`);
  };
  specs.forEach((s, ti) => {
    for (const [w, list, user] of s.phrases) for (const text of list.split('|')) addPhrase(text, ti, w, user === 'user');
  });
  for (const b of blockers.split('|')) {
    const norm = normalised(b);
    if (norm && !byText.has(norm)) byText.set(norm, new Map());
  }

  const phrases: Phrase[] = [];
  // Trie over term ids: walking it from a position finds every phrase starting there in one pass.
  interface TrieNode { next: Map<number, TrieNode> | null; ends: Phrase[] }
  const root: TrieNode = { next: new Map(), ends: [] };
  for (const [key, m] of byText) {
    const titleOnly = key.startsWith('^');
    const terms = Int32Array.from((titleOnly ? key.slice(1) : key).split(' '), termId);
    // Helper cues read the text on their own: their phrases neither take words from the real topics' phrases ("deep
    // neural" must not hide "neural network") nor lose words to them ("neural posterior estimation" still says ML).
    const all = [...m.keys()];
    const groups = all.some(isHelper) ? [all.filter((t) => !isHelper(t)), all.filter(isHelper)] : [all];
    for (const g of groups) {
      if (!g.length && groups.length > 1) continue;
      const topics = Int32Array.from(g);
      const user = Uint8Array.from(topics, (t) => (userPairs.has(`${key}\u0000${t}`) ? 1 : 0));
      const helper = groups.length > 1 && g.every(isHelper);
      phrases.push({ idx: phrases.length, terms, topics, weights: Float64Array.from(g, (t) => m.get(t)!), user, titleOnly, helper });
    }
  }
  for (const ph of phrases) {
    let node = root;
    for (const term of ph.terms) {
      node.next ??= new Map();
      let child = node.next.get(term);
      if (!child) { child = { next: null, ends: [] }; node.next.set(term, child); }
      node = child;
    }
    node.ends.push(ph);
  }

  // Token -> term ids, memoised in an open-addressing table keyed by a hash of the lower-cased characters, so the
  // hot loop neither slices nor lower-cases strings: stemming and prefix lookups happen once per distinct word.
  const resolveWord = (tok: string): Int32Array => {
    const ids: number[] = [];
    // Prefix terms ("quantiz*") read the word before plural folding, with its accents and British spelling folded.
    const base = fold(tok);
    const s = stem(tok);
    const e = exact.get(s);
    if (e !== undefined) ids.push(e);
    if (prefixes.size) {
      for (let L = minPrefix; L <= base.length; L++) {
        const id = prefixes.get(base.slice(0, L));
        if (id !== undefined) ids.push(id);
      }
    }
    for (const [suf, id] of suffixes) if (tok.length > suf.length && tok.endsWith(suf)) ids.push(id);
    return ids.length ? Int32Array.from(ids) : EMPTY;
  };
  const SLOTS = 1 << 15;
  const MASK = SLOTS - 1;
  let slotKey: Array<string | undefined> = new Array(SLOTS);
  const slotHash = new Int32Array(SLOTS);
  const slotHash2 = new Int32Array(SLOTS);
  let slotVal: Int32Array[] = new Array(SLOTS);
  // The learned layer's id of each cached word (see learned.ts).
  const slotWord = new Int32Array(SLOTS);
  let used = 0;
  /** The cache slot of a word (its term ids in slotVal, its learned id in slotWord), filled on a miss. */
  const lookup = (text: string, s: number, e: number, h: number, h2: number): number => {
    const len = e - s;
    let slot = h & MASK;
    for (;;) {
      const key = slotKey[slot];
      if (key === undefined) break;
      // Two independent 32-bit hashes and the length name a word (a false match needs both to collide, about 1 in
      // 2^64 per pair of words), so the hot loop never compares characters.
      if (slotHash[slot] === h && slotHash2[slot] === h2 && key.length === len) return slot;
      slot = (slot + 1) & MASK;
    }
    if (used > SLOTS >> 1) { slotKey = new Array(SLOTS); slotVal = new Array(SLOTS); used = 0; slot = h & MASK; }
    const tok = text.slice(s, e).toLowerCase();
    const val = resolveWord(tok);
    const cw = learned ? contentWord(tok) : null;
    slotKey[slot] = tok;
    slotHash[slot] = h;
    slotHash2[slot] = h2;
    slotVal[slot] = val;
    slotWord[slot] = cw === null ? BREAK : learned!.wordId(cw);
    used++;
    return slot;
  };
  // The paper's words as the learned layer reads them: the ids of those it knows, the title's first, and how many
  // content words (known or not) the paper has.
  let words = new Int32Array(learned ? 1024 : 0);
  let nWords = 0;
  let titleEnd = 0;
  let contentWords = 0;
  const growWords = () => {
    const grown = new Int32Array(words.length * 2);
    grown.set(words);
    words = grown;
  };

  // Reused buffers (classify is synchronous, so one set is enough).
  const nT = specs.length;
  const scores = new Float64Array(nT);
  const gateOk = new Uint8Array(gates.length);
  const gateSum = new Float64Array(gates.length);
  // Blended topics: weight and the cue topics whose matches explain them.
  const blendW = new Float64Array(nT);
  const blendCue: number[][] = specs.map(() => []);
  for (const g of gates) {
    if (!(g.blend > 0)) continue;
    blendW[g.t] = Math.max(blendW[g.t], g.blend);
    for (const c of g.cue) if (!blendCue[g.t].includes(c)) blendCue[g.t].push(c);
  }
  const blendOn = new Uint8Array(nT);
  // Topics a closed gate scaled down: the rules ruled them out, and the learned layer leaves them out too.
  const shut = new Uint8Array(nT);
  // Topics whose firm words a longer phrase of another topic took (see flush), as bits of the first 31 topics (the
  // built-in ones, the only ones the learned layer adds): each phrase's topics and firm topics as masks.
  let lostMask = 0;
  const lost = (t: number) => t < 31 && ((lostMask >>> t) & 1) === 1;
  const maskOf = (ph: Phrase, firmOnly: boolean) => {
    let m = 0;
    for (let k = 0; k < ph.topics.length; k++) if (ph.topics[k] < 31 && (!firmOnly || ph.weights[k] >= secondaryMinWeight)) m |= 1 << ph.topics[k];
    return m;
  };
  const topicMask = Int32Array.from(phrases, (ph) => maskOf(ph, false));
  const firmMask = Int32Array.from(phrases, (ph) => maskOf(ph, true));
  const titleBest = new Float64Array(nT);
  const firm = new Float64Array(nT);
  // Distinct firm phrases per topic (a facet needs two different ones, not one phrase repeated).
  const distinct = new Int32Array(nT);
  // Counter-evidence (negative cues) weakens a secondary topic's firm evidence too, not only its score.
  const against = new Float64Array(nT);
  // Where a topic's firm phrases occur outside the title, one bit per place: bit 0 the keywords, then one per sentence of
  // the abstract (sentences after the 30th share the last bit).
  const sentences = new Int32Array(nT);
  let sentence = 0;
  const userHit = new Uint8Array(nT);
  const before = new Float64Array(nT);
  // Topics a correction nudged up on this paper: the nudge stands for the evidence the cross-family rule asks for.
  const nudged = new Uint8Array(nT);
  let inTitle = false;
  const seen = new Int32Array(phrases.length);
  const seenStamp = new Int32Array(phrases.length);
  let stamp = 0;
  let toks: Int32Array[] = new Array(256);
  let starts = new Int32Array(256);
  let ends = new Int32Array(256);
  let sentOf = new Int32Array(256);
  // Matches for the why-lists: phrase index, gain, owning string, span.
  const MAX_MATCHES = 400;
  const mPhrase = new Int32Array(MAX_MATCHES);
  const mGain = new Float64Array(MAX_MATCHES);
  const mStart = new Int32Array(MAX_MATCHES);
  const mEnd = new Int32Array(MAX_MATCHES);
  const mSrc: string[] = new Array(MAX_MATCHES);
  let nMatches = 0;

  /** Follows the trie from token `from`, offering every phrase that ends along the way (apply keeps the longest). */
  const walk = (node: TrieNode, from: number, pos: number, n: number): void => {
    const next = node.next;
    if (!next || pos >= n) return;
    const ids = toks[pos];
    for (let a = 0; a < ids.length; a++) {
      const child = next.get(ids[a]);
      if (!child) continue;
      const L = pos - from + 1;
      for (let b = 0; b < child.ends.length; b++) {
        const ph = child.ends[b];
        if (ph.titleOnly && !inTitle) continue;
        (ph.helper ? helpers : pending).offer(ph.idx, L, starts[from], ends[pos]);
      }
      walk(child, from, pos + 1, n);
    }
  };

  // Matches found at one position wait here; only the longest ones are applied (flush). Helper-only
  // phrases wait apart: the longest of them counts too, without consuming words.
  const pending = new LongestMatches(64);
  pending.track = !!learned;
  const helpers = new LongestMatches(16);
  const count = (pi: number, s: number, e: number, fw: number, src: string) => {
    const ph = phrases[pi];
    if (seenStamp[pi] !== stamp) { seenStamp[pi] = stamp; seen[pi] = 0; }
    const nth = seen[pi]++;
    if (nth >= 4 || ph.topics.length === 0) return;
    const gain = fw / (1 + nth);
    for (let k = 0; k < ph.topics.length; k++) {
      const t = ph.topics[k];
      const w = ph.weights[k];
      scores[t] += w * gain;
      if (w >= secondaryMinWeight) {
        firm[t] += w * gain;
        if (nth === 0) distinct[t]++;
        if (!inTitle) sentences[t] |= 1 << (sentence < 30 ? sentence : 30);
      } else if (w < 0) against[t] -= w * gain;
      if (inTitle && w > titleBest[t]) titleBest[t] = w;
      if (ph.user[k]) userHit[t] = 1;
    }
    if (nMatches < MAX_MATCHES) {
      mPhrase[nMatches] = pi; mGain[nMatches] = gain; mStart[nMatches] = s; mEnd[nMatches] = e; mSrc[nMatches] = src;
      nMatches++;
    }
  };
  const flush = (fw: number, src: string) => {
    // A topic whose firm phrase lost its words to a longer phrase of another topic ("audio" inside "audio-driven",
    // a multimodal phrase): the lexicon gave those words away, and the learned layer does not take the topic back.
    if (pending.nLost) {
      let won = 0;
      for (let q = 0; q < pending.n; q++) won |= topicMask[pending.phrase[q]];
      for (let q = 0; q < pending.nLost; q++) lostMask |= firmMask[pending.lost[q]] & ~won;
    }
    for (const m of [helpers, pending]) {
      for (let q = 0; q < m.n; q++) count(m.phrase[q], m.start[q], m.end[q], fw, src);
      m.clear();
    }
  };
  // Tokenise into the shared buffers, then walk positions: longest match wins and consumes its words.
  const scanText = (text: string, fw: number, firstSentence = 0) => {
    if (!text) return;
    let n = 0;
    const len = text.length;
    let i = 0;
    let sent = firstSentence;
    while (i < len) {
      while (i < len) {
        const c = text.charCodeAt(i);
        if (c < 0x400 && WORD[c] === 1) break;
        // A full stop, question or exclamation mark followed by white space ends a sentence ("1.5" and "e.g.," do not).
        if ((c === 46 || c === 63 || c === 33) && n > 0 && sentOf[n - 1] === sent) {
          const d = i + 1 < len ? text.charCodeAt(i + 1) : 32;
          if (d === 32 || d === 10 || d === 13 || d === 9) sent++;
        }
        i++;
      }
      if (i >= len) break;
      const s = i;
      let h = 0x811c9dc5 | 0;
      let h2 = 0;
      while (i < len) {
        const c = text.charCodeAt(i);
        if (c >= 0x400 || WORD[c] === 0) break;
        const l = LOWER[c];
        h = Math.imul(h ^ l, 0x01000193);
        h2 = (Math.imul(h2, 31) + l) | 0;
        i++;
      }
      if (n === toks.length) {
        toks = toks.concat(new Array(n));
        const ns = new Int32Array(n * 2); ns.set(starts); starts = ns;
        const ne = new Int32Array(n * 2); ne.set(ends); ends = ne;
        const nq = new Int32Array(n * 2); nq.set(sentOf); sentOf = nq;
      }
      const slot = lookup(text, s, i, h, h2);
      toks[n] = slotVal[slot];
      if (learned) {
        const word = slotWord[slot];
        if (word !== BREAK) {
          contentWords++;
          if (word >= 0) {
            if (nWords === words.length) growWords();
            words[nWords++] = word;
          }
        }
      }
      starts[n] = s;
      ends[n] = i;
      sentOf[n] = sent;
      n++;
    }
    let p = 0;
    while (p < n) {
      if (toks[p].length) walk(root, p, p, n);
      sentence = sentOf[p];
      const step = pending.len > 0 ? pending.len : 1;
      if (pending.len > 0 || helpers.n > 0) flush(fw, text);
      p += step;
    }
  };

  const score = (p: TaggerInput) => {
    stamp++;
    if (stamp > 1e9) { stamp = 1; seenStamp.fill(0); }
    scores.fill(0);
    titleBest.fill(0);
    firm.fill(0);
    distinct.fill(0);
    against.fill(0);
    sentences.fill(0);
    userHit.fill(0);
    nMatches = 0;
    nWords = 0;
    contentWords = 0;
    lostMask = 0;
    inTitle = true;
    scanText(p.title, titleWeight);
    inTitle = false;
    titleEnd = nWords;
    if (p.keywords) for (const k of p.keywords) scanText(k, FIELD_WEIGHT.keywords);
    if (p.abstract) scanText(p.abstract, FIELD_WEIGHT.abstract, 1);
    for (let t = 0; t < nT; t++) if (against[t]) firm[t] = Math.max(0, firm[t] - against[t]);
    // Gates read the ungated scores, so apply them all after summing their cues.
    for (let k = 0; k < gates.length; k++) {
      let sum = 0;
      // A gate that asks whether the paper is about a field reads that field's firm phrases only: weak words ("field",
      // "energy", "states") are shared by every field. A blend measures how strong the field is, so it reads the score.
      for (const i of gates[k].cue) sum += gates[k].blend > 0 ? scores[i] : firm[i];
      gateSum[k] = sum;
      gateOk[k] = sum >= gates[k].min ? 1 : 0;
      if (gateOk[k] && gates[k].spread > 0) {
        let mask = 0;
        let titled = false;
        for (const i of gates[k].cue) { mask |= sentences[i]; if (titleBest[i] >= secondaryMinWeight) titled = true; }
        let places = 0;
        for (; mask; mask &= mask - 1) places++;
        if (!titled && places < gates[k].spread) gateOk[k] = 0;
      }
    }
    blendOn.fill(0);
    for (let t = 0; t < nT; t++) {
      if (!blendW[t]) continue;
      let low = Infinity;
      let open = true;
      // The title names every blended field ("Neural networks find galaxy mergers in cosmological simulations"): the
      // meeting of the fields is what the paper is about, as if the title named the blended topic itself.
      let titled = true;
      for (let k = 0; k < gates.length; k++) {
        if (gates[k].t !== t) continue;
        if (!gateOk[k]) open = false;
        if (!(gates[k].blend > 0)) continue;
        low = Math.min(low, gateSum[k]);
        let named = 0;
        let backing = 0;
        for (const i of gates[k].cue) { named = Math.max(named, titleBest[i]); backing = Math.max(backing, distinct[i]); }
        if (!(named >= gates[k].named) || backing < crossFamilyDistinct) titled = false;
      }
      if (open && titled) titleBest[t] = Math.max(titleBest[t], titleDecisive);
      const b = blendW[t] * low;
      if (!open || !(b > scores[t])) continue;
      firm[t] += b - scores[t];
      scores[t] = b;
      blendOn[t] = 1;
    }
    shut.fill(0);
    for (let k = 0; k < gates.length; k++) {
      const g = gates[k];
      if (gateOk[k]) continue;
      shut[g.t] = 1;
      scores[g.t] *= g.factor;
      firm[g.t] *= g.factor;
      if (g.strict) titleBest[g.t] = 0;
    }
  };

  const why = (ti: number): string[] => {
    const surfaces: string[] = [];
    const keys: string[] = [];
    const gains: number[] = [];
    for (let m = 0; m < nMatches; m++) {
      const ph = phrases[mPhrase[m]];
      // A blended topic is explained by its own phrases and by those of the topics it blends ("galaxy", "neural network").
      let w = 0;
      for (let k = 0; k < ph.topics.length; k++) {
        const t = ph.topics[k];
        if (t === ti) w = Math.max(w, ph.weights[k]);
        else if (blendOn[ti] && blendCue[ti].includes(t)) w = Math.max(w, ph.weights[k] * blendW[ti]);
      }
      if (w <= 0) continue;
      const surface = mSrc[m].slice(mStart[m], mEnd[m]);
      const key = surface.toLowerCase();
      const at = keys.indexOf(key);
      if (at >= 0) gains[at] += w * mGain[m];
      else { surfaces.push(surface); keys.push(key); gains.push(w * mGain[m]); }
    }
    const order = surfaces.map((_, i) => i).sort((a, b) => gains[b] - gains[a] || a - b);
    return order.slice(0, MAX_WHY).map((i) => surfaces[i]);
  };

  /** Topics the learned layer adds (see LEARNED_ADD), most probable first, up to maxTopics. The model runs only
   *  for papers with a candidate: a topic with phrase evidence that the rules left out. */
  const addLearned = (chosen: number[], best: number) => {
    let candidates: number[] | undefined;
    for (let t = 0; t < nT; t++) {
      if (learnedIdx[t] < 0 || hidden[t] || !(firm[t] >= learnedMinScore) || shut[t] || lost(t) || chosen.includes(t)) continue;
      if (familyOf[t] && familyOf[t] !== familyOf[best] && distinct[t] < crossFamilyDistinct) continue;
      (candidates ??= []).push(t);
    }
    if (!candidates) return;
    const odds = learned!.logOdds(words, nWords, titleEnd, contentWords);
    // Compared in log-odds: the same order as probabilities, without an exp per topic.
    const least = Math.log(learnedAdd / (1 - learnedAdd));
    candidates = candidates.filter((t) => odds[learnedIdx[t]] >= least).sort((a, b) => odds[learnedIdx[b]] - odds[learnedIdx[a]] || a - b);
    for (const t of candidates) if (chosen.length < maxTopics) chosen.push(t);
  };

  // The decision layer (decision.ts), when the learned layer brings one: it replaces addLearned.
  const decision = learned?.decision;
  const decisionAdd = logit(select.decisionAdd ?? DECISION_ADD);
  const decisionDrop = logit(select.decisionDrop ?? DECISION_DROP);
  const decided = new Float64Array(nT);
  /** Set while candidates() collects the decision layer's inputs for training. */
  let collecting: Array<{ id: string; candidate: Candidate }> | undefined;

  /** The largest score and firm evidence of any built-in topic of the paper: the scale the decision layer reads. */
  let maxScore = 0;
  let maxFirm = 0;
  const readMaxima = () => {
    maxScore = 0;
    maxFirm = 0;
    for (let t = 0; t < nT; t++) {
      if (learnedIdx[t] < 0) continue;
      if (scores[t] > maxScore) maxScore = scores[t];
      if (firm[t] > maxFirm) maxFirm = firm[t];
    }
  };

  /** What the decision layer reads about each built-in topic the phrases matched or the rules chose. */
  const candidatesOf = (chosen: number[], best: number): Array<[number, Candidate]> => {
    const odds = learned!.logOdds(words, nWords, titleEnd, contentWords);
    readMaxima();
    const out: Array<[number, Candidate]> = [];
    for (let t = 0; t < nT; t++) {
      const isChosen = chosen.includes(t);
      if (learnedIdx[t] < 0 || hidden[t] || !(scores[t] > 0 || isChosen)) continue;
      out.push([t, {
        score: scores[t], firm: firm[t], maxScore, maxFirm, distinct: distinct[t], titleBest: titleBest[t], shut: shut[t] === 1, lost: lost(t),
        sameFamily: familyOf[t] !== 0 && familyOf[t] === familyOf[best],
        otherFamily: familyOf[t] !== 0 && familyOf[best] !== 0 && familyOf[t] !== familyOf[best],
        best: t === best, chosen: isChosen, nChosen: chosen.length, logOdds: odds[learnedIdx[t]], topic: learnedIdx[t], lead: learnedIdx[best],
      }]);
    }
    return out;
  };

  /**
   * The decision layer's verdict on the rules' topics: a second topic it finds unlikely (below DECISION_DROP) goes,
   * and a topic the rules left out that it finds likely (DECISION_ADD) comes, most likely first, up to maxTopics,
   * under addLearned's conditions (firm evidence, no closed gate, two distinct phrases from another family) but one:
   * a topic whose phrase lost its words to a longer phrase of another topic is the layer's to weigh (it reads that as
   * an input), not ruled out. The best topic, topics of the user's own and topics their corrections nudged stay.
   */
  const decide = (chosen: number[], best: number) => {
    // Nothing to decide (one topic, nothing the rules left out with firm evidence): the word model need not run.
    let open = false;
    for (let t = 0; t < nT && !open; t++) {
      if (learnedIdx[t] < 0 || hidden[t] || t === best) continue;
      if (chosen.includes(t)) open = !nudged[t] && !userHit[t];
      else open = addable(t, best);
    }
    if (!open) return;
    const odds = learned!.logOdds(words, nWords, titleEnd, contentWords);
    readMaxima();
    const nChosen = chosen.length;
    const fb = familyOf[best];
    const lead = learnedIdx[best];
    let adds: number[] | undefined;
    for (let t = 0; t < nT; t++) {
      const isChosen = chosen.includes(t);
      if (learnedIdx[t] < 0 || hidden[t] || !(scores[t] > 0 || isChosen)) continue;
      if (!isChosen && !addable(t, best)) continue;
      const f = familyOf[t];
      decided[t] = decision!.logOddsOf(
        scores[t], firm[t], maxScore, maxFirm, distinct[t], titleBest[t], shut[t] === 1, lost(t), f !== 0 && f === fb, f !== 0 && fb !== 0 && f !== fb,
        t === best, isChosen, nChosen, odds[learnedIdx[t]], learnedIdx[t], lead,
      );
      if (!isChosen && decided[t] >= decisionAdd) (adds ??= []).push(t);
    }
    for (let q = chosen.length - 1; q >= 0; q--) {
      const t = chosen[q];
      if (t !== best && learnedIdx[t] >= 0 && !nudged[t] && !userHit[t] && decided[t] < decisionDrop) chosen.splice(q, 1);
    }
    if (!adds) return;
    adds.sort((a, b) => decided[b] - decided[a] || a - b);
    for (const t of adds) if (chosen.length < maxTopics) chosen.push(t);
  };
  /** What the decision layer may add of the topics the rules left out: firm evidence, no closed gate, and two distinct
   *  phrases when it is of another family than the best topic. (A word lost to a longer phrase of another topic, which
   *  stops addLearned, is one of the layer's inputs: a paper about primordial black holes still talks about hep's
   *  black holes elsewhere, while "audio" in "audio-driven" leaves audio nothing.) */
  const addable = (t: number, best: number) =>
    firm[t] >= learnedMinScore && !shut[t] &&
    !(familyOf[t] && familyOf[t] !== familyOf[best] && distinct[t] < crossFamilyDistinct);

  const classify = (p: TaggerInput & { id?: string }): TagResult => {
    score(p);
    let adj: ReturnType<ScoreAdjuster['adjust']> | undefined;
    nudged.fill(0);
    if (adjuster) {
      before.set(scores);
      adj = adjuster.adjust(p, scores, topicIds) || undefined;
      // A nudge is evidence in its own right: it counts for secondary topics too.
      for (let t = 0; t < nT; t++) {
        firm[t] = Math.max(0, firm[t] + scores[t] - before[t]);
        if (scores[t] > before[t]) {
          nudged[t] = 1;
          if (!distinct[t]) distinct[t] = 1;
        }
      }
    }
    let best = -1;
    for (let t = 0; t < nT; t++) if (!hidden[t] && scores[t] > 0 && (best < 0 || scores[t] > scores[best])) best = t;
    // The best subject (not a facet): a facet's score measures how much the paper talks about speed or data, not how
    // much it is about a field, so subjects are compared with each other ("a benchmark for speculative decoding").
    let bestSubject = -1;
    for (let t = 0; t < nT; t++) if (!hidden[t] && scores[t] > 0 && facetMin[t] === Infinity && !isHelper(t) && (bestSubject < 0 || scores[t] > scores[bestSubject])) bestSubject = t;
    // A facet on top by many weak words ("memory", "real-time", "latency" in passing), short of its own threshold, is not
    // the paper's aim: a subject with more firm evidence leads, and the facet must qualify like any other secondary topic.
    if (
      bestSubject >= 0 && facetMin[best] !== Infinity && firm[bestSubject] >= firm[best] &&
      firm[best] < facetMin[best] * (titleBest[best] >= secondaryMinWeight ? facetTitled : 1)
    ) best = bestSubject;
    const chosen: number[] = [];
    if (best >= 0) {
      for (let t = 0; t < nT; t++) {
        if (hidden[t] || scores[t] <= 0) continue;
        // A physics topic on an ML paper needs more than one physics phrase, however it would qualify below.
        if (t !== best && familyOf[t] && familyOf[t] !== familyOf[best] && distinct[t] < crossFamilyDistinct && !nudged[t]) continue;
        // A neighbour of the best topic's field needs more evidence, unless the title names it.
        let r = familyOf[t] && familyOf[t] === familyOf[best] && titleBest[t] < secondaryMinWeight ? familyRatio : ratio;
        const lead = facetMin[t] === Infinity && bestSubject >= 0 ? bestSubject : best;
        // A whole next to its leading part (a vision-language paper that reads as an LLM paper): the part's words are the
        // whole's too ("LLM", "chain-of-thought"), so two distinct phrases of the whole need only WHOLE_SHARE of the share.
        if (partOf[lead].includes(t) && distinct[t] >= 2) r *= WHOLE_SHARE;
        if (
          t === best ||
          // (a blended topic's share counts only next to at least one firm phrase of its own)
          (firm[t] >= Math.max(minScore, r * scores[lead]) && distinct[t] > 0) ||
          (firm[t] >= facetMin[t] * (titleBest[t] >= secondaryMinWeight ? facetTitled : 1) && distinct[t] >= 2) ||
          (titleBest[t] >= titleDecisive && scores[t] >= minScore)
        ) chosen.push(t);
      }
      // A part next to a broader topic that outscores it, or that the title names when it does not name the part, or a part
      // the title does not name firmly at all, is that topic's vocabulary, not a subject of its own.
      for (let q = chosen.length - 1; q >= 0; q--) {
        const t = chosen[q];
        for (const b of partOf[t]) {
          if (!chosen.includes(b) || !(scores[b] > scores[t] || titleBest[t] < secondaryMinWeight || (titleBest[b] >= titleDecisive && titleBest[t] < titleDecisive))) continue;
          chosen.splice(q, 1);
          break;
        }
      }
      chosen.sort((a, b) => scores[b] - scores[a] || a - b);
      // Too many: drop the weakest topics the title does not name before any it names (the title states the subject);
      // a topic the user's corrections nudged up counts as named.
      for (let q = chosen.length - 1; q >= 1 && chosen.length > maxTopics; q--) if (titleBest[chosen[q]] < titleDecisive && !nudged[chosen[q]]) chosen.splice(q, 1);
      if (chosen.length > maxTopics) chosen.length = maxTopics;
      if (collecting) for (const [t, candidate] of candidatesOf(chosen, best)) collecting.push({ id: topicIds[t], candidate });
      else if (decision) decide(chosen, best);
      else if (learned && chosen.length < maxTopics) addLearned(chosen, best);
      // A phrase the user added is their explicit wish: its topic is shown on top of the usual ones.
      for (let t = 0; t < nT; t++) if (userHit[t] && !hidden[t] && scores[t] >= minScore && !chosen.includes(t)) chosen.push(t);
      // Anything matched: still give the best topic, so every paper gets a chip.
      if (!chosen.length) chosen.push(best);
    }
    let ids = chosen.map((t) => topicIds[t]);
    if (adj) {
      if (adj.drop?.length) ids = ids.filter((id) => !adj.drop!.includes(id));
      for (const f of adj.force ?? []) {
        const t = topicIds.indexOf(f);
        if (t >= 0 && !hidden[t] && !ids.includes(f)) ids.push(f);
      }
    }
    const out: TagResult = { topics: ids, why: {} };
    for (const id of ids) out.why[id] = why(topicIds.indexOf(id));
    return out;
  };

  return {
    topicIds,
    classify,
    candidates(p) {
      if (!learned) return [];
      collecting = [];
      try {
        classify(p);
        return collecting;
      } finally {
        collecting = undefined;
      }
    },
    scores(p) {
      score(p);
      const o: Record<string, number> = {};
      topicIds.forEach((id, t) => { if (scores[t]) o[id] = Math.round(scores[t] * 100) / 100; });
      return o;
    },
  };
}
