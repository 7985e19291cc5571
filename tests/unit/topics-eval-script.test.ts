// `npm run topics:eval -- --file labelled.json` scores any labelled file: precision against topics ∪ alsoAcceptable,
// recall against topics, and coverage, in one "all" row.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTagger } from '../../utils/topics';

const root = join(import.meta.dirname, '../..');
const run = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'topics:eval', '--', ...args], { cwd: root, encoding: 'utf8' });

describe('topics:eval script', () => {
  it('scores a labelled file given with --file, with the same tagger as the extension', () => {
    const papers = [
      { title: 'Holographic entanglement entropy of black holes in AdS/CFT', abstract: 'Quantum extremal surfaces in anti-de Sitter space.', topics: ['hep', 'math'] },
      { title: 'Graph neural networks for drug discovery', abstract: 'Message passing on molecular graphs predicts binding.', topics: ['geometric'], alsoAcceptable: ['science'] },
    ];
    // Expected figures from the tagger itself: precision against topics ∪ alsoAcceptable, recall against topics.
    const tagger = createTagger();
    let tp = 0, fp = 0, fn = 0;
    for (const p of papers) {
      const got = tagger.classify(p).topics;
      const ok = new Set([...p.topics, ...(p.alsoAcceptable ?? [])]);
      for (const t of got) if (ok.has(t)) tp++; else fp++;
      for (const t of p.topics) if (!got.includes(t)) fn++;
    }
    expect(fn).toBeGreaterThan(0); // 'math' is not what these papers are about: recall must show it
    const pct = (x: number) => (100 * x).toFixed(1);
    const [P, R] = [tp / (tp + fp), tp / (tp + fn)];
    const file = join(mkdtempSync(join(tmpdir(), 'pc-topics-')), 'labelled.json');
    writeFileSync(file, JSON.stringify({ papers }));
    const r = run('--file', file);
    expect(r.status).toBe(0);
    const row = r.stdout.split('\n').find((l) => l.startsWith('all'))!.trim().split(/\s+/);
    expect(row).toEqual(['all', '2', `${pct(P)}%`, `${pct(R)}%`, `${pct((2 * P * R) / (P + R))}%`, '100.0%']);
    expect(r.stdout).not.toMatch(/^(tune|held-out)\s/m);
  }, 60_000);

  it('says what it needs when --file has no path or the file is missing', () => {
    const noPath = run('--file');
    expect(noPath.status).toBe(1);
    expect(noPath.stderr).toMatch(/--file needs a path/);
    const missing = run('--file', join(tmpdir(), 'pc-no-such-labels.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no labels at .*pc-no-such-labels\.json/);
  }, 60_000);
});
