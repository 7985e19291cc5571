// Trains the tagger's learned layer on the tuning sets and writes utils/topics/learned-weights.json.
// Usage: npm run topics:train            (train on every tuning set, write the weights)
//        npm run topics:train -- --cv    (also: leave one set out at a time, train on the others and score the
//                                         tagger on the one left out, with and without the layer)
import { writeFileSync } from 'node:fs';
import { createTagger, defaultTopics } from '../utils/topics';
import { compileLearned } from '../utils/topics/learned';
import { TRAIN_DEFAULTS, trainLearned, type LabelledPaper } from '../utils/topics/learned-train';
import { WEIGHTS_FILE, inputsHash, trainingSets } from './topics-training-sets';

const topics = defaultTopics().map((t) => t.id);
const sets = trainingSets();
const opts = TRAIN_DEFAULTS;

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

if (process.argv.includes('--cv')) {
  const without: Tally = { tp: 0, fp: 0, fn: 0 };
  const withLayer: Tally = { tp: 0, fp: 0, fn: 0 };
  const rules = createTagger({ learned: null });
  console.log('set left out                     papers  rules  rules+learned');
  for (const out of sets) {
    const model = compileLearned(trainLearned(sets.filter((s) => s !== out).flatMap((s) => s.papers), topics, 'cv', opts))!;
    const a: Tally = { tp: 0, fp: 0, fn: 0 };
    const b: Tally = { tp: 0, fp: 0, fn: 0 };
    score(rules, out.papers, a);
    score(createTagger({ learned: model }), out.papers, b);
    for (const k of ['tp', 'fp', 'fn'] as const) { without[k] += a[k]; withLayer[k] += b[k]; }
    console.log(`${out.name.padEnd(32)} ${String(out.papers.length).padStart(6)}  ${f1(a).toFixed(1)}  ${f1(b).toFixed(1)}`);
  }
  console.log(`${'all (micro-F1)'.padEnd(32)} ${String(sets.reduce((n, s) => n + s.papers.length, 0)).padStart(6)}  ${f1(without).toFixed(1)}  ${f1(withLayer).toFixed(1)}`);
}

const weights = trainLearned(sets.flatMap((s) => s.papers), topics, inputsHash(sets, topics, opts), opts);
writeFileSync(WEIGHTS_FILE, JSON.stringify(weights) + '\n');
const pairs = Object.values(weights.terms).reduce((n, r) => n + r.length / 2, 0);
console.log(`topics:train: ${sets.length} sets, ${sets.reduce((n, s) => n + s.papers.length, 0)} papers -> ${WEIGHTS_FILE} (${Object.keys(weights.terms).length} features, ${pairs} weights)`);
