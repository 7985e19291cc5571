import { describe, expect, it } from 'vitest';
import { arxivIdFrom, describeError, previewImport } from '../../utils/import';
import { toJson } from '../../utils/export';
import type { SavedRecord, SavedState } from '../../utils/saved/model';

const T = (ms: number) => `${String(ms).padStart(13, '0')}:0000:dev1`;
function rec(id: string, saved = true, note?: string, title = 'T'): SavedRecord {
  return { id, saved: { v: saved, t: T(1) }, meta: { v: { title, authors: [] }, t: T(1) }, ...(note ? { note: { v: note, t: T(2) } } : {}) };
}

describe('plain list import', () => {
  it('reads ids and arXiv / HF URLs, one or many per line, skipping blanks, comments and duplicates', () => {
    const text = [
      '# my reading list',
      '2510.01234',
      'arXiv:2510.05678v2, https://arxiv.org/pdf/2401.00001v3.pdf',
      '',
      'https://huggingface.co/papers/2402.11111 https://arxiv.org/abs/2510.01234',
    ].join('\n');
    const p = previewImport(text, {});
    expect(p.errors).toEqual([]);
    expect(p.format).toBe('list');
    expect(p.add).toEqual(['2510.01234', '2510.05678', '2401.00001', '2402.11111']);
    expect(p.items).toEqual(p.add.map((id) => ({ id })));
  });

  it('says which line is wrong and imports nothing', () => {
    const p = previewImport('2510.01234\nhello world\nhttps://example.com/abs/2510.00001', {});
    expect(p.items).toEqual([]);
    expect(p.errors.map(describeError)).toEqual([
      'line 2: “hello” is not an arXiv id (like 2510.12345) or an arXiv / Hugging Face paper URL',
      'line 2: “world” is not an arXiv id (like 2510.12345) or an arXiv / Hugging Face paper URL',
      'line 3: “https://example.com/abs/2510.00001” is not an arXiv id (like 2510.12345) or an arXiv / Hugging Face paper URL',
    ]);
  });

  it('classifies already-saved ids as unchanged and tombstoned ones as added', () => {
    const current: SavedState = { '2510.01234': rec('2510.01234'), '2510.05678': rec('2510.05678', false) };
    const p = previewImport('2510.01234\n2510.05678', current);
    expect(p.unchanged).toEqual(['2510.01234']);
    expect(p.add).toEqual(['2510.05678']);
    expect(p.items).toEqual([{ id: '2510.05678' }]);
  });

  it('extracts ids only from arxiv.org and huggingface.co URLs', () => {
    expect(arxivIdFrom('https://www.arxiv.org/abs/2510.01234v1')).toBe('2510.01234');
    expect(arxivIdFrom('https://huggingface.co/papers/2510.01234')).toBe('2510.01234');
    expect(arxivIdFrom('https://evil.example/papers/2510.01234')).toBeUndefined();
    expect(arxivIdFrom('2510.1')).toBeUndefined();
  });
});

describe('JSON import', () => {
  const good = (items: unknown[]) => JSON.stringify({ format: 'papers-companion/saved', version: 1, items }, null, 2);

  it('previews adds and updates against what is saved (a new note is an update; same data is unchanged)', () => {
    const current: SavedState = { '2510.00001': rec('2510.00001', true, 'old'), '2510.00002': rec('2510.00002') };
    const p = previewImport(
      good([
        { id: '2510.00001', title: 'T', note: 'new note' },
        { id: '2510.00002', title: 'T' },
        { id: '2510.00003', title: 'New', authors: ['A'] },
      ]),
      current,
    );
    expect(p.errors).toEqual([]);
    expect(p).toMatchObject({ format: 'json', add: ['2510.00003'], update: ['2510.00001'], unchanged: ['2510.00002'] });
    expect(p.items.map((i) => i.id)).toEqual(['2510.00001', '2510.00003']);
  });

  it('reports broken JSON with its line', () => {
    const p = previewImport('{\n  "format": "papers-companion/saved",\n  "version": 1,\n  "items": [ { "id": "2510.00001", } ]\n}', {});
    expect(p.items).toEqual([]);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]!.line).toBe(4);
    expect(p.errors[0]!.message).toMatch(/^Broken JSON/);
  });

  it('reports schema errors with their path and imports nothing', () => {
    const p = previewImport(good([{ id: '2510.00001' }, { id: 'not-an-id' }, { id: '2510.00003', authors: 'me', savedAt: 'yesterday' }]), {});
    expect(p.items).toEqual([]);
    expect(p.add).toEqual([]);
    const lines = p.errors.map(describeError);
    expect(lines).toEqual([
      'line 9, items[1].id: not an arXiv id (like 2510.12345)',
      'line 13, items[2].authors: expected array',
      'line 14, items[2].savedAt: must be a date (ISO 8601)',
    ]);
    // A missing field points at the line of its object.
    const missing = previewImport(good([{ title: 'no id' }]), {});
    expect(missing.errors.map(describeError)).toEqual(['line 5, items[0].id: missing (expected string)']);
  });

  it('rejects other JSON, newer versions and duplicate ids', () => {
    expect(previewImport('{"hello": 1}', {}).errors.map(describeError)).toEqual(['format: Not a Papers Companion export (expected "format": "papers-companion/saved")']);
    // Strings with escapes and nested values do not throw the line count off.
    const tricky = `{"format":"papers-companion/saved","version":1,\n"items":[{"id":"2510.00001","title":"a \\"quoted\\" {[,]} title","authors":["x"]},\n{"id":"x"}]}`;
    expect(previewImport(tricky, {}).errors.map(describeError)).toEqual(['line 3, items[1].id: not an arXiv id (like 2510.12345)']);
    expect(previewImport(JSON.stringify({ format: 'papers-companion/saved', version: 2, items: [] }), {}).errors[0]!.message).toMatch(/newer version/);
    const dup = previewImport(good([{ id: '2510.00001' }, { id: '2510.00001' }]), {});
    expect(dup.items).toEqual([]);
    expect(dup.errors.map(describeError)).toEqual(['line 9, items[1].id: 2510.00001 appears more than once']);
  });

  it('accepts a JSON array of ids as a plain list, and round-trips an empty export', () => {
    expect(previewImport('["2510.00001", "https://arxiv.org/abs/2510.00002"]', {}).add).toEqual(['2510.00001', '2510.00002']);
    const empty = previewImport(toJson([]), {});
    expect(empty.errors).toEqual([]);
    expect(empty.items).toEqual([]);
  });
});
