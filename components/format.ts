// Counts for the popup, by hand: the first Intl/toLocaleString call in a page loads locale data,
// a few ms of the popup's first paint. The extension's text is English, so is the grouping.
/** 5000 → "5,000". */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
