import { describe, expect, it } from 'vitest';
import { bibEscape, citationKey, toBibtex, toJson, toMarkdown } from '../../utils/export';
import { previewImport } from '../../utils/import';
import type { SavedRecord } from '../../utils/saved/model';
import { parseBib } from './export-bib-reader';

const T = (ms: number) => `${String(ms).padStart(13, '0')}:0000:dev1`;
function rec(id: string, title: string, authors: string[], extra: Partial<SavedRecord['meta']['v']> = {}, note?: string, at = 1_760_000_000_000): SavedRecord {
  return {
    id,
    saved: { v: true, t: T(at) },
    meta: { v: { title, authors, ...extra }, t: T(at) },
    ...(note !== undefined ? { note: { v: note, t: T(at + 1) } } : {}),
  };
}

describe('BibTeX export', () => {
  it('writes arXiv-style @misc entries with eprint, title, authors, year and url', () => {
    const bib = toBibtex([rec('2510.01234', 'Attention Is All You Need', ['Ashish Vaswani', 'Noam Shazeer'], { publishedAt: '2017-06-12T00:00:00Z' })]);
    const [e] = parseBib(bib);
    expect(e).toEqual({
      type: 'misc',
      key: 'vaswani2017attention',
      fields: {
        title: 'Attention Is All You Need',
        author: 'Ashish Vaswani and Noam Shazeer',
        year: '2017',
        eprint: '2510.01234',
        archivePrefix: 'arXiv',
        url: 'https://arxiv.org/abs/2510.01234',
      },
    });
  });

  it('escapes LaTeX specials so braces balance, and keeps keys unique', () => {
    const items = [
      rec('2510.00001', 'Cost {of} 100% & $x_1$ #1 ~ ^', ['Zoë Ng'], {}, 'see {appendix}'),
      rec('2510.00002', 'Cost again', ['Z. Ng']),
    ];
    const entries = parseBib(toBibtex(items));
    expect(entries).toHaveLength(2);
    expect(entries[0]!.fields.title).toBe(bibEscape('Cost {of} 100% & $x_1$ #1 ~ ^'));
    expect(entries[0]!.fields.title).toContain('\\{of\\} 100\\% \\& \\$x\\_1\\$ \\#1');
    expect(entries[0]!.fields.note).toBe('see \\{appendix\\}');
    expect(entries[0]!.key).toBe('ng2025cost');
    expect(entries[1]!.key).toBe('ng2025cost2');
  });

  it('falls back to the id for the year and the key when the metadata is empty', () => {
    expect(citationKey('2401.00001', '', [], '2024')).toBe('arxiv240100001');
    const [e] = parseBib(toBibtex([rec('2401.00001', '', [])]));
    expect(e!.fields.year).toBe('2024');
    expect(e!.fields.title).toBe('2401.00001');
    expect(e!.fields.author).toBeUndefined();
  });
});

describe('JSON export', () => {
  it('is versioned and lossless: reading it back gives the same ids, notes, dates and topics', () => {
    const items = [
      rec('2510.01234', 'A', ['X Y'], { topics: ['llm', 'agents'], publishedAt: '2025-10-01', summary: 'S' }, 'my note', 1_760_000_000_000),
      rec('2510.05678', 'B', [], {}, undefined, 1_760_000_500_000),
    ];
    const file = JSON.parse(toJson(items, new Date('2026-01-01T00:00:00Z')));
    expect(file.format).toBe('papers-companion/saved');
    expect(file.version).toBe(1);
    expect(file.items[0]).toEqual({
      id: '2510.01234', title: 'A', authors: ['X Y'], topics: ['llm', 'agents'], publishedAt: '2025-10-01', summary: 'S',
      note: 'my note', savedAt: new Date(1_760_000_000_000).toISOString(),
    });
    const back = previewImport(JSON.stringify(file), {});
    expect(back.errors).toEqual([]);
    expect(back.add).toEqual(['2510.01234', '2510.05678']);
    expect(back.items[0]).toEqual({
      id: '2510.01234', note: 'my note', savedAt: 1_760_000_000_000,
      meta: { title: 'A', authors: ['X Y'], topics: ['llm', 'agents'], publishedAt: '2025-10-01', summary: 'S' },
    });
    expect(back.items[1]!.savedAt).toBe(1_760_000_500_000);
  });
});

describe('Markdown export', () => {
  it('lists each paper with links, saved date, topic names and note, escaping Markdown', () => {
    const md = toMarkdown([rec('2510.01234', 'Fast [and] *cheap*', ['A B', 'C D'], { topics: ['llm'] }, 'read §3', Date.UTC(2025, 9, 20))], (id) => (id === 'llm' ? 'Language models' : id));
    expect(md).toContain('- [Fast \\[and\\] \\*cheap\\*](https://huggingface.co/papers/2510.01234) — A B, C D (2025) · [arXiv:2510.01234](https://arxiv.org/abs/2510.01234)');
    expect(md).toContain('  - Saved 2025-10-20 · Language models');
    expect(md).toContain('  - Note: read §3');
  });
});
