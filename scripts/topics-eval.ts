// Scores the topic tagger on the shared dev labels: precision against topics ∪ alsoAcceptable, recall against
// topics, micro-F1, per-topic figures and coverage. Also splits the papers by the seed capture they come
// from: the lexicon was tuned looking only at the "tune" split (seed 001); the "held-out" split (papers only
// in seeds 000/002) was never inspected, so its figure estimates how the tagger does on unseen papers.
// Usage: npm run topics:eval [-- --errors]   (--errors lists mistakes on the tune split only)
//        npm run topics:eval -- --file tests/fixtures/topics-check.json   (another labelled file, scored as a whole;
//        its errors are never listed, so it stays an independent check)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTagger } from '../utils/topics';

interface Labelled { title: string; abstract?: string; keywords?: string[]; topics: string[]; alsoAcceptable?: string[] }

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const fileArg = process.argv.indexOf('--file');
const otherFile = fileArg >= 0 ? process.argv[fileArg + 1] : undefined;
if (fileArg >= 0 && !otherFile) {
  console.error('topics:eval: --file needs a path to a labelled JSON file ({ papers: [{ title, abstract, topics, alsoAcceptable }] }).');
  process.exit(1);
}
const labelsPath = otherFile ? resolve(process.cwd(), otherFile) : join(shared, 'topics/dev-labels.json');
if (!existsSync(labelsPath)) {
  console.error(`topics:eval: no labels at ${labelsPath}${otherFile ? '' : ' (expected ../shared/topics/dev-labels.json next to the repo)'}.`);
  process.exit(1);
}
const papers: Labelled[] = JSON.parse(readFileSync(labelsPath, 'utf8')).papers;

// Which seed capture each paper comes from (by title), for the held-out split.
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const seedDir = join(shared, 'seeds');
const seeds = existsSync(seedDir) ? readdirSync(seedDir).sort().map((f) => ({ name: f, text: norm(readFileSync(join(seedDir, f), 'utf8')) })) : [];
const TUNE_SEED = '001_';
const splitOf = (p: Labelled): 'tune' | 'held-out' | 'unknown' => {
  if (otherFile) return 'unknown';
  const hits = seeds.filter((s) => s.text.includes(norm(p.title))).map((s) => s.name);
  if (!hits.length) return 'unknown';
  return hits.some((h) => h.startsWith(TUNE_SEED)) ? 'tune' : 'held-out';
};

const tagger = createTagger();
const ids = tagger.topics.map((t) => t.id);

interface Tally { tp: number; fp: number; fn: number; n: number; covered: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, n: 0, covered: 0 });
const splits: Record<string, Tally> = { all: tally(), tune: tally(), 'held-out': tally(), unknown: tally() };
const perTopic = new Map(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0, support: 0 }]));
const showErrors = process.argv.includes('--errors');
const errors: string[] = [];

for (const p of papers) {
  const got = tagger.classify({ title: p.title, abstract: p.abstract, keywords: p.keywords }).topics;
  const ok = new Set([...p.topics, ...(p.alsoAcceptable ?? [])]);
  const split = splitOf(p);
  for (const s of [splits.all, splits[split]]) {
    s.n++;
    if (got.length) s.covered++;
    for (const t of got) ok.has(t) ? s.tp++ : s.fp++;
    for (const t of p.topics) if (!got.includes(t)) s.fn++;
  }
  for (const t of got) { const r = perTopic.get(t)!; ok.has(t) ? r.tp++ : r.fp++; }
  for (const t of p.topics) { const r = perTopic.get(t); if (r) { r.support++; if (!got.includes(t)) r.fn++; } }
  const wrong = got.some((t) => !ok.has(t)) || p.topics.some((t) => !got.includes(t));
  if (showErrors && wrong && split === 'tune') {
    errors.push(`- ${p.title.slice(0, 90)}\n    got ${got.join(',') || '∅'}  want ${p.topics.join(',')}${p.alsoAcceptable?.length ? ` (+${p.alsoAcceptable.join(',')})` : ''}`);
  }
}

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) : '    -');
const prf = (t: { tp: number; fp: number; fn: number }) => {
  const p = t.tp / (t.tp + t.fp);
  const r = t.tp / (t.tp + t.fn);
  return { p, r, f: (2 * p * r) / (p + r) };
};

console.log(`Topic tagger on ${otherFile ?? 'dev labels'} (precision vs topics ∪ alsoAcceptable, recall vs topics)\n`);
console.log('split       papers  precision  recall  micro-F1  coverage');
for (const [name, s] of Object.entries(splits)) {
  if (!s.n || (otherFile && name !== 'all')) continue;
  const m = prf(s);
  console.log(`${name.padEnd(10)}  ${String(s.n).padStart(6)}  ${pct(m.p)}%    ${pct(m.r)}%  ${pct(m.f)}%   ${pct(s.covered / s.n)}%`);
}
console.log('\ntopic              support  precision  recall');
for (const [id, t] of perTopic) {
  if (!t.support && !t.tp && !t.fp) continue;
  const m = prf(t);
  console.log(`${id.padEnd(18)} ${String(t.support).padStart(7)}  ${pct(m.p)}%    ${pct(m.r)}%   (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
}
if (!otherFile) console.log(`\nheld-out method: lexicon tuned looking only at errors on papers from seed ${TUNE_SEED}*; "held-out" = papers only in the other seed captures, never inspected.`);
if (showErrors) console.log(`\nErrors on the tune split (${errors.length}):\n${errors.join('\n')}`);
