// Every selector the content script uses against huggingface.co, with the pages it must match.
// tests/unit/selectors.test.ts checks each one against those fixtures and fails loudly on drift.

export const PAPER_HREF = /^\/papers\/(\d{4}\.\d{4,5})(?:[#?].*)?$/;

export const selectors = {
  /** Hydration island of list pages; its data-props JSON is our first source. */
  listProps: { css: '[data-target="DailyPapers"][data-props]', pages: ['trending-real', 'trending', 'date-2026-05-21', 'week', 'month', 'search'] },
  /** Hydration island of a single paper page. */
  paperProps: { css: '[data-target="PaperContent"][data-props]', pages: ['paper'] },
  /** One card per paper on list pages. */
  card: { css: 'article', pages: ['trending-real', 'trending', 'date-2026-05-21', 'date-2026-05-21-logged-in', 'week', 'month', 'search'] },
  /** Links to a paper inside a card (thumbnail, title, summary, #community). */
  paperLink: { css: 'a[href^="/papers/"]', pages: ['trending-real', 'trending', 'date-2026-05-21', 'search'] },
  /** Title heading: one per visible copy of a card (trending cards have a desktop and a mobile copy). */
  cardTitle: { css: 'h3', pages: ['trending-real', 'trending', 'date-2026-05-21', 'search'] },
  /** Trending cards: the desktop copy's wrapper, hidden below the md breakpoint (WIDE_MEDIA). */
  wideOnly: { css: '.hidden.md\\:flex', pages: ['trending-real', 'trending'] },
  /** Trending cards: the mobile copy's wrapper, hidden from the md breakpoint up. */
  narrowOnly: { css: '.md\\:hidden', pages: ['trending-real', 'trending'] },
  /** The row of org/authors/date under the title (a later sibling of it), where our badge and chips sit
   *  without shifting layout. */
  metaRow: { css: 'div.flex.items-center', pages: ['trending-real', 'trending', 'date-2026-05-21', 'search'] },
  /** A meta row already full (grid cards spread org and counts apart; a trending card's mobile copy
   *  has no room beside its org and date): we add a row of our own under it. */
  fullMetaRow: { css: '.justify-between, .md\\:hidden *', pages: ['date-2026-05-21', 'week', 'month', 'trending-real', 'trending'] },
  /** Upvote widget: a login link wrapping div[role=checkbox] logged out, a label logged in. */
  upvotes: { css: '[role="checkbox"], label', pages: ['trending-real', 'date-2026-05-21', 'date-2026-05-21-logged-in', 'search'] },
  /** Summary text of a card (trending: a p; search: a link under the title). */
  summary: { css: 'p, a.line-clamp-2', pages: ['trending-real', 'search'] },
  /** Page heading, where the "N new" count goes. */
  heading: { css: 'h1', pages: ['trending-real', 'date-2026-05-21', 'paper'] },
  /** Single paper page: the abstract follows the "Abstract" h2. */
  paperHeading: { css: 'h1', pages: ['paper'] },
} as const;

/** Tailwind's md breakpoint, where wideOnly copies show and narrowOnly copies hide. */
export const WIDE_MEDIA = '(min-width: 768px)';

export type SelectorName = keyof typeof selectors;
export const sel = (name: SelectorName): string => selectors[name].css;
