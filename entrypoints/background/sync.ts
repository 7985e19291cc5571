// Replicates saved items through the browser's own sync (storage.sync). Local storage stays the
// truth: sync changes are merged into it, local changes are written out debounced and batched
// (one storage.sync.set per flush). Any sync failure leaves local data alone and is reported in
// `local:syncStatus` for the popup. Nothing here lives in module globals beyond in-flight work:
// a pending flush is also held by an alarm, so a worker that dies before its timer still flushes.
import { browser } from 'wxt/browser';
import { handle } from '../../utils/message-inputs';
import type { SyncStatus } from '../../utils/messages';
import { covers, isSaved, mergeStates } from '../../utils/saved/model';
import { mergeIntoSaved, readSavedState, SAVED_KEY } from '../../utils/saved/store';
import { syncStatusItem } from '../../utils/storage';
import { bytesOf, decodeSync, DEBOUNCE_MS, encodeSync, isSavedKey, RESERVE_BYTES, SYNC_QUOTA } from '../../utils/sync-codec';

export const SYNC_ALARM = 'pc-sync-flush';
/** Safety net and retry after a rate-limit error (Chrome: 120 writes/min, 1,800/h). */
const RETRY_MINUTES = 1;

let timer: ReturnType<typeof setTimeout> | undefined;
let flushing: Promise<unknown> = Promise.resolve();

function serialisedFlush<T>(fn: () => Promise<T>): Promise<T> {
  const run = flushing.then(fn, fn);
  flushing = run.catch(() => undefined);
  return run;
}

/** A local change happened: flush soon, and make sure an alarm flushes if this worker dies first. */
export function schedulePush(delay = DEBOUNCE_MS): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    void syncNow();
  }, delay);
  // Created once per pending change set, not pushed back by later changes: it also caps how long
  // a burst of edits (typing a note) can hold the write back.
  void (async () => {
    if (!(await browser.alarms.get(SYNC_ALARM))) await browser.alarms.create(SYNC_ALARM, { delayInMinutes: RETRY_MINUTES });
  })().catch(() => undefined);
}

type Failure = Pick<SyncStatus, 'state' | 'message'>;

/** Sort a storage.sync error into what the popup should say. */
export function classifySyncError(e: unknown): Failure {
  const msg = e instanceof Error ? e.message : String(e);
  if (/QUOTA_BYTES/i.test(msg)) return { state: 'quota', message: 'Browser sync storage is full: saved items stay on this device until there is room.' };
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED|rate/i.test(msg))
    return { state: 'error', message: 'Browser sync is busy (too many writes): will retry in a minute. Everything is kept on this device.' };
  if (/disabled|not enabled|sign|account|unavailable|undefined/i.test(msg))
    return { state: 'off', message: 'Browser sync is off or unavailable: saved items are kept on this device.' };
  return { state: 'error', message: `Sync failed (${msg.slice(0, 160)}); everything is kept on this device.` };
}

async function readSync(): Promise<Record<string, unknown>> {
  if (!browser.storage?.sync) throw new Error('storage.sync unavailable');
  return (await browser.storage.sync.get(null)) as Record<string, unknown>;
}

/** Merge what storage.sync holds into local. Returns the ids that changed here. */
export async function pullFromSync(): Promise<{ changed: string[]; dropped: string[] }> {
  const dec = decodeSync(await readSync());
  return { changed: await mergeIntoSaved(dec.state), dropped: dec.dropped };
}

async function writeStatus(s: SyncStatus): Promise<SyncStatus> {
  await syncStatusItem.setValue(s);
  return s;
}

/**
 * One full round: merge sync into local, then write to sync what it lacks. Writes only the keys
 * that change, and only when sync is missing something this device has, so devices that agree
 * stay quiet.
 */
