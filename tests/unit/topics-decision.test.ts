// The tagger's decision layer: the tagger's fast path computes what training computes, the layer drops a second
// topic the rules chose on a borrowed word and keeps the rules' lead, and training is deterministic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinLearned, createTagger, topicSpecs } from '../../utils/topics';
import { BLOCKERS } from '../../utils/topics/lexicon';
import { compileTagger } from '../../utils/topics/tagger';
import { DECISION_FEATURES, compileDecision, decisionRow, trainDecision, type Candidate } from '../../utils/topics/decision';
import weights from '../../utils/topics/learned-weights.json';
import type { LearnedWeights } from '../../utils/topics/learned';
import { applyCorrection } from '../../utils/topics/corrections';

const seedPapers: Array<{ title: string; abstract: string }> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/data/seed-papers.json'), 'utf8'),
).papers;
const w = weights as LearnedWeights;
const model = builtinLearned()!;

// Made up for this test: a learning-theory paper whose words about compute budgets the rules also read as efficiency.
const scalingTheory = {
  title: 'Scaling laws from the spectrum of the data covariance',
  abstract:
    'We derive compute-optimal scaling laws for a random-feature model trained with gradient descent when the data covariance has a power-law spectrum. The loss decomposes into terms set by model size, dataset size and training time, and the optimal allocation of a fixed compute budget follows in closed form. The predicted exponents agree with experiments on small transformers, and explain why larger models are more sample-efficient.',
};

