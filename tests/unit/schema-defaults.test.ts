// The defaults are written out (building a schema costs a page load time): they must stay what the
// schemas make of an empty value, and the lazily built schemas must still repair bad values.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, DEFAULT_SETTINGS, Filters, Settings } from '../../utils/schema';
import { filtersFor, parseSettings } from '../../utils/storage';

describe('written-out defaults', () => {
  it('equal what the schemas make of an empty value', () => {
    expect(DEFAULT_SETTINGS).toEqual(Settings.parse({}));
    expect(DEFAULT_FILTERS).toEqual(Filters.parse({}));
  });

  it('are handed out as copies, and stored values are still checked and repaired', () => {
    const a = parseSettings(undefined);
    a.keyboard = false;
    expect(parseSettings(undefined).keyboard).toBe(true);
    expect(parseSettings({ seenThreshold: 7, keyboard: false, extra: 'kept' })).toEqual({ ...DEFAULT_SETTINGS, keyboard: false, extra: 'kept' });
    const f = filtersFor(undefined, 'trending');
    f.topicsIn.push('llm');
    expect(filtersFor(undefined, 'trending').topicsIn).toEqual([]);
    expect(filtersFor({ trending: { minUpvotes: -3, hideSeen: true } }, 'trending')).toEqual({ ...DEFAULT_FILTERS, hideSeen: true });
  });
});
