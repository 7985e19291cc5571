// Saves and notes go to the background through storage, not a message: a write to storage.local
// lands even when the service worker is being restarted, or the page or popup closes a moment
// later, and the background applies it when it next runs. One key per paper and kind holds the
// latest wish, so a quick save-unsave ends as an unsave.
import { browser } from 'wxt/browser';
import type { In } from '../messages';

export const OUTBOX_PREFIX = 'outbox:';

export type OutboxEntry =
  | { kind: 'set'; at: number; data: In<'saved.set'> }
  | { kind: 'note'; at: number; data: In<'saved.note'> };

function keyOf(e: OutboxEntry): string {
  return `${OUTBOX_PREFIX}${e.kind}:${e.data.id}`;
}

/** Queue a change of a saved item (content script, popup). Resolves once storage has it. */
export async function queueSaved(entry: Omit<OutboxEntry, 'at'>): Promise<void> {
  const full = { ...entry, at: Date.now() } as OutboxEntry;
  await browser.storage.local.set({ [keyOf(full)]: full });
}
