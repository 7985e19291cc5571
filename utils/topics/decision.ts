// The decision layer of the tagger: one small logistic regression that reads, for each topic a paper's phrases
// matched, what the rules know about it (its score against the lead topic's, firm phrases, title evidence, same
// field family or not, whether the rules chose it) next to the learned layer's log-odds from the paper's words,
// and gives the probability that the topic is one of the paper's. It has no vocabulary: one weight per feature and
// per topic, and one per pair of lead topic and second topic (how often annotators give data next to llm, or hep next
// to astro), the same for every paper. The tagger uses it to add a topic the rules left out (DECISION_ADD) and to drop a second topic
// the rules chose (DECISION_DROP); see tagger.ts. Trained by scripts/topics-train.ts on the tuning sets, from the
// learned layer's log-odds for papers of sets it was not trained on (so the odds are as sure as on a new paper).
// Pure: no browser imports.

/** What the tagger knows about one candidate topic of a paper. */
export interface Candidate {
  score: number;
  firm: number;
  /** The largest score and firm evidence of any built-in topic of the paper. */
  maxScore: number;
  maxFirm: number;
  distinct: number;
  titleBest: number;
  shut: boolean;
  /** One of its firm phrases lost its words to a longer phrase of another topic ("audio" in "audio-driven"). */
  lost: boolean;
  /** Of the best topic's family (physics, ML), of another family, or neither has one. */
  sameFamily: boolean;
  otherFamily: boolean;
  best: boolean;
  /** The rules chose it, and how many topics they chose. */
  chosen: boolean;
  nChosen: number;
  /** The learned layer's log-odds for the topic. */
  logOdds: number;
  /** Index of the topic among the weights' topics. */
  topic: number;
  /** Index of the paper's lead (best) topic among the weights' topics, or -1 when it has none there. */
  lead: number;
}

/** The shared features, before one indicator per topic and one per pair of lead topic and topic (for a topic that is
 *  not the lead). Bump DECISION_VERSION when they change. */
export const DECISION_FEATURES = [
  'bias', 'chosen', 'logOdds', 'log1p(score)', 'log1p(firm)', 'score/max', 'firm/max', 'distinct', 'title', 'shut',
  'sameFamily', 'otherFamily', 'best', 'nChosen', 'chosen*logOdds', 'firm>=3', 'lost',
] as const;
export const DECISION_VERSION = 3;

/** Log-odds are clipped to what probabilities of 1e-4 … 1 - 1e-4 give: a sure word model is not surer than that. */
const CLIP = Math.log(1e-4 / (1 - 1e-4));

/** The length of a row for `topics` topics. */
export const decisionWidth = (topics: number) => DECISION_FEATURES.length + topics + topics * topics;

/** Index of the pair indicator of a topic next to a lead topic, or -1 (the lead itself, or no lead). */
const pairIndex = (topics: number, lead: number, topic: number, best: boolean) =>
  best || lead < 0 ? -1 : DECISION_FEATURES.length + topics + lead * topics + topic;

/** Fills `row` (DECISION_FEATURES, one indicator per topic, one per pair; decisionWidth long) for a candidate. */
export function decisionRow(c: Candidate, topics: number, row = new Float64Array(decisionWidth(topics))): Float64Array {
  const lo = Math.min(-CLIP, Math.max(CLIP, c.logOdds));
  const chosen = c.chosen ? 1 : 0;
  row.fill(0);
  row[0] = 1;
  row[1] = chosen;
  row[2] = lo;
  row[3] = Math.log1p(c.score);
  row[4] = Math.log1p(c.firm);
  row[5] = c.score / Math.max(c.maxScore, 1e-9);
  row[6] = c.firm / Math.max(c.maxFirm, 1e-9);
  row[7] = Math.min(c.distinct, 4) / 4;
  row[8] = c.titleBest / 3;
  row[9] = c.shut ? 1 : 0;
  row[10] = c.sameFamily ? 1 : 0;
  row[11] = c.otherFamily ? 1 : 0;
  row[12] = c.best ? 1 : 0;
  row[13] = c.nChosen / 3;
  row[14] = chosen * lo;
  row[15] = c.firm >= 3 ? 1 : 0;
  row[16] = c.lost ? 1 : 0;
  row[DECISION_FEATURES.length + c.topic] = 1;
  const pair = pairIndex(topics, c.lead, c.topic, c.best);
  if (pair >= 0) row[pair] = 1;
  return row;
}

/** The weights, as the training script writes them into learned-weights.json. */
export interface DecisionWeights {
  version: number;
  /** DECISION_FEATURES, one per topic of the learned layer's `topics`, one per pair (lead × topic). */
  w: number[];
}

