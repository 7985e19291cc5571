// The one typed message map. Transport: @webext-core/messaging. Every handler validates its
// input with the zod schema of the same name before acting (see `inputs` and `validated`).
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import { ArxivId, PaperMeta, type PaperStatus, type ViewKind } from './schema';
import { SavedMeta } from './saved/model';
import { RankingSignal } from './ranking/model';

export const inputs = {
  /** A page listed these papers: record them as listed, answer their current status. */
  'history.listed': z.object({ papers: z.array(PaperMeta) }),
  /** These cards were on screen long enough to count as seen. */
  'history.seen': z.object({ papers: z.array(z.object({ id: ArxivId, upvotes: z.optional(z.number()) })) }),
  'history.opened': z.object({ paper: PaperMeta }),
  'history.dismiss': z.object({ id: ArxivId, dismissed: z.boolean() }),
  'history.get': z.object({ ids: z.array(ArxivId) }),
  'history.clear': z.object({ olderThanDays: z.optional(z.number().check(z.gte(0))) }),
  'history.stats': z.object({}),
  'saved.set': z.object({ id: ArxivId, saved: z.boolean(), meta: z.optional(SavedMeta) }),
  'saved.note': z.object({ id: ArxivId, note: z.string().check(z.maxLength(5000)) }),
  'saved.import': z.object({
    items: z.array(z.object({ id: ArxivId, meta: z.optional(SavedMeta), note: z.optional(z.string()), savedAt: z.optional(z.number()) })),
  }),
  /** Tag these papers with the user's taxonomy, edits and corrections (the tagger runs in the background). */
  'topics.classify': z.object({ papers: z.array(PaperMeta) }),
  'sync.status': z.object({}),
  'sync.now': z.object({}),
  'page.info': z.object({}),
  /** The user's signals for the "for you" model (saved/opened/dismissed/ignored/less, or their undo). */
  'ranking.signal': z.object({ signals: z.array(RankingSignal).check(z.maxLength(200)) }),
  /** Forget everything the "for you" model learned. */
  'ranking.reset': z.object({}),
} as const;

type In<K extends keyof typeof inputs> = z.infer<(typeof inputs)[K]>;

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

/** Register a handler that only ever sees input that passed its schema. */
export function handle<K extends keyof ProtocolMap & keyof typeof inputs>(
  type: K,
  fn: (data: In<K>, sender: chrome.runtime.MessageSender) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>,
) {
  return onMessage(type, ((msg: { data: unknown; sender: chrome.runtime.MessageSender }) => {
    const parsed = inputs[type].safeParse(msg.data);
    if (!parsed.success) throw new Error(`Invalid ${type} message: ${parsed.error.message}`);
    return fn(parsed.data as In<K>, msg.sender);
  }) as never);
}

/**
 * Send to the background, retrying a few times: a message sent while the service worker is being
 * stopped fails with "Could not establish connection"; the next attempt wakes a fresh worker.
 * Only for idempotent messages (all of ours are: they set state, they do not toggle it).
 */
export async function request<K extends keyof ProtocolMap>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
  attempts = 3,
): Promise<ReturnType<ProtocolMap[K]>> {
  for (let i = 1; ; i++) {
    try {
      return (await sendMessage(type, data as never)) as ReturnType<ProtocolMap[K]>;
    } catch (err) {
      if (i >= attempts || /Invalid .* message/.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 150 * i));
    }
  }
}
