// The user's taxonomy edits: rename, recolour or hide a topic, add/remove phrases of a built-in topic, add topics
// of their own. Stored in storage.sync (one item, kept well under its 8 KB per-item quota), so everything here
// is small, validated with zod/mini, and repaired rather than rejected: a bad entry is dropped with a message,
// the good ones are kept.
import * as z from 'zod/mini';
import taxonomy from './taxonomy.json';
import { normalisePhrase } from './text';

export const PALETTE = ['blue', 'violet', 'emerald', 'amber', 'rose', 'cyan', 'lime', 'orange', 'fuchsia', 'sky', 'teal', 'indigo'] as const;
export type TopicColor = (typeof PALETTE)[number];

export const LIMITS = {
  nameMax: 40,
  phraseMin: 2,
  phraseMax: 60,
  phraseWords: 6,
  phrasesPerTopic: 40,
  customTopics: 16,
  /** storage.sync allows 8,192 bytes per item (key included); leave room for growth. */
  bytes: 7000,
} as const;

const BUILTIN_IDS = new Set(taxonomy.topics.map((t) => t.id));

export const BuiltinTopicEdit = z.lazy(() => z.object({
  name: z.optional(z.string()),
  hidden: z.optional(z.boolean()),
  color: z.optional(z.enum(PALETTE)),
  /** Phrases the user added to this built-in topic. */
  add: z.optional(z.array(z.string())),
  /** Built-in phrases the user removed (as written in the built-in list). */
  remove: z.optional(z.array(z.string())),
}));
export type BuiltinTopicEdit = z.infer<typeof BuiltinTopicEdit>;

export const CUSTOM_ID_RE = /^u-[a-z0-9-]{1,30}$/;
export const CustomTopic = z.lazy(() => z.object({
  id: z.string().check(z.regex(CUSTOM_ID_RE)),
  name: z.string(),
  phrases: z.array(z.string()),
  hidden: z.optional(z.boolean()),
  color: z.optional(z.enum(PALETTE)),
}));
export type CustomTopic = z.infer<typeof CustomTopic>;

export const TopicEdits = z.lazy(() => z.object({
  v: z.literal(1),
  builtin: z.record(z.string(), BuiltinTopicEdit),
  custom: z.array(CustomTopic),
}));
export type TopicEdits = z.infer<typeof TopicEdits>;

export const EMPTY_EDITS: TopicEdits = { v: 1, builtin: {}, custom: [] };

// ---- single-value checks, each giving a sentence the options page can show as is -------------------------

/** Why a phrase cannot be used, or null when it is fine. */
export function phraseError(phrase: string): string | null {
  const p = phrase.trim();
  if (p.length < LIMITS.phraseMin) return `A phrase needs at least ${LIMITS.phraseMin} characters.`;
  if (p.length > LIMITS.phraseMax) return `“${p.slice(0, 20)}…” is too long: at most ${LIMITS.phraseMax} characters.`;
  if (/[|^]/.test(p)) return `“${p}” contains “|” or “^”; write one phrase at a time.`;
  const norm = normalisePhrase(p);
  if (!norm) return `“${p}” has no letters or digits to match.`;
  const words = norm.split(' ');
  if (words.length > LIMITS.phraseWords) return `“${p}” has more than ${LIMITS.phraseWords} words; shorter phrases match more papers.`;
  for (const w of words) {
    if (w.replace(/\*/g, '').length < 3 && w.includes('*')) return `In “${p}”, a wildcard needs at least 3 letters before it (e.g. “superconduct*”).`;
    if (w.slice(1, -1).includes('*')) return `In “${p}”, “*” can only start or end a word.`;
  }
  return null;
}

/** Why a topic name cannot be used, or null. `others` are the names of the other topics. */
export function nameError(name: string, others: string[]): string | null {
  const n = name.trim();
  if (!n) return 'A topic needs a name.';
  if (n.length > LIMITS.nameMax) return `Names are at most ${LIMITS.nameMax} characters.`;
  if (others.some((o) => o.trim().toLowerCase() === n.toLowerCase())) return `There is already a topic called “${n}”.`;
  return null;
}

