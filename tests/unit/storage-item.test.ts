// Storage items read only when asked: defining them (every script imports utils/storage.ts) must not
// read 5,000 saved papers on each page load.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineLazyItem } from '../../utils/storage-item';

beforeEach(() => fakeBrowser.reset());

describe('defineLazyItem', () => {
  it('reads nothing when defined, and the value or its fallback when asked', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const item = defineLazyItem<{ n: number }>('local:lazyTest', { n: 0 });
    await new Promise((r) => setTimeout(r, 10));
    expect(get).not.toHaveBeenCalled();
    expect(await item.getValue()).toEqual({ n: 0 });
    await item.setValue({ n: 2 });
    expect(await fakeBrowser.storage.local.get('lazyTest')).toEqual({ lazyTest: { n: 2 } });
    expect(await item.getValue()).toEqual({ n: 2 });
  });

  it('tells watchers the new and old values, with the fallback for an absent one', async () => {
    const item = defineLazyItem<string | null>('sync:lazyWatch', null);
    const seen: Array<[string | null, string | null]> = [];
    const unwatch = item.watch((v, old) => seen.push([v, old]));
    await item.setValue('a');
    await item.removeValue();
    unwatch();
    await item.setValue('b');
    expect(seen).toEqual([
      ['a', null],
      [null, 'a'],
    ]);
  });
});
