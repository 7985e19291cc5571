// The "for you" model's owner: applies the user's signals to the model in storage.local
// (local:forYouModel), which content scripts read with a watcher. Saves and unsaves made anywhere
// (page, popup, import, another device through sync) reach the model through the saved-items storage.
import { handle } from '../../utils/message-inputs';
import type { ProtocolMap } from '../../utils/messages';
import { applySignal, emptyModel, featurise, hasSignal, parseModel, prune, type ForYouModel, type RankingSignal } from '../../utils/ranking';
import { isSaved, parseSavedState, type SavedState } from '../../utils/saved/model';
import { forYouModelItem, readSettings, savedItem } from '../../utils/storage';

type Input = Parameters<ProtocolMap['ranking.signal']>[0];

/** One read-modify-write at a time (signals from several tabs and the saved watcher at once). */
function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('pc-for-you-model', fn) as Promise<T>;
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}
// Only an ordering queue (for runtimes without Web Locks): nothing is lost if the worker restarts.
let queue: Promise<unknown> = Promise.resolve();

/** Apply signals to the stored model; answers how many changed it. */
export function applySignals(signals: RankingSignal[]): Promise<number> {
  return exclusive(async () => {
    // Switched off in the options: nothing is learned either.
    if (!(await readSettings()).forYou) return 0;
    const model: ForYouModel = parseModel(await forYouModelItem.getValue());
    let changed = 0;
    for (const s of signals) {
      const f = featurise(s.paper);
      if (applySignal(model, s.id, s.kind, f, s.undo)) changed++;
      // Saving or opening a paper takes back "seen but ignored".
      if (!s.undo && (s.kind === 'saved' || s.kind === 'opened') && hasSignal(model, s.id, 'ignored')) applySignal(model, s.id, 'ignored', f, true);
    }
    if (changed) {
      prune(model);
      await forYouModelItem.setValue(model);
    }
    return changed;
  });
}

/** Signals for items that became saved or unsaved between two saved states. */
export function savedSignals(before: SavedState, after: SavedState): RankingSignal[] {
  const out: RankingSignal[] = [];
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = isSaved(before[id]);
    const is = isSaved(after[id]);
    if (was === is) continue;
    const meta = (after[id] ?? before[id])!.meta.v;
    out.push({ id, kind: 'saved', undo: was, paper: { title: meta.title, summary: meta.summary, topics: meta.topics } });
  }
  return out;
}

export function registerRankingHandlers(): void {
  handle('ranking.signal', ({ signals }: Input) => applySignals(signals));
  handle('ranking.reset', async () => {
    await exclusive(() => forYouModelItem.setValue(emptyModel()));
  });
  savedItem.watch((next, prev) => {
    const signals = savedSignals(parseSavedState(prev).state, parseSavedState(next).state);
    if (signals.length) void applySignals(signals).catch((err) => console.error('[Papers Companion] for-you model', err));
  });
}
