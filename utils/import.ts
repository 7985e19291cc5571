// Read an import file — our JSON export, or a plain list of arXiv ids / URLs — into a preview of
// what would change. Pure. Any error rejects the whole file, so a broken file changes nothing.
import * as z from 'zod/mini';
import { ARXIV_ID_RE, ArxivId } from './schema';
import { isSaved, noteOf, type SavedMeta, type SavedState } from './saved/model';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';

/** What the background's 'saved.import' takes for one paper. */
export interface ImportItem {
  id: string;
  meta?: SavedMeta;
  note?: string;
  savedAt?: number;
}

export interface ImportError {
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Where in our JSON, e.g. items[3].id. */
  path?: string;
}

export interface ImportPreview {
  format: 'json' | 'list';
  /** Empty when there are errors: nothing may be imported from a broken file. */
  items: ImportItem[];
  add: string[];
  update: string[];
  unchanged: string[];
  errors: ImportError[];
}

export const MAX_IMPORT_BYTES = 10_000_000;
const MAX_NOTE = 5000;

const IsoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date (ISO 8601)'));

const ImportedItem = z.object({
  id: ArxivId,
  title: z.optional(z.string()),
  authors: z.optional(z.array(z.string())),
  publishedAt: z.optional(z.string()),
  topics: z.optional(z.array(z.string())),
  summary: z.optional(z.string()),
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE, `a note can hold at most ${MAX_NOTE} characters`))),
  savedAt: z.optional(IsoDate),
});

const ImportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().check(z.int()),
  exportedAt: z.optional(z.string()),
  items: z.array(ImportedItem),
});

/** Pull the arXiv id out of one token: a bare id, arXiv:id, or an arxiv.org / huggingface.co URL. */
export function arxivIdFrom(token: string): string | undefined {
  const t = token.trim().replace(/^<|>$/g, '');
  const bare = t.match(/^(?:arxiv:)?(\d{4}\.\d{4,5})(?:v\d+)?$/i);
  if (bare) return bare[1];
  let url: URL;
  try {
    url = new URL(t);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  const host = url.hostname.replace(/^www\./, '');
  if (host !== 'arxiv.org' && host !== 'huggingface.co' && !host.endsWith('.arxiv.org')) return undefined;
  const m = url.pathname.match(/\/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\/?$/);
  return m && ARXIV_ID_RE.test(m[1]!) ? m[1] : undefined;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** The line each value of a (valid) JSON text starts on, by path: to say where a schema error is. */
function jsonLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  let line = 1;
  const ws = () => {
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') break;
    }
  };
  // Valid JSON strings hold no raw newlines, so only whitespace moves the line.
  const str = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return JSON.parse(text.slice(start, ++i)) as string;
  };
  const value = (path: PropertyKey[]): void => {
    ws();
    out.set(formatPath(path), line);
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (let n = 0; ; n++) {
        if (c === '{') {
          ws();
          const key = str();
          ws();
          i++; // ':'
          value([...path, key]);
        } else value([...path, n]);
        ws();
        if (text[i++] === close) return;
      }
    }
    if (c === '"') return void str();
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value([]);
  return out;
}

/** Line of the value at `path`, or of its nearest ancestor (a missing field points at its object). */
function lineOf(lines: Map<string, number>, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const line = lines.get(formatPath(path.slice(0, n)));
    if (line !== undefined) return line;
  }
  return undefined;
}

function readList(text: string): { items: ImportItem[]; errors: ImportError[] } {
  const items: ImportItem[] = [];
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    for (const token of line.split(/[\s,;]+/).filter(Boolean)) {
      const id = arxivIdFrom(token);
      if (!id) {
        errors.push({ line: i + 1, message: `“${token.length > 60 ? token.slice(0, 57) + '…' : token}” is not an arXiv id (like 2510.12345) or an arXiv / Hugging Face paper URL` });
      } else if (!seen.has(id)) {
        seen.add(id);
        items.push({ id });
      }
    }
  });
  if (!items.length && !errors.length) errors.push({ message: 'The file is empty: no arXiv ids or URLs found' });
  return { items, errors };
}

