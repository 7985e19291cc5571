// The tagger's learned layer: trained from the tuning sets alone, read the same way in training and in the tagger,
// and only ever adding a topic the phrases found evidence for.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinLearned, createTagger, defaultTopics } from '../../utils/topics';
import { compileLearned, learnedFeatures, featureScale, sigmoid, type LearnedModel, type LearnedWeights } from '../../utils/topics/learned';
import { TRAIN_DEFAULTS, trainLearned } from '../../utils/topics/learned-train';
import weights from '../../utils/topics/learned-weights.json';
import { externalRecord, externalSets, inputsHash, trainingSets } from '../../scripts/topics-training-sets';

const seedPapers: Array<{ title: string; abstract: string }> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/data/seed-papers.json'), 'utf8'),
).papers;
const topicIds = defaultTopics().map((t) => t.id);
const model = builtinLearned()!;

// Made up for these tests: papers whose second topic the phrase rules alone leave out.
const agentTrainedWithRl = {
  title: 'Teaching terminal agents to fix builds',
  abstract:
    'We train coding agents that operate a shell to repair failing builds. The agents are trained with reinforcement learning against rewards from the test suite, over thousands of containerized repositories. The trained agent resolves 41% of held-out build failures, up from 23% for the same model prompted with tool documentation.',
};
const optimizerForLlms = {
  title: 'Orthogonalized updates for stable optimizer scaling',
  abstract:
    'We study how orthogonalized optimizers behave as models grow. Pretraining transformer language models from 100M to 3B parameters, we find that matching update norms across layers removes most of the tuning needed when the width changes, and that weight decay must scale with it. Perplexity improves over AdamW at every size.',
};

