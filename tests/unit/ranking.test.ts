// The "for you" model (pure) and its background owner against fake storage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applySignal, emptyModel, featurise, hashTerm, hasSignal, MAX_TERMS, NEGATIVE_WEIGHT, parseModel, prune, rankPage, readiness, type Features, type ForYouModel, type PaperText } from '../../utils/ranking';
import { forEachToken, STOPWORDS, stem } from '../../utils/topics/text';
import { momentumOf, sinceLabel } from '../../utils/ranking/momentum';
import { applySignals, savedSignals } from '../../entrypoints/background/ranking';
import { forYouModelItem } from '../../utils/storage';
import type { SavedState } from '../../utils/saved/model';

const diffusion = { title: 'Video diffusion models with temporal attention', summary: 'We train a latent diffusion model for video generation with temporal attention layers.' };
const diffusion2 = { title: 'Faster diffusion sampling for image generation', summary: 'A sampler for latent diffusion models that generates images in four steps.' };
const physics = { title: 'Lattice gauge theory on quantum computers', summary: 'We simulate lattice gauge theory with qubits and measure the string tension.' };
const physics2 = { title: 'Quantum simulation of gauge fields', summary: 'Trapped-ion qubits simulate a lattice gauge field and its confinement.' };
const neutral = { title: 'A benchmark for table question answering', summary: 'We collect tables and questions from spreadsheets.' };

function trained(): ForYouModel {
  const m = emptyModel();
  applySignal(m, '2401.00001', 'saved', featurise(diffusion));
  applySignal(m, '2401.00002', 'opened', featurise({ ...diffusion2, title: 'Diffusion transformers for video' }));
  applySignal(m, '2401.00003', 'dismissed', featurise(physics));
  applySignal(m, '2401.00004', 'ignored', featurise(neutral));
  applySignal(m, '2401.00005', 'saved', featurise({ title: 'Image generation with latent diffusion' }));
  return m;
}

describe('features', () => {
  it('are stemmed words without stop words, L2-normalised, with the readable term for each hash', () => {
    const f = featurise({ title: 'The Diffusion Models', summary: 'models of diffusion', keywords: ['video'], topics: ['generative'] });
    expect(f.terms.sort()).toEqual(['diffusion', 'topic:generative', 'video']);
    expect(f.vals.reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 6);
    expect(new Set(f.keys).size).toBe(3);
    // Words that stem alike are one term.
    expect(featurise({ title: 'Diffusion diffusions' }).terms).toEqual(['diffusion']);
  });
});

// The plain definitions the fast featurise/rankPage must match exactly (they scan without slicing, cache
// tokens in a hash table and score through typed arrays).
function referenceFeaturise(p: PaperText): Omit<Features, 'buckets'> {
  const tf = new Map<string, number>();
  const add = (text: string | undefined, w: number) => {
    if (!text) return;
    forEachToken(text.toLowerCase(), (tok) => {
      const term = tok.length < 3 || STOPWORDS.has(tok) || /^\d+$/.test(tok) ? null : stem(tok);
      if (term != null && !STOPWORDS.has(term)) tf.set(term, (tf.get(term) ?? 0) + w);
    });
  };
  add(p.title, 2);
  add(p.summary?.slice(0, 1500), 1);
  for (const k of p.keywords ?? []) add(k, 1.5);
  for (const id of p.topics ?? []) tf.set(`topic:${id}`, (tf.get(`topic:${id}`) ?? 0) + 1.5);
  const terms = [...tf.keys()];
  const vals = [...tf.values()].map((n) => (n >= 1 ? 1 + Math.log(n) : n));
  const norm = Math.sqrt(vals.reduce((s, v) => s + v * v, 0)) || 1;
  return { terms, keys: terms.map(hashTerm), vals: vals.map((v) => v / norm) };
}

function referenceScores(m: ForYouModel, page: Features[]): number[] {
  const df = new Map<string, number>();
  for (const f of page) for (const k of f.keys) df.set(k, (df.get(k) ?? 0) + 1);
  return page.map((f) => {
    let score = 0;
    let norm = 0;
    f.keys.forEach((k, i) => {
      const x = f.vals[i] * Math.log(1 + page.length / df.get(k)!);
      norm += x * x;
      score += x * ((m.pos[k] ?? 0) / (m.sPos || Infinity) - ((m.neg[k] ?? 0) * NEGATIVE_WEIGHT) / (m.sNeg || Infinity));
    });
    return score / (Math.sqrt(norm) || 1);
  });
}

