// Saved items: the message handlers that change them. Each handler body is exported on its own so
// unit tests can call it directly; `registerSavedHandlers` wires them to validated messages.
import { handle, type inputs } from '../../utils/message-inputs';
import { applyImport, applyNote, applySet, type SavedRecord } from '../../utils/saved/model';
import { updateSaved } from '../../utils/saved/store';
import type * as z from 'zod/mini';

type In<K extends keyof typeof inputs> = z.infer<(typeof inputs)[K]>;

export function setSaved(data: In<'saved.set'>, now?: () => number): Promise<void> {
  return updateSaved((state, clock) => {
    const rec = applySet(state[data.id], data.id, data.saved, data.meta, clock());
    return { changed: rec ? [rec] : [], result: undefined };
  }, now);
}

export function setNote(data: In<'saved.note'>, now?: () => number): Promise<void> {
  return updateSaved((state, clock) => {
    const rec = applyNote(state[data.id], data.note, clock());
    return { changed: rec ? [rec] : [], result: undefined };
  }, now);
}

export function importSaved(data: In<'saved.import'>, now?: () => number): Promise<{ added: number; updated: number }> {
  return updateSaved((state, clock) => {
    const changed: SavedRecord[] = [];
    let added = 0;
    let updated = 0;
    for (const item of data.items) {
      const r = applyImport(state[item.id], item, clock());
      if (!r) continue;
      changed.push(r.rec);
      if (r.kind === 'added') added++;
      else updated++;
    }
    return { changed, result: { added, updated } };
  }, now);
}

/** Returns a function that removes the handlers (tests register more than once). */
export function registerSavedHandlers(): () => void {
  const off = [
    handle('saved.set', (data) => setSaved(data)),
    handle('saved.note', (data) => setNote(data)),
    handle('saved.import', (data) => importSaved(data)),
  ];
  return () => off.forEach((remove) => remove());
}
