// Offline evaluation of the "for you" ranking. Simulates users from the labelled seed papers
// (../shared/topics/dev-labels.json: real titles and abstracts with topics agreed by two annotators):
// one user per topic with at least 6 papers, who saves papers of that topic. Leave-one-out: for every
// paper of the topic, the model learns from up to 8 of the user's other saves plus negatives the user
// would give (15 papers of other topics seen and ignored, 3 dismissed), then ranks a 30-card page: the
// held-out paper and 29 papers the model never saw. We report where the held-out paper lands, against
// the page's own order (a fixed shuffle, as unrelated to the user's interests as HF's order is).
// Usage: npm run rank:eval [-- --json] [-- --no-topics]   (--no-topics: words only, without the tagger's topics)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySignal, emptyModel, featurise, rankPage, type Features, type SignalKind } from '../utils/ranking';
import { createTagger } from '../utils/topics';

interface Labelled { title: string; abstract?: string; topics: string[] }
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const labelsPath = join(root, '../shared/topics/dev-labels.json');
if (!existsSync(labelsPath)) {
  console.error(`rank:eval: no labels at ${labelsPath}`);
  process.exit(1);
}
const papers: Labelled[] = JSON.parse(readFileSync(labelsPath, 'utf8')).papers;

const PAGE = 30;
const SAVES = 8;
const IGNORED = 15;
const DISMISSED = 3;
const MIN_TOPIC = 6;

/** Deterministic PRNG (mulberry32) so every run reports the same figures. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffled<T>(xs: T[], rand: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// The topics a card would carry on the page come from the tagger, as in the content script.
const tagger = createTagger();
const withTopics = !process.argv.includes('--no-topics');
const feats: Features[] = papers.map((p) => featurise({ title: p.title, summary: p.abstract, topics: withTopics ? tagger.classify({ title: p.title, abstract: p.abstract }).topics : [] }));

const counts = new Map<string, number>();
for (const p of papers) for (const t of p.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
const profiles = [...counts].filter(([, n]) => n >= MIN_TOPIC).map(([t]) => t).sort();

interface Row { topic: string; cases: number; model: number; page: number; modelTop20: number; pageTop20: number }
const rows: Row[] = [];
let seed = 1;
for (const topic of profiles) {
  const mine = papers.map((p, i) => (p.topics.includes(topic) ? i : -1)).filter((i) => i >= 0);
  const others = papers.map((_, i) => i).filter((i) => !mine.includes(i));
  const row: Row = { topic, cases: 0, model: 0, page: 0, modelTop20: 0, pageTop20: 0 };
  for (const held of mine) {
    const rand = rng(seed++);
    const saves = shuffled(mine.filter((i) => i !== held), rand).slice(0, SAVES);
    const negs = shuffled(others, rand).slice(0, IGNORED + DISMISSED);
    const m = emptyModel();
    const signal = (i: number, kind: SignalKind) => applySignal(m, `p${i}`, kind, feats[i]);
    saves.forEach((i) => signal(i, 'saved'));
    negs.forEach((i, k) => signal(i, k < DISMISSED ? 'dismissed' : 'ignored'));
    const trained = new Set([...saves, ...negs]);
    const rest = shuffled(papers.map((_, i) => i).filter((i) => i !== held && !trained.has(i)), rand).slice(0, PAGE - 1);
    // The page's own order: the held-out paper at a random place among the others.
    const pageOrder = shuffled([held, ...rest], rand);
    const scores = rankPage(m, pageOrder.map((i) => feats[i])).map((r) => r.score);
    const heldScore = scores[pageOrder.indexOf(held)];
    // Ties count against the model: the held-out paper ranks below every card scoring the same.
    const modelRank = scores.filter((s) => s >= heldScore).length;
    const pageRank = pageOrder.indexOf(held) + 1;
    row.cases++;
    row.model += modelRank / PAGE;
    row.page += pageRank / PAGE;
    if (modelRank <= PAGE * 0.2) row.modelTop20++;
    if (pageRank <= PAGE * 0.2) row.pageTop20++;
  }
  rows.push(row);
}

const total = rows.reduce((a, r) => ({ cases: a.cases + r.cases, model: a.model + r.model, page: a.page + r.page, modelTop20: a.modelTop20 + r.modelTop20, pageTop20: a.pageTop20 + r.pageTop20 }), { cases: 0, model: 0, page: 0, modelTop20: 0, pageTop20: 0 });
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const summary = {
  users: rows.length,
  cases: total.cases,
  pageSize: PAGE,
  meanRelativeRank_model: +(total.model / total.cases).toFixed(3),
  meanRelativeRank_pageOrder: +(total.page / total.cases).toFixed(3),
  inTop20_model: +(total.modelTop20 / total.cases).toFixed(3),
  inTop20_pageOrder: +(total.pageTop20 / total.cases).toFixed(3),
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  console.log(`"For you" leave-one-out over ${rows.length} simulated users (one per topic with ≥ ${MIN_TOPIC} papers), ${total.cases} held-out saves, ${PAGE}-card pages.`);
  console.log('Relative rank = rank of the held-out saved paper / page size (lower is better; 0.5 = chance).\n');
  console.log('topic              cases  model  page   model top-20%  page top-20%');
  for (const r of rows) console.log(`${r.topic.padEnd(18)} ${String(r.cases).padStart(5)}  ${(r.model / r.cases).toFixed(2)}   ${(r.page / r.cases).toFixed(2)}   ${pct(r.modelTop20 / r.cases).padStart(13)}  ${pct(r.pageTop20 / r.cases).padStart(12)}`);
  console.log(`\nmean relative rank: model ${summary.meanRelativeRank_model}, page order ${summary.meanRelativeRank_pageOrder} (target ≤ 0.2)`);
  console.log(`held-out paper in the top 20%: model ${pct(summary.inTop20_model)}, page order ${pct(summary.inTop20_pageOrder)}`);
}
