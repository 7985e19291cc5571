// Topic tagger throughput in Node: title + abstract of the fixture papers (real page text), default taxonomy.
// The tagger is compiled once, as on a page; the figure is the median of several timed rounds after warm-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTagger } from '../utils/topics';

export default async function run(): Promise<Record<string, number>> {
  const file = join(import.meta.dirname, '../tests/fixtures/data/seed-papers.json');
  const papers: Array<{ title: string; abstract?: string }> = JSON.parse(readFileSync(file, 'utf8')).papers;
  const inputs = papers.map((p) => ({ title: p.title, abstract: p.abstract }));
  const tagger = createTagger();
  let sink = 0;
  const round = (minMs: number) => {
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      for (const p of inputs) sink += tagger.classify(p).topics.length;
      n += inputs.length;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    return (n / elapsed) * 1000;
  };
  round(300); // warm-up: JIT and the token cache
  const rates = Array.from({ length: 5 }, () => round(200)).sort((a, b) => a - b);
  if (sink < 0) console.error(sink);
  return { classify_papers_per_s: Math.round(rates[2]) };
}
