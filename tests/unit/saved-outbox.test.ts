import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { drainOutbox } from '../../entrypoints/background/outbox';
import { queueSaved } from '../../utils/saved/outbox';
import { isSaved, noteOf, parseSavedState } from '../../utils/saved/model';

const saved = async () => parseSavedState((await fakeBrowser.storage.local.get('saved')).saved).state;
const outboxKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('outbox:'));

describe('the saved-items outbox', () => {
  it('applies what a stopped worker left behind, then empties itself', async () => {
    await queueSaved({ kind: 'set', data: { id: '2605.00001', saved: true, meta: { title: 'A', authors: [] } } });
    await queueSaved({ kind: 'note', data: { id: '2605.00001', note: 'read §3' } });
    await queueSaved({ kind: 'set', data: { id: '2605.00002', saved: true } });
    // The latest wish per paper wins: saved, then unsaved.
    await queueSaved({ kind: 'set', data: { id: '2605.00002', saved: false } });
    expect(await outboxKeys()).toHaveLength(3);
    await drainOutbox();
    const s = await saved();
    expect(isSaved(s['2605.00001'])).toBe(true);
    expect(noteOf(s['2605.00001'])).toBe('read §3');
    expect(isSaved(s['2605.00002'])).toBe(false);
    expect(await outboxKeys()).toEqual([]);
  });

  it('drops an unreadable entry without touching saved items', async () => {
    await fakeBrowser.storage.local.set({ 'outbox:set:x': { kind: 'set', at: 1, data: { id: '<script>', saved: true } } });
    await drainOutbox();
    expect(await saved()).toEqual({});
    expect(await outboxKeys()).toEqual([]);
  });
});
