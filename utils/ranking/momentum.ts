// Upvotes gained since the user last saw a paper on an earlier visit. Pure: the status comes from
// history (statusOf picks the visit before this one), the current count from the page.
import type { PaperStatus } from '../schema';

export interface Momentum {
  delta: number;
  since: number;
  before: number;
}

export function momentumOf(status: PaperStatus | undefined, upvotesNow: number | undefined): Momentum | undefined {
  if (!status || upvotesNow == null || status.upvotesAtPrevSeen == null || status.prevSeenAt == null) return undefined;
  return { delta: upvotesNow - status.upvotesAtPrevSeen, since: status.prevSeenAt, before: status.upvotesAtPrevSeen };
}

/** "Mon" within the last six days, "12 May" before that. */
export function sinceLabel(since: number, now: number): string {
  const d = new Date(since);
  if (now - since < 6 * 86_400_000) return d.toLocaleDateString('en', { weekday: 'short' });
  return d.toLocaleDateString('en', { day: 'numeric', month: 'short' });
}
