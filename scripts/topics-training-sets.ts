// The labelled sets the learned layer of the tagger is trained on (utils/topics/learned.ts), and the hash that
// ties utils/topics/learned-weights.json to them. Only tuning sets: the check sets (topics-check*.json) and the
// shared dev labels stay unseen, so they keep measuring the tagger on papers it never saw.
//
// Two kinds of tuning set: the committed ones (tests/fixtures/topics-*tune*.json, papers written for this project)
// and external ones, real papers whose titles and abstracts are their authors' text and so are kept out of the
// repository (TOPICS_EXTERNAL_SETS=<dir>, same format). The weights record each external set's name, size and
// digest, so the hash can be checked without the text: a change to the rules, the features, the settings or a
// committed set still makes the weights stale.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledPaper, TrainOptions } from '../utils/topics/learned-train';
import { FEATURES_VERSION, type ExternalSet } from '../utils/topics/learned';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures');
export const WEIGHTS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../utils/topics/learned-weights.json');

export interface TrainingSet { name: string; digest: string; papers: LabelledPaper[]; external?: boolean }

const TUNING_FILE = /^topics-.*tune.*\.json$/;

/** A set's file as its digest reads it: line endings aside (a checkout may convert them). */
export const digestOf = (text: string): string => createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 16);

function readSets(dir: string, external: boolean): TrainingSet[] {
  return readdirSync(dir)
    .filter((f) => TUNING_FILE.test(f))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { name, digest: digestOf(text), papers: (JSON.parse(text) as { papers: LabelledPaper[] }).papers, external };
    });
}

/** Every committed tuning set: tests/fixtures/topics-*tune*.json, by name. */
export function trainingSets(): TrainingSet[] {
  return readSets(FIXTURES, false);
}

/** The external tuning sets in `dir` (default: $TOPICS_EXTERNAL_SETS), by name; none without a directory. */
export function externalSets(dir = process.env.TOPICS_EXTERNAL_SETS): TrainingSet[] {
  if (!dir) return [];
  if (!existsSync(dir)) throw new Error(`TOPICS_EXTERNAL_SETS: no directory ${dir}`);
  const sets = readSets(dir, true);
  const clash = sets.find((s) => existsSync(join(FIXTURES, s.name)));
  if (clash) throw new Error(`external set ${clash.name} has the name of a committed one`);
  return sets;
}

/** What the weights record of an external set. */
export const externalRecord = (s: TrainingSet): ExternalSet => ({ name: s.name, papers: s.papers.length, digest: s.digest });

/** The code the decision layer's inputs come from: the rules and the words (its weights fit what they compute). */
const RULES_SOURCES = ['lexicon.ts', 'tagger.ts', 'text.ts', 'decision.ts'].map((f) => resolve(dirname(fileURLToPath(import.meta.url)), '../utils/topics', f));

/** What the weights depend on: the sets' contents (by digest), the topics, the features, the training settings and
 *  the rules. */
export function inputsHash(sets: Array<Pick<TrainingSet, 'name' | 'digest'>>, topics: string[], opts: TrainOptions): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ featuresVersion: FEATURES_VERSION, topics, opts }));
  for (const s of sets) h.update(`\n${s.name}\n${s.digest}`);
  // Line endings aside (a checkout may convert them), any change to the rules asks for new weights.
  for (const f of RULES_SOURCES) h.update(`\n${f.split('/').pop()}\n${readFileSync(f, 'utf8').replace(/\r\n/g, '\n')}`);
  return h.digest('hex').slice(0, 16);
}
