// Public API of the topic tagger: the default taxonomy, the user's edits applied on top, and a tagger
// compiled from both plus the user's corrections. Pure: no browser imports (storage items live in ./storage).
import taxonomy from './taxonomy.json';
import { AUX_LEXICON, BLOCKERS, GATES, LEXICON } from './lexicon';
import { compileTagger, type TagResult, type TaggerInput, type TopicSpec } from './tagger';
import { PALETTE, parseTopicEdits, samePhrase, type TopicColor, type TopicEdits } from './edits';
import { correctionAdjuster, type Corrections } from './corrections';

export type { TagResult, TaggerInput } from './tagger';
export type { TopicEdits, TopicColor } from './edits';
export type { Corrections } from './corrections';
export { PALETTE };

export interface TopicDef { id: string; name: string; definition?: string; hidden?: boolean; builtin: boolean; color: TopicColor }

/** Weight of a phrase the user added: decisive, one mention in an abstract is enough. */
export const USER_PHRASE_WEIGHT = 3;

/** Fixed colour per built-in topic; neighbours in the list never share a colour. */
const BUILTIN_COLORS: Record<string, TopicColor> = {
  llm: 'blue', vision: 'cyan', generative: 'violet', rl: 'orange', agents: 'amber', multimodal: 'fuchsia',
  audio: 'rose', robotics: 'lime', efficiency: 'teal', theory: 'indigo', optimization: 'sky', safety: 'rose',
  interpretability: 'amber', geometric: 'emerald', timeseries: 'cyan', science: 'lime', data: 'orange',
  probabilistic: 'fuchsia', hep: 'violet', condmat: 'teal', quantum: 'blue', statmech: 'amber', astro: 'indigo', math: 'sky',
};

export function defaultTopics(): TopicDef[] {
  return taxonomy.topics.map((t) => ({ id: t.id, name: t.name, definition: t.definition, builtin: true, color: BUILTIN_COLORS[t.id] ?? 'blue' }));
}

/** The built-in phrases of a topic, as the editor lists them (positive cues only, as written). */
export function builtinPhrases(id: string): string[] {
  return (LEXICON[id] ?? []).filter(([w]) => w > 0).flatMap(([, list]) => list.split('|'));
}

/** Defaults plus the user's edits (re-validated here, so a bad stored value cannot break a page). */
export function effectiveTopics(edits: TopicEdits | undefined): TopicDef[] {
  const e = parseTopicEdits(edits).edits;
  const builtin = defaultTopics().map((t) => {
    const x = e.builtin[t.id];
    return x ? { ...t, name: x.name ?? t.name, color: x.color ?? t.color, ...(x.hidden ? { hidden: true } : {}) } : t;
  });
  const custom: TopicDef[] = e.custom.map((c, i) => ({
    id: c.id, name: c.name, builtin: false, color: c.color ?? PALETTE[i % PALETTE.length], ...(c.hidden ? { hidden: true } : {}),
  }));
  return [...builtin, ...custom];
}

/** The phrases the tagger uses for each topic under these edits: [weight, 'a|b|c'] lists. */
export function topicSpecs(edits: TopicEdits | undefined): TopicSpec[] {
  const e = parseTopicEdits(edits).edits;
  const topics = effectiveTopics(e);
  const specs: TopicSpec[] = topics.map((t) => {
    if (!t.builtin) {
      const c = e.custom.find((x) => x.id === t.id)!;
      return { id: t.id, hidden: t.hidden, phrases: [[USER_PHRASE_WEIGHT, c.phrases.join('|')]] };
    }
    const x = e.builtin[t.id];
    const removed = x?.remove ?? [];
    const phrases: Array<[number, string]> = (LEXICON[t.id] ?? []).map(([w, list]) => [
      w,
      removed.length ? list.split('|').filter((p) => !removed.some((r) => samePhrase(r, p))).join('|') : list,
    ]);
    if (x?.add?.length) phrases.push([USER_PHRASE_WEIGHT, x.add.join('|')]);
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

/**
 * Compiles a tagger once (phrase index, caches); classify is then cheap enough for every card on a page.
 * Topics the user hid are never emitted. Corrections force topics on their own paper and nudge similar ones;
 * a topic added only by a correction has an empty why-list.
 */
export function createTagger(opts: { edits?: TopicEdits; corrections?: Corrections } = {}): Tagger {
  const topics = effectiveTopics(opts.edits);
  const compiled = compileTagger(topicSpecs(opts.edits), BLOCKERS, opts.corrections ? correctionAdjuster(opts.corrections) : undefined);
  return { topics, classify: compiled.classify };
}
