// Public API of the topic tagger: the default taxonomy, the user's edits applied on top, and a tagger
// compiled from both plus the user's corrections. Pure: no browser imports (storage items live in ./storage).
import { AUX_LEXICON, BLOCKERS, GATES, LEXICON } from './lexicon';
import { compileTagger, type TagResult, type TaggerInput, type TopicSpec } from './tagger';
import { effectiveTopics, type TopicDef } from './catalog';
import { PALETTE, parseTopicEdits, samePhrase, type TopicEdits } from './edits';
import { correctionAdjuster, type Corrections } from './corrections';
import { compileLearned, type LearnedModel, type LearnedWeights } from './learned';
import learnedWeights from './learned-weights.json';

export type { TagResult, TaggerInput } from './tagger';
export type { TopicEdits, TopicColor } from './edits';
export type { Corrections } from './corrections';
export { PALETTE };

export { defaultTopics, effectiveTopics, type TopicDef } from './catalog';

/** Weight of a phrase the user added: decisive, one mention in an abstract is enough. */
export const USER_PHRASE_WEIGHT = 3;

/** The built-in phrases of a topic, as the editor lists them (positive cues only, as written). */
export function builtinPhrases(id: string): string[] {
  return (LEXICON[id] ?? []).filter(([w]) => w > 0).flatMap(([, list]) => list.split('|'));
}

/** The phrases the tagger uses for each topic under these edits: [weight, 'a|b|c'] lists. */
export function topicSpecs(edits: TopicEdits | undefined): TopicSpec[] {
  const e = parseTopicEdits(edits).edits;
  const topics = effectiveTopics(e);
  const specs: TopicSpec[] = topics.map((t) => {
    if (!t.builtin) {
      const c = e.custom.find((x) => x.id === t.id)!;
      return { id: t.id, hidden: t.hidden, phrases: c.phrases.length ? [[USER_PHRASE_WEIGHT, c.phrases.join('|'), 'user']] : [] };
    }
    const x = e.builtin[t.id];
    const removed = x?.remove ?? [];
    const phrases: TopicSpec['phrases'] = (LEXICON[t.id] ?? []).map(([w, list]): [number, string] => [
      w,
      removed.length ? list.split('|').filter((p) => !removed.some((r) => samePhrase(r, p))).join('|') : list,
    ]);
    if (x?.add?.length) phrases.push([USER_PHRASE_WEIGHT, x.add.join('|'), 'user']);
    return { id: t.id, hidden: t.hidden, phrases, gates: GATES[t.id] };
  });
  // Helper cues (never shown): see AUX_LEXICON.
  for (const [id, phrases] of Object.entries(AUX_LEXICON)) specs.push({ id, hidden: true, phrases });
  return specs;
}

export interface Tagger {
  topics: TopicDef[];
  classify(p: TaggerInput & { id?: string }): TagResult;
}

let defaultLearned: LearnedModel | null | undefined;
/** The learned layer trained by `npm run topics:train` (null if its weights do not fit this code). */
export function builtinLearned(): LearnedModel | null {
  if (defaultLearned === undefined) defaultLearned = compileLearned(learnedWeights as LearnedWeights) ?? null;
  return defaultLearned;
}

/**
 * Compiles a tagger once (phrase index, caches); classify is then cheap enough for every card on a page.
 * Topics the user hid are never emitted. Corrections force topics on their own paper and nudge similar ones;
 * a topic added only by a correction has an empty why-list.
 */
export function createTagger(opts: { edits?: TopicEdits; corrections?: Corrections; learned?: LearnedModel | null } = {}): Tagger {
  const topics = effectiveTopics(opts.edits);
  const learned = opts.learned === undefined ? builtinLearned() : opts.learned;
  const compiled = compileTagger(topicSpecs(opts.edits), BLOCKERS, opts.corrections ? correctionAdjuster(opts.corrections) : undefined, { learned: learned ?? undefined });
  return { topics, classify: compiled.classify };
}