describe('decision layer of the topic tagger', () => {
  it('ships with the learned layer, and its fast path computes the weights · features that training fits', () => {
    expect(w.decision?.w.length).toBe(DECISION_FEATURES.length + w.topics.length + w.topics.length ** 2);
    expect(model.decision).toBeDefined();
    const decision = compileDecision(w.decision, w.topics.length)!;
    const tagger = compileTagger(topicSpecs(undefined), BLOCKERS, undefined, { learned: model });
    let seen = 0;
    for (const p of seedPapers) {
      for (const { candidate } of tagger.candidates(p)) {
        const row = decisionRow(candidate, w.topics.length);
        const dot = row.reduce((z, x, j) => z + x * w.decision!.w[j]!, 0);
        expect(decision.logOdds(candidate)).toBeCloseTo(dot, 9);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(seedPapers.length);
  });

  it('drops a second topic the rules read from words of another subject, and keeps the lead topic and the chips explained', () => {
    const rules = createTagger({ learned: null });
    const tagger = createTagger();
    expect(rules.classify(scalingTheory).topics).toEqual(['theory', 'efficiency']);
    expect(tagger.classify(scalingTheory).topics).toEqual(['theory']);
    for (const p of seedPapers) {
      const base = rules.classify(p).topics;
      const r = tagger.classify(p);
      expect(r.topics[0], p.title).toBe(base[0]);
      expect(r.topics.length).toBeLessThanOrEqual(3);
      for (const t of r.topics) expect(r.why[t]!.length, `${p.title}: ${t}`).toBeGreaterThan(0);
    }
  });

  it("never drops a topic the user's corrections nudged onto a similar paper", () => {
    // A decision layer that would drop every second topic: only the user's nudge keeps "efficiency".
    const dropAll = { ...model, decision: { logOdds: () => -10, logOddsOf: () => -10 } };
    expect(createTagger({ learned: null }).classify(scalingTheory).topics).toEqual(['theory', 'efficiency']);
    expect(createTagger({ learned: dropAll }).classify(scalingTheory).topics).toEqual(['theory']);
    const corrected = { ...scalingTheory, id: '2601.00001' };
    const similar = { ...scalingTheory, id: '2601.00002', title: 'Compute-optimal scaling laws from the data spectrum' };
    const c = applyCorrection({}, corrected, 'efficiency', 'add');
    expect(createTagger({ learned: dropAll, corrections: c }).classify(similar).topics).toContain('efficiency');
  });

  // Made up for this test: "primordial black holes" is an astro phrase that takes the words hep reads in "black holes".
  it('weighs a topic whose phrase lost its words to a longer one (hep under "primordial black holes"), and still keeps audio out of "audio-driven"', () => {
    const pbh = {
      title: 'Pulsar timing hints at primordial black holes as dark matter',
      abstract: 'The nanohertz gravitational-wave background seen by pulsar timing arrays could be sourced by the formation of primordial black holes that make up the dark matter. We fit the spectrum and find that primordial black holes of asteroid mass remain allowed.',
    };
    const tagger = compileTagger(topicSpecs(undefined), BLOCKERS, undefined, { learned: model });
    const hep = tagger.candidates(pbh).find((c) => c.id === 'hep')?.candidate;
    expect(hep).toMatchObject({ lost: true, chosen: false });
    expect(createTagger({ learned: null }).classify(pbh).topics).toEqual(['astro']);
    const r = createTagger().classify(pbh);
    expect(r.topics).toEqual(['astro', 'hep']);
    expect(r.why.hep).toEqual(expect.arrayContaining(['dark matter']));
    const talkingHead = {
      title: 'Audio-driven talking head generation with diffusion models',
      abstract: 'Given a portrait and a speech clip, our diffusion model generates a video whose lip motion matches the audio.',
    };
    expect(createTagger().classify(talkingHead).topics).not.toContain('audio');
  });

  it('trains deterministically, and learns to trust the rules and the word model', () => {
    const base: Candidate = {
      score: 4, firm: 4, maxScore: 8, maxFirm: 8, distinct: 2, titleBest: 0, shut: false, lost: false, sameFamily: true, otherFamily: false,
      best: false, chosen: true, nChosen: 2, logOdds: 0, topic: 0, lead: 1,
    };
    const examples = [
      ...[2, 3, 4].map((lo) => ({ candidate: { ...base, logOdds: lo }, target: 1 })),
      ...[-2, -3, -4].map((lo) => ({ candidate: { ...base, logOdds: lo }, target: 0 })),
      ...[1, 2].map((t) => ({ candidate: { ...base, chosen: false, logOdds: -1, topic: t }, target: 0 })),
    ];
    const opts = { l2: 1, steps: 100, learningRate: 0.05 };
    const a = trainDecision(examples, 3, opts);
    expect(trainDecision(examples, 3, opts)).toEqual(a);
    const d = compileDecision(a, 3)!;
    expect(d.logOdds({ ...base, logOdds: 3 })).toBeGreaterThan(0);
    expect(d.logOdds({ ...base, logOdds: -3 })).toBeLessThan(0);
    // Weights for another number of topics, or another version, are refused.
    expect(compileDecision(a, 4)).toBeUndefined();
    expect(compileDecision({ ...a, version: -1 }, 3)).toBeUndefined();
  });

  it('reads the pair of lead topic and second topic: one indicator for a topic that is not the lead, none for the lead', () => {
    const base: Candidate = {
      score: 4, firm: 4, maxScore: 8, maxFirm: 8, distinct: 2, titleBest: 0, shut: false, lost: false, sameFamily: false, otherFamily: false,
      best: false, chosen: true, nChosen: 2, logOdds: 0, topic: 2, lead: 1,
    };
    const at = (row: Float64Array) => [...row.keys()].filter((j) => j >= DECISION_FEATURES.length + 3 && row[j]);
    // Topic 2 next to lead 1 of 3 topics: the pair block starts after the features and the 3 topic indicators.
    expect(at(decisionRow(base, 3))).toEqual([DECISION_FEATURES.length + 3 + 1 * 3 + 2]);
    expect(at(decisionRow({ ...base, topic: 1, best: true }, 3))).toEqual([]);
    expect(at(decisionRow({ ...base, lead: -1 }, 3))).toEqual([]);
    // Annotators who give topic 2 next to lead 1 but not next to lead 0: the layer learns the pair.
    const examples = [0, 1].flatMap((lead) => Array.from({ length: 6 }, () => ({ candidate: { ...base, lead }, target: lead === 1 ? 1 : 0 })));
    const d = compileDecision(trainDecision(examples, 3, { l2: 1, steps: 200, learningRate: 0.05 }), 3)!;
    expect(d.logOdds({ ...base, lead: 1 })).toBeGreaterThan(0);
    expect(d.logOdds({ ...base, lead: 0 })).toBeLessThan(0);
  });
});
