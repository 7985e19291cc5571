// `npm run --silent topics:classify -- file.json` prints only a JSON array, one result per paper, in order.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTagger } from '../../utils/topics';

const root = join(import.meta.dirname, '../..');
const run = (file: string) => spawnSync('npm', ['run', '--silent', 'topics:classify', '--', file], { cwd: root, encoding: 'utf8' });

describe('topics:classify script', () => {
  it('prints one { topics, why } per paper, in order, and nothing else on stdout', () => {
    const papers = [
      { title: 'Holographic superconductors from AdS/CFT', abstract: 'A charged black hole in anti-de Sitter space.' },
      { title: 'Graph neural networks for molecules', keywords: ['message passing', 'drug discovery'] },
      { title: '' },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'pc-topics-')), 'papers.json');
    writeFileSync(file, JSON.stringify(papers));
    const out = execFileSync('npm', ['run', '--silent', 'topics:classify', '--', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const parsed = JSON.parse(out);
    expect(parsed).toHaveLength(3);
    const tagger = createTagger();
    parsed.forEach((r: { topics: string[]; why: Record<string, string[]> }, i: number) => {
      expect(Object.keys(r).sort()).toEqual(['topics', 'why']);
      expect(r).toEqual(tagger.classify(papers[i])); // same code path as the extension
    });
    expect(parsed[0].topics).toContain('hep');
    expect(parsed[2]).toEqual({ topics: [], why: {} });
  }, 60_000);

  it('rejects a file that is not a JSON array with a message and exit code 1', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pc-topics-')), 'bad.json');
    writeFileSync(file, '{"title":"x"}');
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/JSON array/);
  }, 60_000);
});