export interface DecisionModel {
  /** Log-odds that the candidate is one of the paper's topics (the weights · decisionRow(c)). */
  logOdds(c: Candidate): number;
  /** The same, from the candidate's fields one by one: the tagger's path, which makes no objects. */
  logOddsOf(
    score: number, firm: number, maxScore: number, maxFirm: number, distinct: number, titleBest: number, shut: boolean, lost: boolean,
    sameFamily: boolean, otherFamily: boolean, best: boolean, chosen: boolean, nChosen: number, logOdds: number, topic: number, lead: number,
  ): number;
}

export function compileDecision(d: DecisionWeights | undefined, topics: number): DecisionModel | undefined {
  if (!d || d.version !== DECISION_VERSION || d.w.length !== decisionWidth(topics)) return undefined;
  const w = Float64Array.from(d.w);
  const perTopic = DECISION_FEATURES.length;
  // Spelled out in the order of decisionRow (a test checks that the two agree).
  const logOddsOf: DecisionModel['logOddsOf'] = (score, firm, maxScore, maxFirm, distinct, titleBest, shut, lost, sameFamily, otherFamily, best, chosen, nChosen, logOdds, topic, lead) => {
    const lo = Math.min(-CLIP, Math.max(CLIP, logOdds));
    let z = w[0]! + Math.log1p(score) * w[3]! + Math.log1p(firm) * w[4]! + (score / Math.max(maxScore, 1e-9)) * w[5]! +
      (firm / Math.max(maxFirm, 1e-9)) * w[6]! + (Math.min(distinct, 4) / 4) * w[7]! + (titleBest / 3) * w[8]! + lo * w[2]! +
      (nChosen / 3) * w[13]! + w[perTopic + topic]!;
    if (chosen) z += w[1]! + lo * w[14]!;
    if (shut) z += w[9]!;
    if (sameFamily) z += w[10]!;
    if (otherFamily) z += w[11]!;
    if (best) z += w[12]!;
    if (firm >= 3) z += w[15]!;
    if (lost) z += w[16]!;
    const pair = pairIndex(topics, lead, topic, best);
    if (pair >= 0) z += w[pair]!;
    return z;
  };
  return {
    logOddsOf,
    logOdds: (c) => logOddsOf(c.score, c.firm, c.maxScore, c.maxFirm, c.distinct, c.titleBest, c.shut, c.lost, c.sameFamily, c.otherFamily, c.best, c.chosen, c.nChosen, c.logOdds, c.topic, c.lead),
  };
}

export interface DecisionExample { candidate: Candidate; /** 1: a topic of the paper, 0.5: one annotator's, 0: neither. */ target: number }

/** L2-regularised logistic regression by full-batch Adam from zero weights (deterministic); the bias is not
 *  regularised. Rows are kept sparse: of the ≈ 640 features a candidate has about 20. */
export function trainDecision(examples: DecisionExample[], topics: number, opts = { l2: 1, steps: 400, learningRate: 0.05 }): DecisionWeights {
  const D = decisionWidth(topics);
  const dense = new Float64Array(D);
  const X = examples.map((e) => {
    decisionRow(e.candidate, topics, dense);
    const at: number[] = [];
    dense.forEach((x, j) => x && at.push(j));
    return { at: Int32Array.from(at), x: Float64Array.from(at, (j) => dense[j]!) };
  });
  const y = examples.map((e) => e.target);
  const N = X.length;
  const w = new Float64Array(D);
  const m = new Float64Array(D);
  const v = new Float64Array(D);
  const g = new Float64Array(D);
  for (let step = 1; step <= opts.steps; step++) {
    g.fill(0);
    for (let i = 0; i < N; i++) {
      const { at, x } = X[i]!;
      let z = 0;
      for (let k = 0; k < at.length; k++) z += w[at[k]!]! * x[k]!;
      const e = 1 / (1 + Math.exp(-z)) - y[i]!;
      for (let k = 0; k < at.length; k++) g[at[k]!]! += e * x[k]!;
    }
    for (let j = 0; j < D; j++) g[j] = g[j]! / N + (j === 0 ? 0 : (opts.l2 * w[j]!) / N);
    const c1 = 1 - 0.9 ** step;
    const c2 = 1 - 0.999 ** step;
    for (let j = 0; j < D; j++) {
      m[j] = 0.9 * m[j]! + 0.1 * g[j]!;
      v[j] = 0.999 * v[j]! + 0.001 * g[j]! * g[j]!;
      w[j]! -= (opts.learningRate * (m[j]! / c1)) / (Math.sqrt(v[j]! / c2) + 1e-8);
    }
  }
  return { version: DECISION_VERSION, w: Array.from(w, (x) => Math.round(x * 1e4) / 1e4) };
}