describe('learned layer of the topic tagger', () => {
  it('ships weights trained on the current tuning sets, features and settings (else: npm run topics:train)', () => {
    const w = weights as LearnedWeights;
    expect(w.topics).toEqual(topicIds);
    // External sets (real papers kept out of the repository) count by the digest the weights recorded.
    const sets = [...trainingSets(), ...(w.external ?? [])];
    expect(w.inputs, 'utils/topics/learned-weights.json is stale: run npm run topics:train').toBe(inputsHash(sets, topicIds, TRAIN_DEFAULTS));
    expect(model).not.toBeNull();
    // Trained on tuning sets only: the check sets keep measuring papers the tagger never saw.
    expect(sets.map((s) => s.name).filter((n) => !/^topics-.*tune.*\.json$/.test(n) || /check/.test(n))).toEqual([]);
  });

  it('refuses weights trained on other features', () => {
    expect(compileLearned({ ...(weights as LearnedWeights), featuresVersion: -1 })).toBeUndefined();
  });

  it('reads a paper inside the tagger exactly as training reads its text', () => {
    // The tagger hands the model word ids from its own pass over the text; training reads the text itself.
    const seen: Float64Array[] = [];
    const spy: LearnedModel = { ...model, logOdds: (...args) => { const z = model.logOdds(...args); seen.push(z.map(sigmoid)); return z; } };
    const tagger = createTagger({ learned: spy });
    const terms = new Map(Object.entries((weights as LearnedWeights).terms));
    for (const p of seedPapers) {
      seen.length = 0;
      tagger.classify(p);
      const fromText = model.probabilities(p);
      if (seen.length) expect(Array.from(seen[0]!)).toEqual(Array.from(fromText));
      // …and the text path is the weights applied to learnedFeatures.
      const { features, count } = learnedFeatures(p);
      const z = (weights as LearnedWeights).bias.slice();
      for (const f of features) {
        const row = terms.get(f) ?? [];
        for (let i = 0; i < row.length; i += 2) z[row[i]!]! += (row[i + 1]! / 1000) * featureScale(count);
      }
      z.forEach((v, t) => expect(fromText[t]).toBeCloseTo(sigmoid(v), 9));
    }
  });

  it('adds the second topic an agent trained with RL, or an optimizer tested on LLMs, has', () => {
    const rules = createTagger({ learned: null });
    const tagger = createTagger();
    expect(rules.classify(agentTrainedWithRl).topics).not.toContain('rl');
    const agent = tagger.classify(agentTrainedWithRl);
    expect(agent.topics[0]).toBe('agents');
    expect(agent.topics).toContain('rl');
    // The chip explains itself with words of the paper.
    expect(agent.why.rl).toContain('reinforcement learning');
    expect(rules.classify(optimizerForLlms).topics).toEqual(['optimization']);
    expect(tagger.classify(optimizerForLlms).topics).toEqual(['optimization', 'llm']);
  });

  it('never adds a hidden topic, a topic without matched phrases, or a fourth topic', () => {
    const hidden = createTagger({ edits: { builtin: { rl: { hidden: true } } } as never });
    expect(hidden.classify(agentTrainedWithRl).topics).not.toContain('rl');
    const rules = createTagger({ learned: null });
    // The word model alone (weights without a decision layer) only adds; the decision layer is tested on its own.
    const tagger = createTagger({ learned: { ...model, decision: undefined } });
    for (const p of seedPapers) {
      const r = tagger.classify(p);
      expect(r.topics.length).toBeLessThanOrEqual(3);
      // The rules' topics come first and stay; an added topic has terms that are in the paper.
      const base = rules.classify(p).topics;
      expect(r.topics.slice(0, base.length)).toEqual(base);
      for (const t of r.topics.slice(base.length)) expect(r.why[t]!.length, `${p.title}: ${t}`).toBeGreaterThan(0);
    }
  });

  it('trains deterministically and learns which words go with which topic', () => {
    const papers = [
      ...['qubit error correction codes', 'surface code qubit decoding', 'entangled qubit gates'].map((title) => ({ title, topics: ['quantum'] })),
      ...['galaxy cluster survey', 'galaxy rotation curves', 'redshift survey of galaxy pairs'].map((title) => ({ title, topics: ['astro'] })),
    ];
    const opts = { ...TRAIN_DEFAULTS, steps: 50, prune: 0.01 };
    const a = trainLearned(papers, ['quantum', 'astro'], 'test', opts);
    expect(trainLearned(papers, ['quantum', 'astro'], 'test', opts)).toEqual(a);
    const m = compileLearned(a)!;
    const [q, s] = m.probabilities({ title: 'a new qubit code' });
    expect(q).toBeGreaterThan(s!);
    const [q2, s2] = m.probabilities({ title: 'galaxy survey data' });
    expect(s2).toBeGreaterThan(q2!);
  });

  it('ties the weights to external sets by their digest, and to the rules whatever sets they had', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-external-'));
    try {
      const file = (papers: unknown[]) => JSON.stringify({ note: 'real papers', papers });
      writeFileSync(join(dir, 'topics-tune-real-1.json'), file([{ title: 'A', abstract: 'x', topics: ['hep'] }]));
      writeFileSync(join(dir, 'notes.json'), '{}');
      const [set, ...rest] = externalSets(dir);
      expect(rest).toEqual([]);
      expect(set).toMatchObject({ name: 'topics-tune-real-1.json', external: true, papers: [{ title: 'A' }] });
      const record = externalRecord(set!);
      expect(record).toEqual({ name: 'topics-tune-real-1.json', papers: 1, digest: set!.digest });
      // The record stands for the text in the hash; another text (one label changed) is another hash.
      const hash = inputsHash([...trainingSets(), record], topicIds, TRAIN_DEFAULTS);
      expect(hash).toBe(inputsHash([...trainingSets(), set!], topicIds, TRAIN_DEFAULTS));
      writeFileSync(join(dir, 'topics-tune-real-1.json'), file([{ title: 'A', abstract: 'x', topics: ['astro'] }]));
      expect(inputsHash([...trainingSets(), externalSets(dir)[0]!], topicIds, TRAIN_DEFAULTS)).not.toBe(hash);
      // A set must not pass for a committed one.
      writeFileSync(join(dir, 'topics-tune-own.json'), file([]));
      expect(() => externalSets(dir)).toThrow(/name of a committed one/);
      expect(() => externalSets(join(dir, 'nowhere'))).toThrow(/no directory/);
      expect(externalSets('')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