function readJson(text: string, value: unknown): { items: ImportItem[]; errors: ImportError[] } {
  // A JSON array of ids or URLs is a plain list too.
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return readList(value.join('\n'));
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    if (o.format === EXPORT_FORMAT && typeof o.version === 'number' && o.version > EXPORT_VERSION) {
      return { items: [], errors: [{ path: 'version', message: `This file was made by a newer version of Papers Companion (format v${o.version}); update the extension to import it` }] };
    }
    if (o.format !== EXPORT_FORMAT) {
      return { items: [], errors: [{ path: 'format', message: `Not a Papers Companion export (expected "format": "${EXPORT_FORMAT}")` }] };
    }
  } else {
    return { items: [], errors: [{ line: 1, message: 'Expected a Papers Companion JSON export (an object with "items")' }] };
  }
  const r = ImportFile.safeParse(value);
  if (!r.success) {
    const lines = jsonLines(text);
    const errors: ImportError[] = r.error.issues
      .slice(0, 20)
      .map((iss) => ({ line: lineOf(lines, iss.path), path: formatPath(iss.path), message: issueMessage(iss, value) }));
    if (r.error.issues.length > 20) errors.push({ path: '', message: `…and ${r.error.issues.length - 20} more problems` });
    return { items: [], errors };
  }
  const items: ImportItem[] = [];
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  let lines: Map<string, number> | undefined;
  r.data.items.forEach((it, i) => {
    if (seen.has(it.id)) {
      lines ??= jsonLines(text);
      errors.push({ line: lineOf(lines, ['items', i, 'id']), path: `items[${i}].id`, message: `${it.id} appears more than once` });
      return;
    }
    seen.add(it.id);
    const meta: SavedMeta = { title: it.title ?? '', authors: it.authors ?? [] };
    if (it.publishedAt) meta.publishedAt = it.publishedAt;
    if (it.topics) meta.topics = it.topics;
    if (it.summary) meta.summary = it.summary;
    const item: ImportItem = { id: it.id, meta };
    if (it.note !== undefined) item.note = it.note;
    if (it.savedAt) item.savedAt = Date.parse(it.savedAt);
    items.push(item);
  });
  return { items, errors };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function issueMessage(iss: z.core.$ZodIssue, root: unknown): string {
  if (iss.path[iss.path.length - 1] === 'id' && iss.code === 'invalid_format') return 'not an arXiv id (like 2510.12345)';
  if (iss.code === 'custom' || iss.code === 'too_big') return iss.message;
  if (iss.code === 'invalid_type') return valueAt(root, iss.path) === undefined ? `missing (expected ${iss.expected})` : `expected ${iss.expected}`;
  return iss.message;
}

/** Would importing `item` change an item the user already has saved? */
function changes(item: ImportItem, current: SavedState): boolean {
  const rec = current[item.id]!;
  if (item.note && item.note !== noteOf(rec)) return true;
  const m = item.meta;
  const have = rec.meta.v;
  if (!m) return false;
  return (
    (!!m.title && m.title !== have.title) ||
    (m.authors.length > 0 && m.authors.join('\n') !== have.authors.join('\n')) ||
    (!!m.topics && (m.topics.join('\n') !== (have.topics ?? []).join('\n')))
  );
}

export function previewImport(text: string, current: SavedState): ImportPreview {
  const body = text.replace(/^\uFEFF/, '');
  const empty = { items: [], add: [], update: [], unchanged: [] };
  if (body.length > MAX_IMPORT_BYTES) {
    return { format: 'list', ...empty, errors: [{ message: `The file is too large (over ${MAX_IMPORT_BYTES / 1e6} MB)` }] };
  }
  const trimmed = body.trimStart();
  let format: ImportPreview['format'] = 'list';
  let read: { items: ImportItem[]; errors: ImportError[] };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    format = 'json';
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const pos = msg.match(/position (\d+)/)?.[1];
      const line = pos !== undefined ? lineAt(body, Number(pos)) : Number(msg.match(/line (\d+)/)?.[1]) || undefined;
      return { format, ...empty, errors: [{ line, message: `Broken JSON: ${msg.replace(/^JSON\.parse: /, '')}` }] };
    }
    read = readJson(body, value);
  } else {
    read = readList(body);
  }
  if (read.errors.length) return { format, ...empty, errors: read.errors };
  const add: string[] = [];
  const update: string[] = [];
  const unchanged: string[] = [];
  for (const item of read.items) {
    if (!isSaved(current[item.id])) add.push(item.id);
    else if (changes(item, current)) update.push(item.id);
    else unchanged.push(item.id);
  }
  // Items already saved with nothing new are left out: merge, never replace.
  const keep = new Set([...add, ...update]);
  return { format, items: read.items.filter((i) => keep.has(i.id)), add, update, unchanged, errors: [] };
}

/** "line 3: …" / "items[2].id: …" — one line per error for the popup. */
export function describeError(e: ImportError): string {
  const where = [e.line ? `line ${e.line}` : '', e.path ?? ''].filter(Boolean).join(', ');
  return where ? `${where}: ${e.message}` : e.message;
}
