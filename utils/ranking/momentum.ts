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

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon" within the last six days, "May 12" before that (as toLocaleDateString("en") writes them). (By hand: toLocaleDateString costs
 *  milliseconds the first time on a page, on the path that draws the cards.) */
export function sinceLabel(since: number, now: number): string {
  const d = new Date(since);
  if (now - since < 6 * 86_400_000) return DAYS[d.getDay()];
  return `${MONTHS[d.getMonth()]} ${d.getDate()}`;
}

/** "2026-05-21 09:30", local time, for hover text. */
export function shortDateTime(t: number): string {
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