export function syncNow(): Promise<SyncStatus> {
  return serialisedFlush(async () => {
    let bytesUsed = 0;
    let items = 0;
    try {
      const current = await readSync();
      bytesUsed = bytesOf(current);
      const dec = decodeSync(current);
      await mergeIntoSaved(dec.state);
      const { state } = await readSavedState();
      const local = mergeStates(state, dec.state);
      items = Object.values(local).filter(isSaved).length;

      let enc = encodeSync(local, current);
      const needs = Object.values(enc.synced).some((r) => !covers(dec.state[r.id], r));
      // Keys that only ever held corrupt data and now have nothing of ours: cleared.
      const stale = Object.keys(current).filter((k) => isSavedKey(k) && !(k in enc.items) && dec.chunks[k]?.status === 'corrupt');
      const changedKeys = (e: typeof enc) => Object.fromEntries(Object.entries(e.items).filter(([k, v]) => JSON.stringify(current[k]) !== JSON.stringify(v)));
      // Also rewrite when sync is fuller than our budget (settings or topic edits grew): ours shrink.
      const over = bytesUsed > SYNC_QUOTA.bytes - RESERVE_BYTES / 2 && enc.bytes < bytesUsed;
      let writes = needs || over ? changedKeys(enc) : {};
      if (Object.keys(writes).length) {
        try {
          await browser.storage.sync.set(writes);
        } catch (e) {
          if (classifySyncError(e).state !== 'quota') throw e;
          // Our count and the browser's disagree (another writer?): retry once with a key's worth of room.
          enc = encodeSync(local, current, { bytes: SYNC_QUOTA.bytes - SYNC_QUOTA.perItem, perItem: SYNC_QUOTA.perItem });
          writes = changedKeys(enc);
          await browser.storage.sync.set(writes);
        }
      }
      if (stale.length) await browser.storage.sync.remove(stale);
      const after = { ...current, ...writes };
      for (const k of stale) delete after[k];
      bytesUsed = bytesOf(after);
      void Promise.resolve(browser.alarms?.clear(SYNC_ALARM)).catch(() => undefined);

      const notes = enc.localOnlyNotes;
      const unsynced = enc.unsynced.filter((id) => isSaved(local[id]));
      const problems: string[] = [];
      if (unsynced.length) problems.push(`${unsynced.length} saved ${unsynced.length === 1 ? 'paper does' : 'papers do'} not fit in browser sync and stay on this device`);
      if (notes.length) problems.push(`${notes.length} ${notes.length === 1 ? 'note does' : 'notes do'} not fit in browser sync and stay on this device`);
      if (dec.dropped.length) problems.push(`${dec.dropped.length} damaged synced ${dec.dropped.length === 1 ? 'record was' : 'records were'} ignored`);
      if (dec.newerKeys.length) problems.push('some synced data comes from a newer version of the extension and was left alone; update to sync it');
      return await writeStatus({
        state: unsynced.length || notes.length ? 'quota' : 'ok',
        message: problems.length ? `${problems.join('; ')}.` : undefined,
        bytesUsed,
        bytesQuota: SYNC_QUOTA.bytes,
        items,
        localOnlyNotes: notes,
        lastSyncAt: Date.now(),
      });
    } catch (e) {
      const failure = classifySyncError(e);
      // Retry later (the alarm survives the worker); local data is untouched.
      void Promise.resolve(browser.alarms?.create(SYNC_ALARM, { delayInMinutes: RETRY_MINUTES })).catch(() => undefined);
      const prev = await syncStatusItem.getValue();
      if (!items) items = (await readSavedState().then(({ state }) => Object.values(state).filter(isSaved).length).catch(() => 0)) ?? 0;
      return await writeStatus({
        ...failure,
        bytesUsed: bytesUsed || prev?.bytesUsed || 0,
        bytesQuota: SYNC_QUOTA.bytes,
        items,
        localOnlyNotes: prev?.localOnlyNotes ?? [],
        lastSyncAt: prev?.lastSyncAt,
      });
    }
  });
}

/** The status the popup shows: the last outcome, or a fresh round when there is none yet. */
export async function syncStatus(): Promise<SyncStatus> {
  return (await syncStatusItem.getValue()) ?? syncNow();
}

/**
 * Register every sync listener synchronously (called from the background's main()). Returns a
 * function that removes the message handlers (tests register more than once).
 */
export function registerSync(): () => void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some(isSavedKey)) {
      // Another device (or this one) changed synced items: merge now, answer what sync lacks later.
      void pullFromSync()
        .then(() => schedulePush())
        .catch(() => schedulePush());
    } else if (area === 'sync') {
      // Settings or topic edits changed size: the budget for saved items moved.
      schedulePush();
    } else if (area === 'local' && SAVED_KEY in changes) {
      schedulePush();
    }
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncNow();
  });
  browser.runtime.onStartup.addListener(() => void syncNow());
  browser.runtime.onInstalled.addListener(() => void syncNow());
  const off = [handle('sync.status', () => syncStatus()), handle('sync.now', () => syncNow())];
  return () => off.forEach((remove) => remove());
}
