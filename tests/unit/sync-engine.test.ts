// The background's sync engine against fake browser storage: another device is simulated by
// writing what it would write into storage.sync, as the browser's own sync does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importSaved, setNote, setSaved } from '../../entrypoints/background/saved';
import { registerSync, SYNC_ALARM, syncNow } from '../../entrypoints/background/sync';
import { applyNote, applySet, isSaved, makeHlc, noteOf, type SavedState } from '../../utils/saved/model';
import { readSavedState } from '../../utils/saved/store';
import { bucketKey, bucketOf, bytesOf, DEBOUNCE_MS, decodeSync, encodeSync, entryBytes, SYNC_QUOTA } from '../../utils/sync-codec';

const meta = { title: 'A paper', authors: ['Ada'] };
const A = '2401.00001';
const B = '2402.00002';

/** Make the fake storage.sync enforce Chrome's quotas, as the real one does. */
function enforceQuota() {
  const sync = fakeBrowser.storage.sync;
  const realSet = sync.set.bind(sync);
  const spy = vi.spyOn(sync, 'set').mockImplementation((async (items: Record<string, unknown>) => {
    const all = { ...(await sync.get(null)), ...items };
    for (const [k, v] of Object.entries(items)) if (entryBytes(k, v) > SYNC_QUOTA.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    if (bytesOf(all) > SYNC_QUOTA.bytes) throw new Error('QUOTA_BYTES quota exceeded');
    return realSet(items);
  }) as never);
  return spy;
}

/** What device "devB" would put in storage.sync for its own state. */
async function otherDeviceWrites(state: SavedState) {
  const current = (await fakeBrowser.storage.sync.get(null)) as Record<string, unknown>;
  await fakeBrowser.storage.sync.set(encodeSync({ ...decodeSync(current).state, ...state }, current).items);
}
const tB = (ms: number) => makeHlc(Date.now() + ms, 0, 'devB');

let unregister: (() => void) | undefined;
function register() {
  unregister = registerSync();
}

afterEach(() => {
  unregister?.();
  unregister = undefined;
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('sync engine', () => {
  it('writes local saves to storage.sync and reports bytes used', async () => {
    await setSaved({ id: A, saved: true, meta });
    await setNote({ id: A, note: 'why it matters' });
    const status = await syncNow();
    expect(status).toMatchObject({ state: 'ok', items: 1, localOnlyNotes: [], bytesQuota: 102_400 });
    const all = await fakeBrowser.storage.sync.get(null);
    expect(status.bytesUsed).toBe(bytesOf(all));
    const synced = decodeSync(all).state;
    expect(isSaved(synced[A])).toBe(true);
    expect(noteOf(synced[A]!)).toBe('why it matters');
  });

  it('merges another device\'s changes into local as they arrive, without losing local ones', async () => {
    register();
    await setSaved({ id: A, saved: true, meta });
    const fromB: SavedState = { [B]: applyNote(applySet(undefined, B, true, { title: 'From B', authors: [] }, tB(1))!, 'B note', tB(2))! };
    await otherDeviceWrites(fromB);
    await vi.waitFor(async () => expect(isSaved((await readSavedState()).state[B])).toBe(true));
    const { state } = await readSavedState();
    expect(isSaved(state[A])).toBe(true);
    expect(noteOf(state[B]!)).toBe('B note');
    expect(state[B]!.meta.v.title).toBe('From B');
  });

  it('an item unsaved here does not come back from a stale copy in sync; sync gets the tombstone', async () => {
    await otherDeviceWrites({ [A]: applySet(undefined, A, true, meta, tB(-60_000))! });
    await syncNow();
    expect(isSaved((await readSavedState()).state[A])).toBe(true);
    await setSaved({ id: A, saved: false });
    await otherDeviceWrites({ [A]: applySet(undefined, A, true, meta, tB(-60_000))! }); // stale device writes again
    await syncNow();
    expect(isSaved((await readSavedState()).state[A])).toBe(false);
    expect(isSaved(decodeSync(await fakeBrowser.storage.sync.get(null)).state[A])).toBe(false);
  });

  it('debounces and batches: a burst of saves is one storage.sync write, with an alarm as safety net', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    register();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    for (let i = 0; i < 10; i++) await setSaved({ id: `2401.0001${i}`, saved: true, meta });
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeTruthy();
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    await vi.waitFor(() => expect(set).toHaveBeenCalledTimes(1));
    expect(Object.keys(decodeSync(await fakeBrowser.storage.sync.get(null)).state)).toHaveLength(10);
    // Our own write comes back as a sync change: merging it changes nothing and writes nothing.
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 3);
    await syncNow();
    expect(set).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeFalsy();
  });

  it('on a quota error keeps everything locally, keeps saving, and reports the status', async () => {
    await setSaved({ id: A, saved: true, meta });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const status = await syncNow();
    expect(status.state).toBe('quota');
    expect(status.message).toMatch(/stay on this device/);
    await setSaved({ id: B, saved: true, meta });
    expect(Object.keys((await readSavedState()).state).sort()).toEqual([A, B]);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeTruthy();
  });

  it('on a rate-limit error retries later; with sync unavailable says it is off', async () => {
    await setSaved({ id: A, saved: true, meta });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    expect((await syncNow()).state).toBe('error');
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeTruthy();
    expect((await syncNow()).state).toBe('ok');
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage.sync is disabled'));
    const off = await syncNow();
    expect(off.state).toBe('off');
    expect(off.items).toBe(1);
    await setSaved({ id: B, saved: true, meta });
    expect(isSaved((await readSavedState()).state[B])).toBe(true);
  });

  it('working with sync off loses nothing: turning it on later merges both sides', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync disabled'));
    await setSaved({ id: A, saved: true, meta });
    expect((await syncNow()).state).toBe('off');
    get.mockRestore();
    await otherDeviceWrites({ [B]: applySet(undefined, B, true, meta, tB(1))! });
    expect((await syncNow()).state).toBe('ok');
    const { state } = await readSavedState();
    expect([isSaved(state[A]), isSaved(state[B])]).toEqual([true, true]);
    const synced = decodeSync(await fakeBrowser.storage.sync.get(null)).state;
    expect([isSaved(synced[A]), isSaved(synced[B])]).toEqual([true, true]);
  });

  it('near the quota, notes that do not fit stay local and the status names them; writes stay within quota', async () => {
    const set = enforceQuota();
    // Other data (settings, topic edits, another extension version's keys) takes most of the room.
    for (let i = 0; i < 12; i++) await fakeBrowser.storage.sync.set({ [`other${i}`]: 'x'.repeat(8_000) });
    for (let i = 0; i < 4; i++) {
      const id = `2401.0010${i}`;
      await setSaved({ id, saved: true, meta });
      await setNote({ id, note: `${i} ${'n'.repeat(1_500)}` });
    }
    const status = await syncNow();
    expect(status.state).toBe('quota');
    expect(status.localOnlyNotes.length).toBeGreaterThan(0);
    expect(status.localOnlyNotes.length).toBeLessThan(4);
    expect(status.message).toMatch(/notes? do(es)? not fit/);
    expect(status.bytesUsed).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    for (const r of set.mock.results) expect(r.type === 'return').toBe(true);
    const synced = decodeSync(await fakeBrowser.storage.sync.get(null)).state;
    expect(Object.values(synced).filter(isSaved)).toHaveLength(4); // every item syncs; some notes do not
    for (const id of status.localOnlyNotes) expect(noteOf(synced[id]!)).toBe('');
    // Local still has every note.
    const { state } = await readSavedState();
    for (let i = 0; i < 4; i++) expect(noteOf(state[`2401.0010${i}`]!)).toMatch(new RegExp(`^${i} n+$`));
  });

  it('a corrupt synced record is dropped on its own, reported, deletes nothing local, and is repaired', async () => {
    await setSaved({ id: A, saved: true, meta });
    await syncNow();
    await otherDeviceWrites({ [B]: applySet(undefined, B, true, meta, tB(1))! });
    const key = bucketKey(bucketOf(A));
    const chunk = (await fakeBrowser.storage.sync.get(key))[key] as { r: string };
    // Damage A's token in sync; add garbage.
    await fakeBrowser.storage.sync.set({ [key]: { ...chunk, r: chunk.r.replace(`${A}+`, `${A}?`) + ' zzz' } });
    const status = await syncNow();
    expect(status.message).toMatch(/damaged synced record/);
    const { state } = await readSavedState();
    expect([isSaved(state[A]), isSaved(state[B])]).toEqual([true, true]);
    const synced = decodeSync(await fakeBrowser.storage.sync.get(null));
    expect(isSaved(synced.state[A])).toBe(true);
    expect(synced.dropped).toEqual([]);
  });

  it('does not touch keys written by a newer version that forbids older readers', async () => {
    const key = bucketKey(bucketOf(A));
    const newer = { v: 3, c: 3, payload: 'future' };
    await fakeBrowser.storage.sync.set({ [key]: newer });
    await setSaved({ id: A, saved: true, meta });
    const status = await syncNow();
    expect((await fakeBrowser.storage.sync.get(key))[key]).toEqual(newer);
    expect(status.message).toMatch(/newer version/);
    expect(isSaved((await readSavedState()).state[A])).toBe(true);
  });
});

describe('sync engine and other synced data', () => {
  it('gives room back when settings or topic edits grow past the reserve', async () => {
    await importSaved({
      items: Array.from({ length: 240 }, (_, i) => ({ id: `2401.${String(100 + i).padStart(5, '0')}`, meta, note: `${i} ${'n'.repeat(480)}` })),
    });
    const first = await syncNow();
    expect(first.bytesUsed).toBeGreaterThan(SYNC_QUOTA.bytes - 2_000);
    // Another part of the extension writes topic edits while sync is nearly full (fake storage does not enforce quotas).
    await fakeBrowser.storage.sync.set({ topicEdits: { big: 'e'.repeat(4_000) } });
    const after = await syncNow();
    expect(after.bytesUsed).toBeLessThanOrEqual(SYNC_QUOTA.bytes - 512);
    expect(after.localOnlyNotes.length).toBeGreaterThan(first.localOnlyNotes.length);
    expect((await fakeBrowser.storage.sync.get('topicEdits')).topicEdits).toEqual({ big: 'e'.repeat(4_000) });
  });
});