describe('fast paths', () => {
  // Words from a small vocabulary (so tokens repeat and hit the cache), with case, accents, digits, Greek,
  // stop words and punctuation.
  const word = fc.constantFrom('Diffusion', 'diffusions', 'the', 'of', 'model', 'Models', 'Schrödinger', 'İstanbul', 'ÆSIR', 'naïve', 'ΣΊΣΥΦΟΣ', '3D-GS', '2024', 'x1', 'ab', 'lattice', "gauge's", 'qubits', 'straße', 'ﬁne');
  const text = fc.array(fc.oneof(word, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((ws) => ws.join(' '));
  const paper = fc.record({ title: fc.option(text, { nil: undefined }), summary: fc.option(text, { nil: undefined }), keywords: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }), topics: fc.option(fc.array(fc.constantFrom('llm', 'vision', 'hep'), { maxLength: 3 }), { nil: undefined }) });

  it('featurise gives exactly the terms, keys and values of the plain definition', () => {
    fc.assert(
      fc.property(paper, (p) => {
        const f = featurise(p);
        expect({ terms: f.terms, keys: f.keys, vals: f.vals }).toEqual(referenceFeaturise(p));
        expect([...f.buckets].map((b) => b.toString(36))).toEqual(f.keys);
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact when the token cache grows past its cap and starts afresh', () => {
    const many = { title: Array.from({ length: 60_000 }, (_, i) => `tok${i}q`).join(' ') };
    expect(featurise(many).terms.length).toBe(60_000);
    const p = { title: 'Diffusion models for lattice gauge theory', summary: 'tok1 tok2 diffusion of qubits' };
    expect(featurise(p).vals).toEqual(referenceFeaturise(p).vals);
    expect(featurise(p).terms).toEqual(referenceFeaturise(p).terms);
  });

  it('rankPage scores as the plain definition does', () => {
    fc.assert(
      fc.property(fc.array(paper, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(paper, fc.constantFrom('saved', 'opened', 'dismissed', 'ignored', 'less') as fc.Arbitrary<'saved'>), { maxLength: 8 }), (cards, signals) => {
        const m = emptyModel();
        signals.forEach(([p, kind], i) => applySignal(m, `2401.${String(i).padStart(5, '0')}`, kind, featurise(p)));
        const page = cards.map(featurise);
        const got = rankPage(m, page).map((r) => r.score);
        referenceScores(m, page).forEach((s, i) => expect(got[i]).toBeCloseTo(s, 12));
      }),
      { numRuns: 200 },
    );
  });
});

describe('model', () => {
  it('ranks papers like the saved ones first, explains with the terms that drove it, and says when it is too early', () => {
    const m = emptyModel();
    applySignal(m, '2401.00001', 'saved', featurise(diffusion));
    expect(readiness(m)).toMatchObject({ ready: false, signals: 1 });
    const full = trained();
    expect(readiness(full)).toEqual({ ready: true });
    const page = [neutral, physics2, diffusion2].map(featurise);
    const r = rankPage(full, page);
    expect(r[2].score).toBeGreaterThan(r[0].score);
    expect(r[2].score).toBeGreaterThan(r[1].score);
    expect(r[1].score).toBeLessThan(0); // like a dismissed paper
    expect(r[2].why).toContain('diffusion');
  });

  it('needs a positive signal before ranking, whatever the count', () => {
    const m = emptyModel();
    for (let i = 0; i < 6; i++) applySignal(m, `2401.0000${i}`, 'ignored', featurise(neutral));
    expect(readiness(m).ready).toBe(false);
  });

  it('"less like this" pushes a paper and its look-alikes down', () => {
    const m = trained();
    const page = [diffusion2, neutral, { title: 'Diffusion for audio generation', summary: 'latent diffusion for sound' }].map(featurise);
    const before = rankPage(m, page);
    applySignal(m, '2401.00009', 'less', page[0]);
    const after = rankPage(m, page);
    expect(after[0].score).toBeLessThan(before[0].score);
    expect(after[2].score).toBeLessThan(before[2].score);
  });

  it('is idempotent per paper and kind, and undo restores the model exactly', () => {
    const m = trained();
    const snapshot = JSON.stringify(m);
    const f = featurise(physics2);
    expect(applySignal(m, '2401.00010', 'dismissed', f)).toBe(true);
    expect(applySignal(m, '2401.00010', 'dismissed', f)).toBe(false);
    expect(hasSignal(m, '2401.00010', 'dismissed')).toBe(true);
    expect(applySignal(m, '2401.00010', 'dismissed', f, true)).toBe(true);
    expect(applySignal(m, '2401.00010', 'dismissed', f, true)).toBe(false);
    expect(JSON.stringify(m)).toBe(snapshot);
  });

  it('stays within its caps and survives a corrupt stored value', () => {
    const m = emptyModel();
    for (let i = 0; i < 300; i++) {
      const words = Array.from({ length: 40 }, (_, k) => `w${i}x${k}q`).join(' ');
      applySignal(m, `2401.${String(i).padStart(5, '0')}`, 'saved', featurise({ title: words }));
    }
    prune(m);
    expect(Object.keys(m.pos).length).toBe(MAX_TERMS);
    expect(JSON.stringify(m).length).toBeLessThan(120_000);
    expect(parseModel({ v: 1, pos: 'nope' })).toEqual(emptyModel());
    expect(parseModel(undefined)).toEqual(emptyModel());
  });
});

describe('momentum', () => {
  it('compares with the visit before this one', () => {
    const since = Date.UTC(2026, 4, 18, 12);
    expect(momentumOf({ id: '2401.00001', state: 'seen', upvotesAtPrevSeen: 16, prevSeenAt: since }, 100)).toEqual({ delta: 84, since, before: 16 });
    expect(momentumOf({ id: '2401.00001', state: 'seen' }, 100)).toBeUndefined();
    expect(momentumOf({ id: '2401.00001', state: 'seen', upvotesAtPrevSeen: 16, prevSeenAt: since }, undefined)).toBeUndefined();
    expect(sinceLabel(since, since + 2 * 86_400_000)).toBe(new Date(since).toLocaleDateString('en', { weekday: 'short' }));
    expect(sinceLabel(since, since + 30 * 86_400_000)).toBe(new Date(since).toLocaleDateString('en', { day: 'numeric', month: 'short' }));
  });
});

describe('background', () => {
  it('applies signals from several tabs at once without losing any, and saves become signals', async () => {
    fakeBrowser.reset();
    const ids = Array.from({ length: 12 }, (_, i) => `2402.${String(i).padStart(5, '0')}`);
    await Promise.all(ids.map((id) => applySignals([{ id, kind: 'ignored', paper: neutral }])));
    let m = parseModel(await forYouModelItem.getValue());
    expect(m.n).toBe(12);
    // A retried message changes nothing.
    expect(await applySignals([{ id: ids[0], kind: 'ignored', paper: neutral }])).toBe(0);
    // Saving an ignored paper takes the "ignored" back.
    await applySignals([{ id: ids[0], kind: 'saved', paper: neutral }]);
    m = parseModel(await forYouModelItem.getValue());
    expect(hasSignal(m, ids[0], 'ignored')).toBe(false);
    expect(hasSignal(m, ids[0], 'saved')).toBe(true);

    const reg = (v: unknown) => ({ v, t: '1700000000000:0000:dev' });
    const rec = (id: string, saved: boolean) => ({ id, saved: reg(saved), meta: reg({ title: 'Diffusion', authors: [] }) });
    const before = { [ids[1]]: rec(ids[1], true) } as unknown as SavedState;
    const after = { [ids[1]]: rec(ids[1], false), [ids[2]]: rec(ids[2], true) } as unknown as SavedState;
    expect(savedSignals(before, after)).toEqual([
      { id: ids[1], kind: 'saved', undo: true, paper: { title: 'Diffusion', summary: undefined, topics: undefined } },
      { id: ids[2], kind: 'saved', undo: false, paper: { title: 'Diffusion', summary: undefined, topics: undefined } },
    ]);
  });
});
