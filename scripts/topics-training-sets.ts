// The labelled sets the learned layer of the tagger is trained on (utils/topics/learned.ts), and the hash that
// ties utils/topics/learned-weights.json to them. Only tuning sets: the check sets (topics-check*.json) and the
// shared dev labels stay unseen, so they keep measuring the tagger on papers it never saw.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledPaper, TrainOptions } from '../utils/topics/learned-train';
import { FEATURES_VERSION } from '../utils/topics/learned';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures');
export const WEIGHTS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../utils/topics/learned-weights.json');

export interface TrainingSet { name: string; text: string; papers: LabelledPaper[] }

/** Every tuning set: tests/fixtures/topics-*tune*.json, by name. */
export function trainingSets(): TrainingSet[] {
  return readdirSync(FIXTURES)
    .filter((f) => /^topics-.*tune.*\.json$/.test(f))
    .sort()
    .map((name) => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      return { name, text, papers: (JSON.parse(text) as { papers: LabelledPaper[] }).papers };
    });
}

/** The code the decision layer's inputs come from: the rules and the words (its weights fit what they compute). */
const RULES_SOURCES = ['lexicon.ts', 'tagger.ts', 'text.ts', 'decision.ts'].map((f) => resolve(dirname(fileURLToPath(import.meta.url)), '../utils/topics', f));

/** What the weights depend on: the sets' contents, the topics, the features, the training settings and the rules. */
export function inputsHash(sets: TrainingSet[], topics: string[], opts: TrainOptions): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ featuresVersion: FEATURES_VERSION, topics, opts }));
  for (const s of sets) h.update(`\n${s.name}\n${s.text}`);
  // Line endings aside (a checkout may convert them), any change to the rules asks for new weights.
  for (const f of RULES_SOURCES) h.update(`\n${f.split('/').pop()}\n${readFileSync(f, 'utf8').replace(/\r\n/g, '\n')}`);
  return h.digest('hex').slice(0, 16);
}
