// Taxonomy edits: every change is checked with a clear message, bad stored values are repaired, and the
// tagger follows the edits (renames, hidden topics, added/removed phrases, topics of the user's own).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtinPhrases, createTagger, effectiveTopics } from '../../utils/topics';
import { EMPTY_EDITS, LIMITS, editsBytes, parseTopicEdits, validateEdit, type TopicEdit, type TopicEdits } from '../../utils/topics/edits';
import { topicEditsItem } from '../../utils/topics/storage';

const apply = (edits: TopicEdits, ...changes: TopicEdit[]): TopicEdits =>
  changes.reduce((e, c) => {
    const r = validateEdit(e, c, builtinPhrases);
    if (r.error !== undefined) throw new Error(r.error);
    return r.edits;
  }, edits);

const kirigami = { title: 'Mechanical metamaterials from kirigami sheets', abstract: 'Cuts in a thin sheet make it stretch.' };

describe('topic edits', () => {
  it('renames a topic and the new name is what the user sees', () => {
    const e = apply(EMPTY_EDITS, { kind: 'rename', id: 'hep', name: 'Strings & holography' });
    expect(effectiveTopics(e).find((t) => t.id === 'hep')?.name).toBe('Strings & holography');
    expect(createTagger({ edits: e }).topics.find((t) => t.id === 'hep')?.name).toBe('Strings & holography');
  });

  it('refuses invalid edits with a message and leaves the edits unchanged', () => {
    const cases: Array<[TopicEdit, RegExp]> = [
      [{ kind: 'rename', id: 'hep', name: '   ' }, /needs a name/],
      [{ kind: 'rename', id: 'hep', name: 'quantum physics & computing' }, /already a topic called/],
      [{ kind: 'rename', id: 'nope', name: 'X' }, /no topic “nope”/],
      [{ kind: 'add-phrase', id: 'condmat', phrase: 'a' }, /at least 2 characters/],
      [{ kind: 'add-phrase', id: 'condmat', phrase: 'graphene' }, /already a phrase/],
      [{ kind: 'add-phrase', id: 'condmat', phrase: 'ab*' }, /3 letters before it/],
      [{ kind: 'add-phrase', id: 'condmat', phrase: 'a|b' }, /one phrase at a time/],
      [{ kind: 'add-phrase', id: 'condmat', phrase: 'x'.repeat(80) }, /too long/],
      [{ kind: 'remove-phrase', id: 'condmat', phrase: 'origami' }, /not a phrase of this topic/],
      [{ kind: 'add-topic', name: 'Origami', phrases: [] }, /at least one phrase/],
      [{ kind: 'add-topic', name: 'Robotics', phrases: ['robot arm'] }, /already a topic called/],
      [{ kind: 'delete-topic', id: 'llm' }, /cannot be deleted; hide it instead/],
    ];
    for (const [edit, message] of cases) {
      const r = validateEdit(EMPTY_EDITS, edit, builtinPhrases);
      expect(r.error, JSON.stringify(edit)).toMatch(message);
      expect(r.edits).toBeUndefined();
    }
    expect(EMPTY_EDITS).toEqual({ v: 1, builtin: {}, custom: [] });
  });

  it('a phrase the user adds to a built-in topic brings that topic to matching papers', () => {
    expect(createTagger().classify(kirigami).topics).not.toContain('condmat');
    const e = apply(EMPTY_EDITS, { kind: 'add-phrase', id: 'condmat', phrase: 'kirigami' });
    const r = createTagger({ edits: e }).classify(kirigami);
    expect(r.topics).toContain('condmat');
    expect(r.why.condmat).toContain('kirigami');
  });

  it('a user phrase shows its topic even when the paper is mostly about something else', () => {
    const p = {
      title: 'Holographic superconductors and black hole horizons in AdS/CFT',
      abstract: 'We study charged black holes in anti-de Sitter space, compute the conductivity of the dual conformal field theory, and compare with a kirigami-inspired toy model.',
    };
    const e = apply(EMPTY_EDITS, { kind: 'add-topic', name: 'Origami', phrases: ['kirigami'] });
    const r = createTagger({ edits: e }).classify(p);
    expect(r.topics[0]).toBe('hep');
    expect(r.topics).toContain('u-origami');
    expect(r.why['u-origami']).toEqual(['kirigami']);
  });

  it('a removed built-in phrase no longer counts, and restoring it brings it back', () => {
    const p = { title: 'Graphene' };
    expect(createTagger().classify(p).topics).toEqual(['condmat']);
    const removed = apply(EMPTY_EDITS, { kind: 'remove-phrase', id: 'condmat', phrase: 'graphene' });
    expect(removed.builtin.condmat.remove).toEqual(['graphene']);
    expect(createTagger({ edits: removed }).classify(p).topics).not.toContain('condmat');
    const restored = apply(removed, { kind: 'add-phrase', id: 'condmat', phrase: 'Graphene' });
    expect(restored.builtin).toEqual({});
    expect(createTagger({ edits: restored }).classify(p).topics).toEqual(['condmat']);
  });

  it('a topic of the user’s own gets a stable id, a colour, and tags papers with its phrases', () => {
    const e = apply(EMPTY_EDITS, { kind: 'add-topic', name: 'Origami & kirigami', phrases: ['kirigami', 'origami', 'fold*'] });
    const t = effectiveTopics(e).find((x) => !x.builtin)!;
    expect(t).toMatchObject({ id: 'u-origami-kirigami', name: 'Origami & kirigami', builtin: false });
    expect(t.color).toMatch(/^[a-z]+$/);
    const r = createTagger({ edits: e }).classify({ title: 'Folding patterns', abstract: 'Rigid folding of paper.' });
    expect(r.topics).toContain('u-origami-kirigami');
    // One entry per word, however often it appears (case-insensitive), as written first.
    expect(r.why['u-origami-kirigami']).toEqual(['Folding']);
    const hidden = apply(e, { kind: 'hide', id: t.id, hidden: true });
    expect(createTagger({ edits: hidden }).classify(kirigami).topics).not.toContain(t.id);
    const deleted = apply(e, { kind: 'delete-topic', id: t.id });
    expect(effectiveTopics(deleted).some((x) => x.id === t.id)).toBe(false);
  });

  it('repairs a bad stored value: keeps the good edits, drops the rest with a message, never throws', () => {
    const { edits, errors } = parseTopicEdits({
      v: 1,
      builtin: { hep: { name: 'Strings', add: ['kirigami', 'x'] }, nope: { hidden: true }, llm: 'junk', quantum: { hidden: true } },
      custom: [{ id: 'u-ok', name: 'Ok', phrases: ['origami'] }, { id: 'bad id', name: 'Bad', phrases: [] }, { id: 'u-dup', name: 'ok', phrases: ['x y'] }],
    });
    expect(edits.builtin).toEqual({ hep: { name: 'Strings', add: ['kirigami'] }, quantum: { hidden: true } });
    expect(edits.custom.map((c) => c.id)).toEqual(['u-ok']);
    expect(errors.join('\n')).toMatch(/unknown topic “nope”/);
    expect(errors.join('\n')).toMatch(/unreadable edits for topic “llm”/);
    expect(errors.join('\n')).toMatch(/already a topic called “ok”/);
    expect(errors.join('\n')).toMatch(/at least 2 characters/);
    expect(parseTopicEdits('garbage').errors).toEqual(['Topic edits were not readable and were reset.']);
    expect(parseTopicEdits(undefined)).toEqual({ edits: EMPTY_EDITS, errors: [] });
    fc.assert(fc.property(fc.jsonValue(), (raw) => { parseTopicEdits(raw); effectiveTopics(raw as TopicEdits); }));
  });

  it('keeps edits small enough for storage.sync and says so when a change would not fit', () => {
    let e = EMPTY_EDITS;
    let refused: string | undefined;
    for (let i = 0; i < 400 && !refused; i++) {
      const id = ['llm', 'vision', 'hep', 'condmat', 'quantum', 'theory', 'math', 'astro', 'rl', 'data'][i % 10];
      const r = validateEdit(e, { kind: 'add-phrase', id, phrase: `made up phrase number ${i} xx` }, builtinPhrases);
      if (r.error !== undefined) refused = r.error;
      else e = r.edits;
    }
    expect(refused).toMatch(/too large to sync|at most 40 phrases/);
    expect(editsBytes(e)).toBeLessThanOrEqual(LIMITS.bytes);
  });

  it('stores edits in storage.sync under topicEdits and reads them back', async () => {
    const e = apply(EMPTY_EDITS, { kind: 'hide', id: 'astro', hidden: true });
    await topicEditsItem.setValue(e);
    expect(await fakeBrowser.storage.sync.get('topicEdits')).toEqual({ topicEdits: e });
    expect(parseTopicEdits(await topicEditsItem.getValue()).edits).toEqual(e);
  });
});
