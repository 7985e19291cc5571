// The one writer of `local:saved`: every change is a read-modify-write run one at a time, so two
// tabs saving at once, or a sync merge landing mid-save, lose nothing. The queue is only an
// in-flight ordering; nothing in it has to outlive the worker.
import { browser } from 'wxt/browser';
import { deviceIdItem } from '../storage';
import { mergeStates, maxStamp, nextHlc, parseSavedState, type Hlc, type SavedRecord, type SavedState } from './model';

export const SAVED_KEY = 'saved';

let queue: Promise<unknown> = Promise.resolve();

/** Run `fn` after every earlier queued change has finished (failed ones included). */
export function serialised<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

export async function readSavedState(): Promise<{ state: SavedState; dropped: string[] }> {
  const got = await browser.storage.local.get(SAVED_KEY);
  return parseSavedState(got[SAVED_KEY] ?? {});
}

export async function deviceId(): Promise<string> {
  const id = await deviceIdItem.getValue();
  if (id && /^[\w-]{1,32}$/.test(id)) return id;
  const fresh = Math.random().toString(36).slice(2, 10) || 'd0';
  await deviceIdItem.setValue(fresh);
  return fresh;
}

/** Hands out stamps for one change: each later than everything this device has seen. */
export type Clock = () => Hlc;

/**
 * Apply `edit` to the current state and store the records it returns (merged, so an edit can
 * never lower a register). Returns what `edit` returned.
 */
export function updateSaved<R>(
  edit: (state: SavedState, clock: Clock) => { changed: SavedRecord[]; result: R },
  now: () => number = Date.now,
): Promise<R> {
  return serialised(async () => {
    const [{ state }, device] = await Promise.all([readSavedState(), deviceId()]);
    let last = maxStamp(state);
    const clock: Clock = () => (last = nextHlc(last, now(), device));
    const { changed, result } = edit(state, clock);
    if (changed.length) {
      const patch: SavedState = {};
      for (const r of changed) patch[r.id] = r;
      await browser.storage.local.set({ [SAVED_KEY]: mergeStates(state, patch) });
    }
    return result;
  });
}

/** Merge records from elsewhere (sync) into local; returns the ids that changed. */
export function mergeIntoSaved(incoming: SavedState): Promise<string[]> {
  return serialised(async () => {
    const { state } = await readSavedState();
    const next = mergeStates(state, incoming);
    const changed = Object.keys(incoming).filter((id) => JSON.stringify(next[id]) !== JSON.stringify(state[id]));
    if (changed.length) await browser.storage.local.set({ [SAVED_KEY]: next });
    return changed;
  });
}
