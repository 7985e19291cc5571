// Tags papers from a JSON file with the same tagger the extension uses (default taxonomy, no user edits).
// Usage: npm run --silent topics:classify -- papers.json
// Input: [{ "title": string, "abstract"?: string, "keywords"?: string[] }, …]
// Output (stdout, JSON only): [{ "topics": string[], "why": { "<topic>": string[] } }, …] in input order.
import { readFileSync } from 'node:fs';
import { createTagger } from '../utils/topics';

function fail(message: string): never {
  process.stderr.write(`topics:classify: ${message}\n`);
  process.exit(1);
}

const file = process.argv.slice(2).find((a) => a !== '--');
if (!file) fail('give a JSON file: npm run --silent topics:classify -- papers.json');
let papers: unknown;
try {
  papers = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
if (!Array.isArray(papers)) fail('the file must hold a JSON array of { title, abstract?, keywords? }');

const tagger = createTagger();
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const out = papers.map((raw, i) => {
  const p = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (typeof p.title !== 'string') process.stderr.write(`topics:classify: item ${i} has no string title; tagging what is there\n`);
  const keywords = Array.isArray(p.keywords) ? p.keywords.filter((k): k is string => typeof k === 'string') : undefined;
  const r = tagger.classify({ title: str(p.title) ?? '', abstract: str(p.abstract), keywords });
  return { topics: r.topics, why: r.why };
});
process.stdout.write(JSON.stringify(out) + '\n');
