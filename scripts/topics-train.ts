// Trains the tagger's learned layer on the tuning sets and writes utils/topics/learned-weights.json: the word model
// (learned.ts) on every set, and the decision layer (decision.ts) on what the tagger reads about each paper of a set
// next to the odds of a word model trained on the other sets (as unsure as it is on a paper it never saw).
// Usage: TOPICS_EXTERNAL_SETS=<dir> npm run topics:train   (train on every tuning set, committed and external,
//                                                          write the weights; about ten minutes)
//        … npm run topics:train -- --cv    (also: leave one set out at a time, train on the others and score the
//                                         tagger on the one left out: rules alone, with the word model adding
//                                         topics, with the decision layer)
//        npm run topics:train -- --committed-only   (weights from the committed sets alone, when the shipped weights
//                                         were trained with external sets that are not at hand)
import { readFileSync, writeFileSync } from 'node:fs';
import { createTagger, defaultTopics, topicSpecs } from '../utils/topics';
import { BLOCKERS } from '../utils/topics/lexicon';
import { compileTagger } from '../utils/topics/tagger';
import { compileLearned, type LearnedWeights } from '../utils/topics/learned';
import { trainDecision, type DecisionExample } from '../utils/topics/decision';
import { TRAIN_DEFAULTS, trainLearned, type LabelledPaper } from '../utils/topics/learned-train';
import { WEIGHTS_FILE, externalRecord, externalSets, inputsHash, trainingSets } from './topics-training-sets';

const topics = defaultTopics().map((t) => t.id);
const external = (() => {
  try {
    return externalSets();
  } catch (err) {
    console.error(`topics:train: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
})();
const sets = [...trainingSets(), ...external];
const opts = TRAIN_DEFAULTS;

// Weights trained with external sets are not silently replaced by weaker ones trained without them.
const shipped = (JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as LearnedWeights).external ?? [];
const missing = shipped.filter((e) => !external.some((s) => s.name === e.name));
if (missing.length && !process.argv.includes('--committed-only')) {
  console.error(
    `topics:train: the shipped weights were also trained on ${missing.length} external set(s) (${missing.map((e) => e.name).join(', ')}), ` +
      'which are not in TOPICS_EXTERNAL_SETS. Point it at their directory, or pass --committed-only to train without them.',
  );
  process.exit(1);
}

type Tally = { tp: number; fp: number; fn: number };
function score(tagger: ReturnType<typeof createTagger>, papers: LabelledPaper[], t: Tally) {
  for (const p of papers) {
    const got = tagger.classify(p).topics;
    const ok = new Set([...p.topics, ...(p.alsoAcceptable ?? [])]);
    for (const x of got) ok.has(x) ? t.tp++ : t.fp++;
    for (const x of p.topics) if (!got.includes(x)) t.fn++;
  }
}
const f1 = (t: Tally) => (200 * t.tp) / (2 * t.tp + t.fp + t.fn);

// The word model trained without each set, and the decision layer's examples from that set's papers.
const folds = sets.map((held) => {
  const words = trainLearned(sets.filter((s) => s !== held).flatMap((s) => s.papers), topics, 'fold', opts);
  const tagger = compileTagger(topicSpecs(undefined), BLOCKERS, undefined, { learned: compileLearned(words)! });
  const examples: DecisionExample[] = held.papers.flatMap((p) =>
    tagger.candidates(p).map(({ id, candidate }) => ({ candidate, target: p.topics.includes(id) ? 1 : p.alsoAcceptable?.includes(id) ? 0.5 : 0 })),
  );
  return { held, words, examples };
});

if (process.argv.includes('--cv')) {
  const totals = [0, 1, 2].map((): Tally => ({ tp: 0, fp: 0, fn: 0 }));
  const rules = createTagger({ learned: null });
  console.log('set left out                     papers  rules  +words  +decision');
  for (const { held, words } of folds) {
    const decision = trainDecision(folds.filter((f) => f.held !== held).flatMap((f) => f.examples), topics.length);
    const taggers = [rules, createTagger({ learned: compileLearned(words)! }), createTagger({ learned: compileLearned({ ...words, decision })! })];
    const row = taggers.map((tagger, i) => {
      const t: Tally = { tp: 0, fp: 0, fn: 0 };
      score(tagger, held.papers, t);
      for (const k of ['tp', 'fp', 'fn'] as const) totals[i]![k] += t[k];
      return f1(t).toFixed(1).padStart(5);
    });
    console.log(`${held.name.padEnd(32)} ${String(held.papers.length).padStart(6)}  ${row.join('  ')}`);
  }
  console.log(`${'all (micro-F1)'.padEnd(32)} ${String(sets.reduce((n, s) => n + s.papers.length, 0)).padStart(6)}  ${totals.map((t) => f1(t).toFixed(1).padStart(5)).join('  ')}`);
}

const weights: LearnedWeights = {
  ...trainLearned(sets.flatMap((s) => s.papers), topics, inputsHash(sets, topics, opts), opts),
  ...(external.length ? { external: external.map(externalRecord) } : {}),
  decision: trainDecision(folds.flatMap((f) => f.examples), topics.length),
};
writeFileSync(WEIGHTS_FILE, JSON.stringify(weights) + '\n');
const pairs = Object.values(weights.terms).reduce((n, r) => n + r.length / 2, 0);
console.log(`topics:train: ${sets.length} sets (${external.length} external), ${sets.reduce((n, s) => n + s.papers.length, 0)} papers -> ${WEIGHTS_FILE} (${Object.keys(weights.terms).length} features, ${pairs} weights)`);
