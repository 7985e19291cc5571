// Shared data shapes, validated with zod/mini at every boundary (storage, messages, page JSON).
// zod/mini keeps the content script small (see research/toolchain.md, trap 7). Object schemas are
// built on first use (z.lazy): building them all costs each page load about 2 ms it rarely needs.
import * as z from 'zod/mini';

// Extension pages, workers and content scripts forbid eval: skip zod's JIT probe, whose caught
// `new Function` still costs time and reports a CSP violation.
z.config({ jitless: true });

export const ARXIV_ID_RE = /^\d{4}\.\d{4,5}$/;
export const ArxivId = z.string().check(z.regex(ARXIV_ID_RE));

/** What the page told us about a paper; every field but id is optional. */
export const PaperMeta = z.lazy(() => z.object({
  id: ArxivId,
  title: z.optional(z.string()),
  authors: z.optional(z.array(z.string())),
  summary: z.optional(z.string()),
  keywords: z.optional(z.array(z.string())),
  upvotes: z.optional(z.number()),
  publishedAt: z.optional(z.string()),
  /** The day the paper was listed on Daily Papers (YYYY-MM-DD), when known. */
  listedDate: z.optional(z.string()),
}));
export type PaperMeta = z.infer<typeof PaperMeta>;

/** One paper's local history, stored in IndexedDB (extension origin) by the background. */
export const HistoryRecord = z.lazy(() => z.object({
  id: ArxivId,
  firstListedAt: z.optional(z.number()),
  firstSeenAt: z.optional(z.number()),
  lastSeenAt: z.optional(z.number()),
  timesSeen: z._default(z.number(), 0),
  openedAt: z.optional(z.number()),
  dismissedAt: z.optional(z.number()),
  upvotesAtLastSeen: z.optional(z.number()),
  /** Upvotes and time at the visit before the current one: the base for momentum. */
  upvotesAtPrevSeen: z.optional(z.number()),
  prevSeenAt: z.optional(z.number()),
  title: z.optional(z.string()),
  authors: z.optional(z.array(z.string())),
  summary: z.optional(z.string()),
  keywords: z.optional(z.array(z.string())),
  listedDate: z.optional(z.string()),
}));
export type HistoryRecord = z.infer<typeof HistoryRecord>;

export type CardState = 'new' | 'seen' | 'opened';

/** The answer to a lookup: enough to draw a badge. */
export const PaperStatus = z.lazy(() => z.object({
  id: ArxivId,
  state: z.enum(['new', 'seen', 'opened']),
  lastSeenAt: z.optional(z.number()),
  openedAt: z.optional(z.number()),
  dismissed: z.optional(z.boolean()),
  upvotesAtPrevSeen: z.optional(z.number()),
  prevSeenAt: z.optional(z.number()),
  /** Topic ids (tagged in the background) and, per topic, the terms that matched. */
  topics: z.optional(z.array(z.string())),
  why: z.optional(z.record(z.string(), z.array(z.string()))),
  /** History holds no title or abstract for this paper: send its full data (pages send ids first). */
  needsText: z.optional(z.boolean()),
}));
export type PaperStatus = z.infer<typeof PaperStatus>;

/** User settings, synced (small). Unknown fields are kept so an older version never drops a newer one's. */
export const Settings = z.lazy(() => z.looseObject({
  /** Share of a card that must be on screen to count as seen. */
  seenThreshold: z.catch(z._default(z.number().check(z.gte(0.1), z.lte(1)), 0.5), 0.5),
  /** How long it must stay there. */
  seenDwellMs: z.catch(z._default(z.number().check(z.gte(0), z.lte(10_000)), 1000), 1000),
  recordInPrivate: z.catch(z._default(z.boolean(), false), false),
  /** Delete history older than this many days; 0 keeps everything. */
  retentionDays: z.catch(z._default(z.number().check(z.gte(0)), 0), 0),
  showTopics: z.catch(z._default(z.boolean(), true), true),
  keyboard: z.catch(z._default(z.boolean(), true), true),
  momentum: z.catch(z._default(z.boolean(), true), true),
  momentumMin: z.catch(z._default(z.number(), 10), 10),
  forYou: z.catch(z._default(z.boolean(), true), true),
}));
export type Settings = z.infer<typeof Settings>;
/** Settings.parse({}), written out: building the schema costs every page about a millisecond, and
 *  most users never change a setting (tests/unit/schema-defaults.test.ts holds the two equal). */
export const DEFAULT_SETTINGS: Settings = {
  seenThreshold: 0.5,
  seenDwellMs: 1000,
  recordInPrivate: false,
  retentionDays: 0,
  showTopics: true,
  keyboard: true,
  momentum: true,
  momentumMin: 10,
  forYou: true,
};

/** Where a papers page sits, for remembering filters per view kind. */
export type ViewKind = 'trending' | 'day' | 'week' | 'month' | 'search' | 'paper';

export const Filters = z.lazy(() => z.object({
  topicsIn: z.catch(z._default(z.array(z.string()), []), []),
  topicsOut: z.catch(z._default(z.array(z.string()), []), []),
  hideSeen: z.catch(z._default(z.boolean(), false), false),
  hideOpened: z.catch(z._default(z.boolean(), false), false),
  /** Apply hide seen/opened on search results too (off by default: search is deliberate). */
  hideSeenOnSearch: z.catch(z._default(z.boolean(), false), false),
  savedOnly: z.catch(z._default(z.boolean(), false), false),
  minUpvotes: z.catch(z._default(z.number().check(z.gte(0)), 0), 0),
  text: z.catch(z._default(z.string(), ''), ''),
  showDismissed: z.catch(z._default(z.boolean(), false), false),
  sortForYou: z.catch(z._default(z.boolean(), false), false),
  /** Order the list by upvotes gained since the user's last visit (momentum). */
  sortRising: z.catch(z._default(z.boolean(), false), false),
}));
export type Filters = z.infer<typeof Filters>;
/** Filters.parse({}), written out for the same reason as DEFAULT_SETTINGS. */
export const DEFAULT_FILTERS: Filters = {
  topicsIn: [],
  topicsOut: [],
  hideSeen: false,
  hideOpened: false,
  hideSeenOnSearch: false,
  savedOnly: false,
  minUpvotes: 0,
  text: '',
  showDismissed: false,
  sortForYou: false,
  sortRising: false,
};
