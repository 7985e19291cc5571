// The hand-written guard for the page's JSON items must agree with the zod schema it stands in for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ListProps, PropsItem, readEnvelope, readItem } from '../../utils/page/parse';

const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const PAPER_FIELDS = ['id', 'title', 'summary', 'ai_summary', 'upvotes', 'publishedAt', 'submittedOnDailyAt', 'authors', 'ai_keywords'] as const;

/** A valid item, then (most of the time) one field of it replaced by anything at all. */
const item = fc
  .record({
    paper: fc.record(
      {
        id: fc.constantFrom('2605.12345', '2609.3332', '1910.03771'),
        title: fc.string(),
        summary: fc.string(),
        ai_summary: fc.string(),
        upvotes: fc.integer({ min: 0 }),
        publishedAt: fc.string(),
        submittedOnDailyAt: fc.string(),
        authors: fc.array(fc.anything(), { maxLength: 3 }),
        ai_keywords: fc.array(fc.string(), { maxLength: 3 }),
      },
      { requiredKeys: ['id'] },
    ),
    title: fc.string(),
    publishedAt: fc.string(),
  }, { requiredKeys: ['paper'] })
  .chain((valid) =>
    fc.oneof(
      fc.constant(valid),
      fc.tuple(fc.constantFrom(...PAPER_FIELDS), junk).map(([k, v]) => ({ ...valid, paper: { ...valid.paper, [k]: v } })),
      fc.tuple(fc.constantFrom('paper', 'title', 'publishedAt'), junk).map(([k, v]) => ({ ...valid, [k]: v })),
      junk,
    ),
  );

describe('readItem', () => {
  it('accepts and rejects exactly what the zod schema does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(item, (raw) => {
        const ok = PropsItem.safeParse(raw).success;
        if (ok) accepted++;
        expect(readItem(raw) !== null).toBe(ok);
      }),
      { numRuns: 5000 },
    );
    // Both sides of the rule were exercised.
    expect(accepted).toBeGreaterThan(500);
    expect(accepted).toBeLessThan(4500);
  });

  it('keeps a real item as it is', () => {
    const raw = { paper: { id: '2608.23552', title: 'Prime Agent', upvotes: 57, authors: [{ name: 'Seth Karten' }], ai_keywords: ['RLM'] }, numComments: 2 };
    expect(readItem(raw)).toBe(raw);
  });
});

describe('readEnvelope', () => {
  const envelope = fc
    .record(
      { dailyPapers: fc.array(fc.anything(), { maxLength: 2 }), searchResults: fc.array(fc.anything(), { maxLength: 2 }), periodType: fc.string(), dateString: fc.string(), isTrending: fc.boolean(), query: fc.record({ q: fc.string() }, { requiredKeys: [] }) },
      { requiredKeys: [] },
    )
    .chain((valid) =>
      fc.oneof(
        fc.constant(valid),
        fc.tuple(fc.constantFrom('dailyPapers', 'searchResults', 'periodType', 'dateString', 'isTrending', 'query'), junk).map(([k, v]) => ({ ...valid, [k]: v })),
        fc.tuple(junk).map(([v]) => ({ ...valid, query: { q: v } })),
        junk,
      ),
    );
  it('accepts and rejects exactly what the zod schema does', () => {
    fc.assert(
      fc.property(envelope, (raw) => {
        expect(readEnvelope(raw) !== null).toBe(ListProps.safeParse(raw).success);
      }),
      { numRuns: 5000 },
    );
  });
});
