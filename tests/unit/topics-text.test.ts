// The tagger's word folding: British spellings meet the lexicon's American ones, other words stay as they are.
import { describe, expect, it } from 'vitest';
import { fold, stem } from '../../utils/topics/text';

describe('fold and stem', () => {
  it('fold British -ise, -isation and -yse spellings to z', () => {
    const pairs: Array<[string, string]> = [
      ['generalised', 'generalized'], ['optimiser', 'optimizer'], ['optimisers', 'optimizers'], ['quantisation', 'quantization'],
      ['magnetisations', 'magnetizations'], ['characterising', 'characterizing'], ['parametrised', 'parametrized'],
      ['recognise', 'recognize'], ['utilises', 'utilizes'], ['synthesised', 'synthesized'], ['tokeniser', 'tokenizer'],
      ['memorised', 'memorized'], ['organisation', 'organization'], ['analysed', 'analyzed'], ['catalyses', 'catalyzes'],
    ];
    for (const [british, american] of pairs) {
      expect(fold(british)).toBe(american);
      expect(stem(british)).toBe(stem(american));
    }
  });

  it('leave words whose -ise is not a British spelling alone', () => {
    for (const w of ['arise', 'arises', 'rise', 'noise', 'promise', 'promised', 'compromised', 'precise', 'concise', 'supervised', 'advertised', 'revised', 'devised', 'exercise', 'expertise', 'otherwise', 'surprise', 'comprised', 'raised', 'mises', 'analysis', 'probabilistic', 'optimistic']) {
      expect(fold(w)).toBe(w);
    }
  });

  it('fold accents and plurals as before', () => {
    expect(stem('schrödinger')).toBe('schrodinger');
    expect(stem('holes')).toBe('hole');
    expect(stem('studies')).toBe('study');
    expect(fold('transformers')).toBe('transformers');
  });
});
