// Topic tagger throughput in Node: title + abstract of the fixture papers (real page text), default taxonomy.
// The tagger is compiled once, as on a page; the figure is the median of several rounds after warm-up, timed in
// process CPU time so that other work on a shared machine does not distort it (wall-clock is reported alongside).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTagger } from '../utils/topics';

export default async function run(): Promise<Record<string, number>> {
  const file = join(import.meta.dirname, '../tests/fixtures/data/seed-papers.json');
  const papers: Array<{ title: string; abstract?: string }> = JSON.parse(readFileSync(file, 'utf8')).papers;
  const inputs = papers.map((p) => ({ title: p.title, abstract: p.abstract }));
  const tagger = createTagger();
  let sink = 0;
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const round = (minMs: number) => {
    let n = 0;
    const cpu0 = cpuMs();
    const wall0 = performance.now();
    do {
      for (const p of inputs) sink += tagger.classify(p).topics.length;
      n += inputs.length;
    } while (cpuMs() - cpu0 < minMs);
    return { cpu: (n / (cpuMs() - cpu0)) * 1000, wall: (n / (performance.now() - wall0)) * 1000 };
  };
  round(300); // warm-up: JIT and the token cache
  const rounds = Array.from({ length: 5 }, () => round(200));
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[2];
  if (sink < 0) console.error(sink);
  return {
    classify_papers_per_s: Math.round(median(rounds.map((r) => r.cpu))),
    classify_papers_per_s_wall: Math.round(median(rounds.map((r) => r.wall))),
  };
}
