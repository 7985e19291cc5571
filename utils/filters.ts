// Which cards the popup's filters hide. Pure: takes the facts of a card, the filters and the view.
import type { CardState, Filters, ViewKind } from './schema';

export interface CardFacts {
  id: string;
  title: string;
  authors: string[];
  summary: string;
  upvotes?: number;
  topics: string[];
  state: CardState;
  saved: boolean;
  dismissed?: boolean;
}

export function isFiltering(f: Filters): boolean {
  return (
    f.topicsIn.length > 0 || f.topicsOut.length > 0 || f.hideSeen || f.hideOpened || f.savedOnly || f.minUpvotes > 0 || f.text.trim() !== ''
  );
}

/** Lower-cased words of a query; a card must contain every one (in title, authors or summary). */
export function queryTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

export function isHidden(card: CardFacts, f: Filters, kind: ViewKind | 'other', terms = queryTerms(f.text)): boolean {
  if (card.dismissed && !f.showDismissed && kind !== 'search' && kind !== 'paper') return true;
  if (f.savedOnly && !card.saved) return true;
  const historyApplies = kind !== 'search' || f.hideSeenOnSearch;
  if (historyApplies && f.hideSeen && card.state === 'seen') return true;
  if (historyApplies && f.hideOpened && card.state === 'opened') return true;
  if (f.minUpvotes > 0 && (card.upvotes ?? 0) < f.minUpvotes) return true;
  if (f.topicsIn.length && !card.topics.some((t) => f.topicsIn.includes(t))) return true;
  if (f.topicsOut.length && card.topics.some((t) => f.topicsOut.includes(t))) return true;
  if (terms.length) {
    const hay = `${card.title}\n${card.authors.join(', ')}\n${card.summary}`.toLowerCase();
    if (!terms.every((t) => hay.includes(t))) return true;
  }
  return false;
}
