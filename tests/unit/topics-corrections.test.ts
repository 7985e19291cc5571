// Chip corrections: they stick to their paper, nudge similar papers the same way, and leave others alone.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTagger } from '../../utils/topics';
import { MAX_CORRECTED_PAPERS, applyCorrection, clearCorrection, paperFingerprint, parseCorrections, type Corrections } from '../../utils/topics/corrections';
import { topicCorrectionsItem } from '../../utils/topics/storage';

const paper = {
  id: '2601.00001',
  title: 'Neural network quantum states for frustrated spin liquids',
  abstract: 'We train a neural network quantum state with variational Monte Carlo on the kagome Heisenberg antiferromagnet and find a gapless spin liquid ground state.',
};
// Same subject, different paper.
const similar = {
  id: '2601.00002',
  title: 'Neural quantum states for frustrated spin liquids on the triangular lattice',
  abstract: 'A neural network quantum state trained with variational Monte Carlo finds a spin liquid ground state of the triangular Heisenberg antiferromagnet.',
};
const unrelated = {
  id: '2601.00003',
  title: 'Weak lensing constraints on dark energy',
  abstract: 'We analyse galaxy shear from a sky survey and constrain the dark energy equation of state with cosmological simulations.',
};

describe('topic corrections', () => {
  it('a removed chip stays removed and an added chip stays added on that paper', () => {
    const before = createTagger().classify(paper).topics;
    expect(before).toContain('condmat');
    let c: Corrections = applyCorrection({}, paper, 'condmat', 'remove');
    c = applyCorrection(c, paper, 'math', 'add');
    const r = createTagger({ corrections: c }).classify(paper);
    expect(r.topics).not.toContain('condmat');
    expect(r.topics).toContain('math');
    expect(r.why.math).toBeDefined();
    expect(c[paper.id]).toMatchObject({ added: ['math'], removed: ['condmat'] });
  });

  it('adding back a removed chip flips the correction; clearing forgets the paper', () => {
    let c = applyCorrection({}, paper, 'condmat', 'remove');
    c = applyCorrection(c, paper, 'condmat', 'add');
    expect(c[paper.id]).toMatchObject({ added: ['condmat'], removed: [] });
    expect(clearCorrection(c, paper.id)).toEqual({});
  });

  it('nudges a similar paper the same way, and leaves an unrelated paper alone', () => {
    const plain = createTagger();
    expect(plain.classify(similar).topics).not.toContain('statmech');
    const c = applyCorrection({}, paper, 'statmech', 'add');
    const nudged = createTagger({ corrections: c });
    expect(nudged.classify(similar).topics).toContain('statmech');
    expect(nudged.classify(unrelated)).toEqual(plain.classify(unrelated));
  });

  it('a removal nudges a similar paper away from that topic', () => {
    const plain = createTagger();
    expect(plain.classify(similar).topics).toContain('quantum');
    const c = applyCorrection({}, paper, 'quantum', 'remove');
    expect(createTagger({ corrections: c }).classify(similar).topics).not.toContain('quantum');
  });

  it('fingerprints are small, deterministic and lead with title words', () => {
    const fp = paperFingerprint(paper);
    expect(fp.length).toBeLessThanOrEqual(24);
    expect(paperFingerprint(paper)).toEqual(fp);
    for (const w of ['neural', 'network', 'quantum', 'state', 'frustrated', 'spin', 'liquid']) expect(fp).toContain(w);
    expect(fp).not.toContain('the');
  });

  it('keeps at most MAX_CORRECTED_PAPERS papers, dropping the oldest', () => {
    let c: Corrections = {};
    for (let i = 0; i <= MAX_CORRECTED_PAPERS; i++) c = applyCorrection(c, { id: `p${i}`, title: 'Graphene' }, 'hep', 'add', 1000 + i);
    expect(Object.keys(c)).toHaveLength(MAX_CORRECTED_PAPERS);
    expect(c.p0).toBeUndefined();
    expect(c[`p${MAX_CORRECTED_PAPERS}`]).toBeDefined();
  });

  it('repairs a bad stored value, keeping the readable entries', async () => {
    const good = applyCorrection({}, paper, 'hep', 'add');
    await fakeBrowser.storage.local.set({ topicCorrections: { ...good, broken: { added: 'x' } } });
    const { corrections, dropped } = parseCorrections(await topicCorrectionsItem.getValue());
    expect(corrections).toEqual(good);
    expect(dropped).toBe(1);
    expect(parseCorrections('nonsense')).toEqual({ corrections: {}, dropped: 1 });
  });
});
