// Input schemas of the message map (utils/messages.ts), and `handle()`, which registers a handler
// that only ever sees input that passed its schema. Imported by the background, where handlers live.
import * as z from 'zod/mini';
import { ArxivId, PaperMeta } from './schema';
import { SavedMeta } from './saved/model';
import { RankingSignal } from './ranking/model';
import { onMessage, type In, type ProtocolMap } from './messages';

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
