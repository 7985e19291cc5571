import { openDB } from 'idb';
import { describe, expect, it, beforeEach } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import * as historyDb from '../../entrypoints/background/history-db';
import { upgradeV1Record } from '../../entrypoints/background/migrations/v001-to-v002';

const DAY = 86_400_000;

beforeEach(() => {
  // A fresh database per test; the module reopens its connection lazily.
  globalThis.indexedDB = new IDBFactory();
  (historyDb as unknown as { __reset?: () => void }).__reset?.();
});

describe('history: listed, seen, opened', () => {
  it('is new when listed, seen after being seen, opened after opening', async () => {
    const t0 = Date.UTC(2026, 4, 21, 9);
    let [s] = (await historyDb.listed([{ id: '2605.00001', title: 'A' }], t0, true)).statuses;
    expect(s.state).toBe('new');
    [s] = (await historyDb.listed([{ id: '2605.00001' }], t0 + 1000, true)).statuses;
    expect(s.state).toBe('new'); // listed is not seen
    await historyDb.seen([{ id: '2605.00001', upvotes: 10 }], t0 + 2000);
    [s] = (await historyDb.listed([{ id: '2605.00001' }], t0 + 3 * DAY, true)).statuses;
    expect(s).toMatchObject({ state: 'seen', lastSeenAt: t0 + 2000, upvotesAtPrevSeen: 10 });
    await historyDb.opened({ id: '2605.00001' }, t0 + 3 * DAY + 5);
    [s] = await historyDb.get(['2605.00001']);
    expect(s).toMatchObject({ state: 'opened', openedAt: t0 + 3 * DAY + 5 });
  });

  it('asks for a paper\'s text only while history lacks it, and tags from what it knows', async () => {
    const { statuses: first } = await historyDb.listed([{ id: '2605.00004' }], 1, true);
    expect(first[0].needsText).toBe(true);
    const { statuses, texts } = await historyDb.listed([{ id: '2605.00004', title: 'Holographic entanglement', summary: 'We compute the entropy.', keywords: ['holography'], listedDate: '2026-05-01' }], 2, true);
    expect(statuses[0].needsText).toBeUndefined();
    expect(texts[0]).toMatchObject({ title: 'Holographic entanglement', keywords: ['holography'] });
    // Ids alone from now on: the stored text is what the tagger sees.
    const again = await historyDb.listed([{ id: '2605.00004', listedDate: '2026-05-02' }], 3, true);
    expect(again.statuses[0].needsText).toBeUndefined();
    expect(again.texts[0]).toEqual({ id: '2605.00004', title: 'Holographic entanglement', summary: 'We compute the entropy.', keywords: ['holography'] });
  });

  it('does not record when told not to (private windows)', async () => {
    await historyDb.listed([{ id: '2605.00002', title: 'B' }], 1, false);
    expect(await historyDb.all()).toEqual([]);
  });

  it('keeps momentum against the previous visit, not a reload minutes ago', async () => {
    const t0 = Date.UTC(2026, 4, 1);
    await historyDb.seen([{ id: '2605.00003', upvotes: 5 }], t0);
    await historyDb.seen([{ id: '2605.00003', upvotes: 40 }], t0 + 2 * DAY);
    // A reload five minutes later: still compare with the visit two days before.
    const [s] = await historyDb.get(['2605.00003']);
    expect(s.upvotesAtPrevSeen).toBeDefined();
    const [again] = (await historyDb.listed([{ id: '2605.00003' }], t0 + 2 * DAY + 5 * 60_000, true)).statuses;
    expect(again.upvotesAtPrevSeen).toBe(5);
    const rec = (await historyDb.all())[0];
    expect(rec.timesSeen).toBe(2);
  });

  it('two tabs recording at once lose nothing', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `2605.${String(10000 + i)}`);
    await Promise.all([
      historyDb.seen(ids.slice(0, 25).map((id) => ({ id })), 100),
      historyDb.seen(ids.slice(15).map((id) => ({ id })), 101),
      historyDb.listed(ids.map((id) => ({ id, title: `T ${id}` })), 102, true),
    ]);
    const all = await historyDb.all();
    expect(all).toHaveLength(40);
    expect(all.every((r) => r.lastSeenAt != null)).toBe(true);
    expect(all.every((r) => r.title?.startsWith('T '))).toBe(true);
  });

  it('clears all, or only what is older than N days', async () => {
    const now = Date.UTC(2026, 4, 30);
    await historyDb.seen([{ id: '2605.00010' }], now - 40 * DAY);
    await historyDb.seen([{ id: '2605.00011' }], now - 2 * DAY);
    expect(await historyDb.clear(30, now)).toBe(1);
    expect((await historyDb.all()).map((r) => r.id)).toEqual(['2605.00011']);
    expect(await historyDb.clear(undefined, now)).toBe(1);
    expect(await historyDb.stats()).toEqual({ papers: 0, oldest: undefined });
  });
});

describe('migration v1 → v2', () => {
  it('upgrades a v1 record shape', () => {
    expect(upgradeV1Record({ id: '2605.00001', firstSeen: 10, lastSeen: 20, opened: true, title: 'T' })).toEqual({
      id: '2605.00001',
      firstSeenAt: 10,
      lastSeenAt: 20,
      firstListedAt: 10,
      timesSeen: 1,
      openedAt: 20,
      title: 'T',
    });
    expect(upgradeV1Record({ id: 'garbage' })).toBeNull();
    expect(upgradeV1Record(null)).toBeNull();
  });

  it('upgrades a real v1 database in place, dropping unreadable records', async () => {
    const v1 = await openDB('pc-migrate', 1, { upgrade: (db) => db.createObjectStore('papers', { keyPath: 'id' }) });
    await v1.put('papers', { id: '2605.00001', firstSeen: 10, lastSeen: 20, opened: false });
    await v1.put('papers', { id: '2605.00002', firstSeen: 30 });
    await v1.put('papers', { id: 'x', nonsense: true });
    v1.close();
    const v2 = await historyDb.openHistoryDb('pc-migrate', 2);
    const all = await v2.getAll('papers');
    expect(all.map((r) => r.id)).toEqual(['2605.00001', '2605.00002']);
    expect(all[0]).toMatchObject({ lastSeenAt: 20, timesSeen: 1 });
    expect(all[0].openedAt).toBeUndefined();
    expect(await v2.countFromIndex('papers', 'lastSeenAt')).toBe(2);
    v2.close();
  });
});

describe('a damaged database', () => {
  it('a version-1 database without its store is repaired, not left failing', async () => {
    const empty = await openDB('pc-empty', 1);
    empty.close();
    const db = await historyDb.openHistoryDb('pc-empty', 2);
    await db.put('papers', { id: '2605.00001', timesSeen: 0 });
    expect(await db.count('papers')).toBe(1);
    db.close();
  });
});
