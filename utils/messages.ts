// The one typed message map. Transport: @webext-core/messaging. Every handler validates its input
// with the zod schema of the same name (./message-inputs.ts, loaded only where handlers live, so
// senders such as the content script do not pay for building the schemas).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as z from 'zod/mini';
import type { PaperStatus, ViewKind } from './schema';
import type { inputs } from './message-inputs';


export type In<K extends keyof typeof inputs> = z.infer<(typeof inputs)[K]>;

export interface SyncStatus {
  state: 'ok' | 'off' | 'error' | 'quota';
  message?: string;
  bytesUsed: number;
  bytesQuota: number;
  items: number;
  /** Saved ids whose notes did not fit in sync and stay on this device. */
  localOnlyNotes: string[];
  lastSyncAt?: number;
}

export interface PageInfo {
  kind: ViewKind | 'other';
  status: 'ready' | 'unrecognised' | 'loading';
  url: string;
  cards: number;
  hidden: number;
  topicCounts: Record<string, number>;
}

export interface ProtocolMap {
  'history.listed'(data: In<'history.listed'>): PaperStatus[];
  'history.seen'(data: In<'history.seen'>): number;
  'history.opened'(data: In<'history.opened'>): void;
  'history.dismiss'(data: In<'history.dismiss'>): void;
  'history.get'(data: In<'history.get'>): PaperStatus[];
  'history.clear'(data: In<'history.clear'>): number;
  'history.stats'(data: In<'history.stats'>): { papers: number; oldest?: number };
  'saved.set'(data: In<'saved.set'>): void;
  'saved.note'(data: In<'saved.note'>): void;
  'saved.import'(data: In<'saved.import'>): { added: number; updated: number };
  'topics.classify'(data: In<'topics.classify'>): Array<{ id: string; topics: string[]; why: Record<string, string[]> }>;
  'sync.status'(data: In<'sync.status'>): SyncStatus;
  'sync.now'(data: In<'sync.now'>): SyncStatus;
  /** Popup → content script of the active tab. */
  'page.info'(data: In<'page.info'>): PageInfo;
  /** Answers how many signals changed the model. */
  'ranking.signal'(data: In<'ranking.signal'>): number;
  'ranking.reset'(data: In<'ranking.reset'>): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

/**
 * Send to the background, retrying a few times: a message sent while the service worker is being
 * stopped fails with "Could not establish connection"; the next attempt wakes a fresh worker.
 * Only for idempotent messages (all of ours are: they set state, they do not toggle it).
 */
export async function request<K extends keyof ProtocolMap>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
  attempts = 5,
): Promise<ReturnType<ProtocolMap[K]>> {
  for (let i = 1; ; i++) {
    try {
      return (await sendMessage(type, data as never)) as ReturnType<ProtocolMap[K]>;
    } catch (err) {
      if (i >= attempts || /Invalid .* message/.test(String(err))) throw err;
      // A worker being torn down can refuse messages for a while: back off (0.2, 0.4, 0.8, 1.6 s).
      await new Promise((r) => setTimeout(r, 100 * 2 ** i));
    }
  }
}
