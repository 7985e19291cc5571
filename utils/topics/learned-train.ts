// Trains the learned layer (learned.ts): an L2-regularised logistic regression per topic, full-batch Adam from
// zero weights for a fixed number of steps, so the same sets always give the same weights. Used by
// scripts/topics-train.ts; pure, no browser imports.
import { FEATURES_VERSION, featureScale, learnedFeatures, type LearnedWeights } from './learned';

export interface LabelledPaper { title: string; abstract?: string; keywords?: string[]; topics: string[]; alsoAcceptable?: string[] }

export interface TrainOptions {
  /** Inverse regularisation strength: larger fits the sets more closely. */
  c: number;
  steps: number;
  learningRate: number;
  /** A feature must occur in at least this many papers to get a weight (rarer ones are names, not vocabulary). */
  minPapers: number;
  /** Weights smaller than this are left out of the file: a third of its size at 0.5, and 0.2 points of
   *  leave-one-set-out F1 (a paper has a few hundred features, each scaled by featureScale). */
  prune: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { c: 100, steps: 300, learningRate: 0.05, minPapers: 2, prune: 1 };

/**
 * Trains one model per topic. A paper counts as a positive example of its `topics`, a negative one of every
 * topic outside `topics` ∪ `alsoAcceptable`; a topic only one annotator gave teaches nothing either way.
 */
export function trainLearned(papers: LabelledPaper[], topics: string[], inputs: string, opts: TrainOptions = TRAIN_DEFAULTS): LearnedWeights {
  const read = papers.map((p) => learnedFeatures(p));
  const featureSets = read.map((r) => r.features);
  const df = new Map<string, number>();
  for (const fs of featureSets) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df].filter(([, n]) => n >= opts.minPapers).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = featureSets.map((fs) => Int32Array.from([...fs].map((f) => index.get(f) ?? -1).filter((i) => i >= 0).sort((a, b) => a - b)));
  const scales = read.map((r) => featureScale(r.count));
  const V = vocab.length;
  const N = papers.length;
  const bias: number[] = [];
  const terms: Record<string, number[]> = {};

  topics.forEach((topic, t) => {
    // 1: a topic of the paper; 0: not acceptable for it; -1: one annotator's topic, left out.
    const y = papers.map((p) => (p.topics.includes(topic) ? 1 : p.alsoAcceptable?.includes(topic) ? -1 : 0));
    const w = new Float64Array(V + 1); // the last entry is the bias
    const m = new Float64Array(V + 1);
    const v = new Float64Array(V + 1);
    const g = new Float64Array(V + 1);
    for (let step = 1; step <= opts.steps; step++) {
      g.fill(0);
      for (let i = 0; i < N; i++) {
        if (y[i]! < 0) continue;
        const r = rows[i]!;
        const s = scales[i]!;
        let z = w[V]!;
        for (const j of r) z += w[j]! * s;
        const e = 1 / (1 + Math.exp(-z)) - y[i]!;
        for (const j of r) g[j]! += e * s;
        g[V]! += e;
      }
      for (let j = 0; j < V; j++) g[j] = g[j]! / N + w[j]! / (opts.c * N);
      g[V] = g[V]! / N;
      const c1 = 1 - 0.9 ** step;
      const c2 = 1 - 0.999 ** step;
      for (let j = 0; j <= V; j++) {
        m[j] = 0.9 * m[j]! + 0.1 * g[j]!;
        v[j] = 0.999 * v[j]! + 0.001 * g[j]! * g[j]!;
        w[j]! -= (opts.learningRate * (m[j]! / c1)) / (Math.sqrt(v[j]! / c2) + 1e-8);
      }
    }
    bias.push(round3(w[V]!));
    for (let j = 0; j < V; j++) {
      if (Math.abs(w[j]!) < opts.prune) continue;
      (terms[vocab[j]!] ??= []).push(t, Math.round(w[j]! * 1000));
    }
  });
  return { featuresVersion: FEATURES_VERSION, inputs, topics, bias, terms };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
