// Saved items as a state-based CRDT: each item is a set of last-writer-wins registers stamped
// with a hybrid logical clock (HLC). Merging two states register by register is commutative,
// associative and idempotent, so every device converges whatever order changes arrive in.
import * as z from 'zod/mini';
import { ArxivId } from '../schema';

/**
 * HLC stamp as a string that sorts like the clock: 13-digit wall ms, 4-digit counter, device id.
 * Comparing two stamps with `<` is the LWW rule, the device id breaking ties.
 */
export const Hlc = z.string().check(z.regex(/^\d{13}:\d{4}:[\w-]{1,32}$/));
export type Hlc = string;

export const Reg = <T extends z.ZodMiniType>(v: T) => z.object({ v, t: Hlc });

export const SavedMeta = z.looseObject({
  title: z.catch(z._default(z.string(), ''), ''),
  authors: z.catch(z._default(z.array(z.string()), []), []),
  publishedAt: z.optional(z.string()),
  topics: z.optional(z.array(z.string())),
  summary: z.optional(z.string()),
});
export type SavedMeta = z.infer<typeof SavedMeta>;

export const SavedRecord = z.looseObject({
  id: ArxivId,
  /** saved.v === false is a tombstone: the item was unsaved and must not come back from a stale copy. */
  saved: Reg(z.boolean()),
  note: z.optional(Reg(z.string())),
  meta: Reg(SavedMeta),
});
export type SavedRecord = z.infer<typeof SavedRecord>;
export type SavedState = Record<string, SavedRecord>;

export function hlcWall(t: Hlc): number {
  return Number(t.slice(0, 13));
}

/** Next stamp after `last` on this device at wall time `now` (HLC send/local event rule). */
export function nextHlc(last: Hlc | undefined, now: number, device: string): Hlc {
  let wall = Math.floor(now);
  let counter = 0;
  if (last) {
    const lw = hlcWall(last);
    const lc = Number(last.slice(14, 18));
    if (lw >= wall) {
      wall = lw;
      counter = lc + 1;
      if (counter > 9999) {
        wall += 1;
        counter = 0;
      }
    }
  }
  return `${String(wall).padStart(13, '0')}:${String(counter).padStart(4, '0')}:${device}`;
}

export function isSaved(rec: SavedRecord | undefined): boolean {
  return !!rec && rec.saved.v === true;
}

/** When the item was (last) saved, from its register stamp. */
export function savedAt(rec: SavedRecord): number {
  return hlcWall(rec.saved.t);
}

export function noteOf(rec: SavedRecord): string {
  return rec.note?.v ?? '';
}

/** The highest stamp in a state, to keep this device's clock ahead of everything it has seen. */
export function maxStamp(state: SavedState): Hlc | undefined {
  let max: Hlc | undefined;
  for (const r of Object.values(state)) {
    for (const t of [r.saved.t, r.note?.t, r.meta.t]) if (t && (!max || t > max)) max = t;
  }
  return max;
}

function lww<T extends { t: Hlc }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.t !== b.t) return a.t > b.t ? a : b;
  // Same stamp: identical writes (a stamp is unique per device); pick deterministically anyway.
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

export function mergeRecord(a: SavedRecord | undefined, b: SavedRecord): SavedRecord {
  if (!a) return b;
  return {
    ...a,
    ...b,
    id: a.id,
    saved: lww(a.saved, b.saved)!,
    note: lww(a.note, b.note),
    meta: lww(a.meta, b.meta)!,
  } as SavedRecord;
}

export function mergeStates(a: SavedState, b: SavedState): SavedState {
  const out: SavedState = { ...a };
  for (const [id, rec] of Object.entries(b)) out[id] = mergeRecord(out[id], rec);
  return out;
}

/** Validate a state read from storage: keep every good record, report the bad ones. */
export function parseSavedState(raw: unknown): { state: SavedState; dropped: string[] } {
  const state: SavedState = {};
  const dropped: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { state, dropped: raw == null ? [] : ['(whole value)'] };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const r = SavedRecord.safeParse(value);
    if (r.success && r.data.id === key) state[key] = r.data;
    else dropped.push(key);
  }
  return { state, dropped };
}

export function liveItems(state: SavedState): SavedRecord[] {
  return Object.values(state).filter(isSaved);
}
