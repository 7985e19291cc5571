// page_load_ratio: how much later the real trending page (50 cards, tests/fixtures/real) is settled
// with the extension than without it. Two headless Chromiums side by side (one with the built
// extension, one with the same flags and fixture routing but no extension), each warmed by one
// discarded load, then PAIRS pairs of loads alternating which goes first; the figure is the median
// of the pairwise ratios with ÷ without. Times are read in the page (ms since navigation start).
import { launch } from '../tests/e2e/harness.ts';
import { installProbe, launchWithoutExtension, median, privateBuild, quantile, round, timedLoad } from './browser.ts';

const URL = 'https://huggingface.co/papers/trending';
const PAIRS = 20;

export const PAGE_LOAD_DEFINITION =
  'ms from navigation start to settled: without the extension, the load event end (loadEventEnd, after DOMContentLoaded); ' +
  'with it, the later of loadEventEnd and the first moment <html data-pc-status="ready"> is set and every [data-pc-id] card has data-pc-state ' +
  '(badges drawn; timestamped in-page by a MutationObserver from an init script, which both browsers run). ' +
  'The content script runs at document_idle, so annotation may end after load: that wait counts.';

export default async function run(): Promise<Record<string, number | string>> {
  const build = privateBuild();
  const withExt = await launch({ extensionDir: build.dir });
  const without = await launchWithoutExtension();
  try {
    await installProbe(withExt.context);
    await installProbe(without.context);
    const pageWith = withExt.context.pages()[0] ?? (await withExt.context.newPage());
    const pageWithout = without.context.pages()[0] ?? (await without.context.newPage());

    const loadWith = async () => {
      const t = await timedLoad(pageWith, URL, true);
      return { settled: Math.max(t.load, t.annotated!), annotatedAfterLoad: t.annotated! - t.load, scanToAnnotated: t.annotated! - t.firstScan! };
    };
    const loadWithout = async () => (await timedLoad(pageWithout, URL, false)).load;

    // Warm-up: caches, JIT, the extension's first DB open; discarded.
    await loadWith();
    await loadWithout();

    const ratios: number[] = [];
    const withMs: number[] = [];
    const withoutMs: number[] = [];
    const lateBy: number[] = [];
    const chain: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      // Alternate the order so neither browser always gets the quieter machine.
      let w: Awaited<ReturnType<typeof loadWith>>;
      let wo: number;
      if (i % 2 === 0) {
        wo = await loadWithout();
        w = await loadWith();
      } else {
        w = await loadWith();
        wo = await loadWithout();
      }
      ratios.push(w.settled / wo);
      withMs.push(w.settled);
      withoutMs.push(wo);
      lateBy.push(w.annotatedAfterLoad);
      chain.push(w.scanToAnnotated);
    }
    return {
      page_load_ratio: round(median(ratios), 3),
      // The spread of the pairwise ratios: on a busy machine it says how far to trust the median.
      page_load_ratio_p25: round(quantile(ratios, 0.25), 3),
      page_load_ratio_p75: round(quantile(ratios, 0.75), 3),
      page_load_ms_without: round(median(withoutMs), 1),
      page_load_ms_with: round(median(withMs), 1),
      page_load_annotated_after_load_ms: round(median(lateBy), 1),
      // From the content script's first scan to badges on every card: its awaits (storage, messages, IndexedDB).
      page_load_scan_to_annotated_ms: round(median(chain), 1),
      page_load_pairs: PAIRS,
      page_load_definition: PAGE_LOAD_DEFINITION,
    };
  } finally {
    await withExt.close();
    await without.close();
    build.remove();
  }
}
