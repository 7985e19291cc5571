// The topics users see: the default taxonomy with its colours, and the user's edits applied on top.
// Kept apart from the tagger's lexicon so the popup and the page can name topics without loading it.
import taxonomy from './taxonomy.json';
import { PALETTE, parseTopicEdits, type TopicColor, type TopicEdits } from './edits';

export interface TopicDef { id: string; name: string; definition?: string; hidden?: boolean; builtin: boolean; color: TopicColor }

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