export function samePhrase(a: string, b: string): boolean {
  return normalisePhrase(a) === normalisePhrase(b);
}

/** Size of the edits as stored (JSON, UTF-8), to stay under the sync quota. */
export function editsBytes(edits: TopicEdits): number {
  return new TextEncoder().encode(JSON.stringify(edits)).length;
}

// ---- parse with repair ------------------------------------------------------------------------------------

/** Reads whatever storage holds: keeps every valid edit, drops the rest, and says what was dropped. Never throws. */
export function parseTopicEdits(raw: unknown): { edits: TopicEdits; errors: string[] } {
  const errors: string[] = [];
  const edits: TopicEdits = { v: 1, builtin: {}, custom: [] };
  if (raw === undefined || raw === null) return { edits, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { edits, errors: ['Topic edits were not readable and were reset.'] };
  const r = raw as Record<string, unknown>;

  const builtin = r.builtin && typeof r.builtin === 'object' && !Array.isArray(r.builtin) ? (r.builtin as Record<string, unknown>) : {};
  if (r.builtin !== undefined && builtin !== r.builtin) errors.push('Edits to built-in topics were not readable and were dropped.');
  for (const [id, value] of Object.entries(builtin)) {
    if (!BUILTIN_IDS.has(id)) { errors.push(`Dropped edits for an unknown topic “${id}”.`); continue; }
    const parsed = BuiltinTopicEdit.safeParse(value);
    if (!parsed.success) { errors.push(`Dropped unreadable edits for topic “${id}”.`); continue; }
    const e = parsed.data;
    const clean: BuiltinTopicEdit = {};
    if (e.name !== undefined) {
      const err = nameError(e.name, []);
      if (err) errors.push(`Topic “${id}”: ${err} Kept its default name.`);
      else clean.name = e.name.trim();
    }
    if (e.hidden) clean.hidden = true;
    if (e.color) clean.color = e.color;
    const add = cleanPhrases(e.add, `topic “${clean.name ?? id}”`, errors);
    if (add.length) clean.add = add;
    const remove = (e.remove ?? []).filter((p) => typeof p === 'string' && p.trim()).slice(0, 200);
    if (remove.length) clean.remove = remove;
    if (Object.keys(clean).length) edits.builtin[id] = clean;
  }

  const custom = Array.isArray(r.custom) ? r.custom : [];
  if (r.custom !== undefined && !Array.isArray(r.custom)) errors.push('Your own topics were not readable and were dropped.');
  const names = defaultNames(edits);
  for (const value of custom) {
    const parsed = CustomTopic.safeParse(value);
    if (!parsed.success) { errors.push('Dropped an unreadable topic of your own.'); continue; }
    const t = parsed.data;
    if (edits.custom.length >= LIMITS.customTopics) { errors.push(`Only ${LIMITS.customTopics} topics of your own fit; dropped “${t.name}”.`); continue; }
    if (edits.custom.some((c) => c.id === t.id)) { errors.push(`Dropped a second topic with id “${t.id}”.`); continue; }
    const err = nameError(t.name, names);
    if (err) { errors.push(`Dropped topic “${t.name.slice(0, 40)}”: ${err}`); continue; }
    const phrases = cleanPhrases(t.phrases, `topic “${t.name}”`, errors);
    const clean: CustomTopic = { id: t.id, name: t.name.trim(), phrases };
    if (t.hidden) clean.hidden = true;
    if (t.color) clean.color = t.color;
    edits.custom.push(clean);
    names.push(clean.name);
  }
  if (editsBytes(edits) > LIMITS.bytes) errors.push('Topic edits are larger than browser sync allows; remove some phrases or topics.');
  return { edits, errors };
}

function cleanPhrases(list: string[] | undefined, where: string, errors: string[]): string[] {
  const out: string[] = [];
  for (const p of list ?? []) {
    const err = phraseError(p);
    if (err) { errors.push(`Dropped a phrase of ${where}: ${err}`); continue; }
    if (out.some((q) => samePhrase(q, p))) continue;
    if (out.length >= LIMITS.phrasesPerTopic) { errors.push(`${where} has more than ${LIMITS.phrasesPerTopic} phrases; dropped “${p}”.`); continue; }
    out.push(p.trim());
  }
  return out;
}

/** Every topic's shown name under these edits (built-in with renames, then custom). */
function defaultNames(edits: TopicEdits): string[] {
  return taxonomy.topics.map((t) => edits.builtin[t.id]?.name ?? t.name);
}

// ---- edit operations: pure, each returns the next edits or a message ---------------------------------------

export type EditResult = { edits: TopicEdits; error?: undefined } | { error: string; edits?: undefined };

/** One change the options page can make. */
export type TopicEdit =
  | { kind: 'rename'; id: string; name: string }
  | { kind: 'hide'; id: string; hidden: boolean }
  | { kind: 'color'; id: string; color: TopicColor }
  | { kind: 'add-phrase'; id: string; phrase: string }
  | { kind: 'remove-phrase'; id: string; phrase: string }
  | { kind: 'restore-phrase'; id: string; phrase: string }
  | { kind: 'add-topic'; name: string; phrases: string[] }
  | { kind: 'delete-topic'; id: string }
  | { kind: 'reset-topic'; id: string };

/**
 * Applies one edit after checking it; an invalid edit returns a clear message and leaves the edits as they were.
 * `builtinPhrasesOf` lists a built-in topic's phrases (to tell a removal from a user addition).
 */
export function validateEdit(current: TopicEdits, edit: TopicEdit, builtinPhrasesOf: (id: string) => string[]): EditResult {
  const next: TopicEdits = structuredClone(current);
  const isBuiltin = BUILTIN_IDS.has('id' in edit ? edit.id : '');
  const custom = 'id' in edit ? next.custom.find((c) => c.id === edit.id) : undefined;
  if ('id' in edit && !isBuiltin && !custom) return { error: `There is no topic “${edit.id}”.` };
  const b = (id: string) => (next.builtin[id] ??= {});
  const allNames = (exceptId?: string) => [
    ...taxonomy.topics.filter((t) => t.id !== exceptId).map((t) => next.builtin[t.id]?.name ?? t.name),
    ...next.custom.filter((c) => c.id !== exceptId).map((c) => c.name),
  ];

  switch (edit.kind) {
    case 'rename': {
      const err = nameError(edit.name, allNames(edit.id));
      if (err) return { error: err };
      const name = edit.name.trim();
      if (custom) custom.name = name;
      else {
        const def = taxonomy.topics.find((t) => t.id === edit.id)!.name;
        if (name === def) delete b(edit.id).name;
        else b(edit.id).name = name;
      }
      break;
    }
    case 'hide':
      if (custom) { if (edit.hidden) custom.hidden = true; else delete custom.hidden; }
      else if (edit.hidden) b(edit.id).hidden = true;
      else delete b(edit.id).hidden;
      break;
    case 'color':
      if (!(PALETTE as readonly string[]).includes(edit.color)) return { error: `“${edit.color}” is not one of the colours.` };
      if (custom) custom.color = edit.color;
      else b(edit.id).color = edit.color;
      break;
    case 'add-phrase': {
      const err = phraseError(edit.phrase);
      if (err) return { error: err };
      const phrase = edit.phrase.trim();
      if (custom) {
        if (custom.phrases.some((p) => samePhrase(p, phrase))) return { error: `“${phrase}” is already a phrase of this topic.` };
        if (custom.phrases.length >= LIMITS.phrasesPerTopic) return { error: `A topic can have at most ${LIMITS.phrasesPerTopic} phrases.` };
        custom.phrases.push(phrase);
      } else {
        const e = b(edit.id);
        const removed = (e.remove ?? []).find((p) => samePhrase(p, phrase));
        if (removed) {
          // Adding back a removed built-in phrase just restores it.
          e.remove = e.remove!.filter((p) => p !== removed);
        } else {
          if (builtinPhrasesOf(edit.id).some((p) => samePhrase(p, phrase)) || (e.add ?? []).some((p) => samePhrase(p, phrase))) {
            return { error: `“${phrase}” is already a phrase of this topic.` };
          }
          if ((e.add ?? []).length >= LIMITS.phrasesPerTopic) return { error: `You can add at most ${LIMITS.phrasesPerTopic} phrases to a topic.` };
          e.add = [...(e.add ?? []), phrase];
        }
      }
      break;
    }
    case 'remove-phrase': {
      if (custom) {
        const before = custom.phrases.length;
        custom.phrases = custom.phrases.filter((p) => !samePhrase(p, edit.phrase));
        if (custom.phrases.length === before) return { error: `“${edit.phrase}” is not a phrase of this topic.` };
        break;
      }
      const e = b(edit.id);
      if ((e.add ?? []).some((p) => samePhrase(p, edit.phrase))) {
        e.add = e.add!.filter((p) => !samePhrase(p, edit.phrase));
      } else if (builtinPhrasesOf(edit.id).some((p) => samePhrase(p, edit.phrase))) {
        if (!(e.remove ?? []).some((p) => samePhrase(p, edit.phrase))) e.remove = [...(e.remove ?? []), edit.phrase];
      } else return { error: `“${edit.phrase}” is not a phrase of this topic.` };
      break;
    }
    case 'restore-phrase': {
      if (custom) return { error: 'Only built-in phrases can be restored.' };
      const e = b(edit.id);
      e.remove = (e.remove ?? []).filter((p) => !samePhrase(p, edit.phrase));
      break;
    }
    case 'add-topic': {
      if (next.custom.length >= LIMITS.customTopics) return { error: `You can add at most ${LIMITS.customTopics} topics of your own.` };
      const err = nameError(edit.name, allNames());
      if (err) return { error: err };
      const phrases: string[] = [];
      for (const p of edit.phrases.map((x) => x.trim()).filter(Boolean)) {
        const pe = phraseError(p);
        if (pe) return { error: pe };
        if (!phrases.some((q) => samePhrase(q, p))) phrases.push(p);
      }
      if (!phrases.length) return { error: 'Give the new topic at least one phrase, e.g. “tensor network”.' };
      if (phrases.length > LIMITS.phrasesPerTopic) return { error: `A topic can have at most ${LIMITS.phrasesPerTopic} phrases.` };
      const name = edit.name.trim();
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 24) || 'topic';
      let id = `u-${slug}`;
      for (let k = 2; next.custom.some((c) => c.id === id); k++) id = `u-${slug}-${k}`;
      const used = new Set(next.custom.map((c) => c.color));
      const color = PALETTE.find((c) => !used.has(c)) ?? PALETTE[next.custom.length % PALETTE.length];
      next.custom.push({ id, name, phrases, color });
      break;
    }
    case 'delete-topic':
      if (!custom) return { error: 'Built-in topics cannot be deleted; hide it instead.' };
      next.custom = next.custom.filter((c) => c.id !== edit.id);
      break;
    case 'reset-topic':
      if (custom) return { error: 'Only built-in topics can be reset.' };
      delete next.builtin[edit.id];
      break;
  }
  // Drop empty per-topic records so the stored object stays small.
  for (const [id, e] of Object.entries(next.builtin)) {
    if (e.add && !e.add.length) delete e.add;
    if (e.remove && !e.remove.length) delete e.remove;
    if (!Object.keys(e).length) delete next.builtin[id];
  }
  if (editsBytes(next) > LIMITS.bytes) return { error: 'That would make your topic edits too large to sync; remove some phrases first.' };
  return { edits: next };
}
