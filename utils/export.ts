// Export saved items as BibTeX, a Markdown list, or our versioned JSON. Pure: records in, text out.
import { noteOf, savedAt, type SavedRecord } from './saved/model';

export const EXPORT_FORMAT = 'papers-companion/saved';
export const EXPORT_VERSION = 1;

/** One saved item in our JSON export: everything needed to restore it (lossless for the user's data). */
export interface ExportedItem {
  id: string;
  title: string;
  authors: string[];
  publishedAt?: string;
  topics: string[];
  summary?: string;
  note: string;
  /** ISO time the item was saved. */
  savedAt: string;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  items: ExportedItem[];
}

export const hfUrl = (id: string) => `https://huggingface.co/papers/${id}`;
export const arxivUrl = (id: string) => `https://arxiv.org/abs/${id}`;

/** Year of publication: from the published date, else from the arXiv id (YYMM.nnnnn). */
export function paperYear(id: string, publishedAt?: string): string {
  const y = publishedAt?.match(/^(\d{4})/)?.[1];
  return y ?? `20${id.slice(0, 2)}`;
}

export function toExportItem(rec: SavedRecord): ExportedItem {
  const m = rec.meta.v;
  const item: ExportedItem = {
    id: rec.id,
    title: m.title,
    authors: m.authors,
    topics: m.topics ?? [],
    note: noteOf(rec),
    savedAt: new Date(savedAt(rec)).toISOString(),
  };
  if (m.publishedAt) item.publishedAt = m.publishedAt;
  if (m.summary) item.summary = m.summary;
  return item;
}

export function toJson(records: SavedRecord[], now = new Date()): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    items: records.map(toExportItem),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

// ---------------------------------------------------------------- BibTeX

const BIB_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escape text for a braced BibTeX field so braces always balance and LaTeX specials print as-is. */
export function bibEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) => BIB_ESCAPES[c]!).replace(/\s+/g, ' ').trim();
}

/** ASCII letters of a word, for citation keys (é → e). */
function keyPart(s: string): string {
  return s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'towards', 'toward', 'is', 'are']);

/** arXiv-style key: first author's last name, year, first significant title word (e.g. vaswani2017attention). */
export function citationKey(id: string, title: string, authors: string[], year: string): string {
  const last = keyPart(authors[0]?.trim().split(/\s+/).pop() ?? '');
  const word = title
    .split(/[^\p{L}\p{N}]+/u)
    .map(keyPart)
    .find((w) => w && !STOP_WORDS.has(w));
  if (!last && !word) return `arxiv${id.replace('.', '')}`;
  return `${last || 'anon'}${year}${word ?? ''}`;
}

export function toBibtex(records: SavedRecord[]): string {
  const used = new Set<string>();
  const entries = records.map((rec) => {
    const m = rec.meta.v;
    const year = paperYear(rec.id, m.publishedAt);
    const base = citationKey(rec.id, m.title, m.authors, year);
    let key = base;
    // Keys must be unique within a file: vaswani2017attention, vaswani2017attention2, …
    for (let n = 2; used.has(key); n++) key = `${base}${n}`;
    used.add(key);
    const fields: [string, string][] = [
      ['title', bibEscape(m.title || rec.id)],
      ['author', m.authors.map(bibEscape).join(' and ')],
      ['year', year],
      ['eprint', rec.id],
      ['archivePrefix', 'arXiv'],
      ['url', arxivUrl(rec.id)],
    ];
    const note = noteOf(rec).trim();
    if (note) fields.push(['note', bibEscape(note)]);
    const body = fields
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `  ${k}={${v}}`)
      .join(',\n');
    return `@misc{${key},\n${body}\n}\n`;
  });
  return entries.join('\n');
}

// ---------------------------------------------------------------- Markdown

/** Escape characters that would turn plain text into Markdown syntax inside a list item or link text. */
export function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

export function toMarkdown(records: SavedRecord[], topicName: (id: string) => string = (id) => id, now = new Date()): string {
  const lines = [`# Saved papers`, '', `Exported ${now.toISOString().slice(0, 10)} · ${records.length} papers`, ''];
  for (const rec of records) {
    const m = rec.meta.v;
    const bits = [`- [${mdEscape(m.title || rec.id)}](${hfUrl(rec.id)})`];
    if (m.authors.length) bits.push(` — ${mdEscape(m.authors.join(', '))}`);
    bits.push(` (${paperYear(rec.id, m.publishedAt)}) · [arXiv:${rec.id}](${arxivUrl(rec.id)})`);
    lines.push(bits.join(''));
    const topics = (m.topics ?? []).map(topicName);
    lines.push(`  - Saved ${new Date(savedAt(rec)).toISOString().slice(0, 10)}${topics.length ? ` · ${mdEscape(topics.join(', '))}` : ''}`);
    const note = noteOf(rec).trim();
    if (note) lines.push(`  - Note: ${mdEscape(note)}`);
  }
  return lines.join('\n') + '\n';
}

export type ExportKind = 'bibtex' | 'markdown' | 'json';

export const EXPORT_FILES: Record<ExportKind, { ext: string; mime: string; label: string }> = {
  bibtex: { ext: 'bib', mime: 'application/x-bibtex', label: 'BibTeX' },
  markdown: { ext: 'md', mime: 'text/markdown', label: 'Markdown' },
  json: { ext: 'json', mime: 'application/json', label: 'JSON' },
};

export function exportText(kind: ExportKind, records: SavedRecord[], topicName?: (id: string) => string, now = new Date()): string {
  if (kind === 'bibtex') return toBibtex(records);
  if (kind === 'markdown') return toMarkdown(records, topicName, now);
  return toJson(records, now);
}

export function exportFileName(kind: ExportKind, now = new Date()): string {
  return `papers-companion-saved-${now.toISOString().slice(0, 10)}.${EXPORT_FILES[kind].ext}`;
}
