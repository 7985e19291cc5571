// history_lookup_ms_100_of_100k: the badge-state lookup a 100-card page makes ('history.listed')
// with 100,000 papers in history, in real headless Chromium with the built extension. The history
// DB is created by the background itself (a first message), then 100,000 HistoryRecords are written
// into it from the service worker in a few big transactions. The timed call is the real message
// round trip from an extension page (popup.html in a tab): chrome.runtime.sendMessage with the
// @webext-core/messaging envelope, answered by the background's zod-validated handler, as the content
// script makes it: the ids first, then the full metadata of the papers the answer marks needsText.
// Median of LOOKUPS lookups after a first one (which sends the 20 papers not yet in history in full).
// history_get_ms_100_of_100k: the same ids through 'history.get' (no metadata, read-only).
// history_lookup_ms_direct_100_of_100k: the same 100 gets in one transaction run inside the worker,
// without messaging, for where the time goes.
import { launch } from '../tests/e2e/harness.ts';
import { median, privateBuild, round } from './browser.ts';

const HISTORY = 100_000;
const CARDS = 100;
const LOOKUPS = 20;

/** The i-th seeded paper id: 48 months (2023-01 … 2026-12) × 5-digit numbers, all distinct. */
function seededId(i: number): string {
  const month = i % 48;
  return `${23 + Math.floor(month / 12)}${String(1 + (month % 12)).padStart(2, '0')}.${String(10000 + Math.floor(i / 48)).padStart(5, '0')}`;
}

/** What a card tells the background: the page's metadata for one paper (utils/schema.ts PaperMeta). */
function cardMeta(id: string, i: number) {
  return {
    id,
    title: `Scaling sparse mixture-of-experts models for long-context reasoning, part ${i}`,
    authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Edsger Dijkstra', `Author ${i}`],
    summary:
      'We study how sparse expert routing interacts with long-context retrieval and show that a simple load-balancing loss recovers most of the dense model quality at a fraction of the compute, across six benchmarks.',
    keywords: ['mixture of experts', 'long context', 'retrieval', 'efficiency'],
    upvotes: 10 + (i % 90),
    publishedAt: '2026-05-19T17:59:59.000Z',
    listedDate: '2026-05-20',
  };
}

export default async function run(): Promise<Record<string, number | string>> {
  const build = privateBuild();
  const h = await launch({ extensionDir: build.dir });
  try {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const send = (type: string, data: unknown) =>
      page.evaluate(
        async ({ type, data }) => {
          const started = performance.now();
          const answer = (await chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() })) as { res?: unknown; err?: { message: string } };
          const ms = performance.now() - started;
          if (!answer || answer.err) throw new Error(`${type}: ${answer?.err?.message ?? 'no answer'}`);
          return { ms, res: answer.res };
        },
        { type, data },
      );

    // The background opens (and migrates) its DB on the first history message.
    await send('history.stats', {});

    const seededAt = Date.now() - 90 * 86_400_000;
    const seeded = await h.sw.evaluate(
      async ({ n, seededAt, ids }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('papers-companion');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        if (db.version !== 2 || !db.objectStoreNames.contains('papers')) throw new Error(`unexpected DB: v${db.version} [${[...db.objectStoreNames].join(',')}]`);
        const BATCH = 20_000;
        for (let from = 0; from < n; from += BATCH) {
          const tx = db.transaction('papers', 'readwrite');
          const store = tx.objectStore('papers');
          for (let i = from; i < Math.min(n, from + BATCH); i++) {
            const t = seededAt + i * 60_000;
            store.put({
              id: ids[i],
              firstListedAt: t,
              firstSeenAt: t,
              lastSeenAt: t + 3_600_000,
              timesSeen: 1 + (i % 4),
              ...(i % 10 === 0 ? { openedAt: t + 7_200_000 } : {}),
              upvotesAtLastSeen: i % 200,
              title: `Paper ${i}: a title of about the usual length for an arXiv listing on Daily Papers`,
              authors: [`Author ${i} One`, `Author ${i % 97} Two`, 'Third Author'],
              summary: `Paper ${i} studies a problem and proposes a method that improves on prior work on several benchmarks, with ablations and a released code base for others to build on.`,
              keywords: ['method', 'benchmark', `topic-${i % 50}`],
              listedDate: new Date(t).toISOString().slice(0, 10),
            });
          }
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = tx.onabort = () => reject(tx.error);
          });
        }
        const count = await new Promise<number>((resolve) => {
          const req = db.transaction('papers').objectStore('papers').count();
          req.onsuccess = () => resolve(req.result);
        });
        db.close();
        return count;
      },
      { n: HISTORY, seededAt, ids: Array.from({ length: HISTORY }, (_, i) => seededId(i)) },
    );
    if (seeded < HISTORY) throw new Error(`history holds ${seeded} papers, expected ${HISTORY}`);

    // A page of 100 cards: 80 papers from across the history, 20 the user has never seen.
    const ids = [
      ...Array.from({ length: 80 }, (_, i) => seededId(Math.floor((i * HISTORY) / 80) + 7)),
      ...Array.from({ length: CARDS - 80 }, (_, i) => `2611.${String(90000 + i)}`),
    ];
    const papers = ids.map(cardMeta);

    // What the content script's lookup does (entrypoints/papers.content/manager.ts).
    const lookup = async () => {
      const a = await send('history.listed', { papers: ids.map((id) => ({ id })) });
      let statuses = a.res as { id: string; state: string; needsText?: boolean }[];
      let ms = a.ms;
      const missing = papers.filter((p, i) => statuses[i]?.needsText);
      if (missing.length) {
        const b = await send('history.listed', { papers: missing });
        const again = new Map((b.res as typeof statuses).map((s) => [s.id, s]));
        statuses = statuses.map((s) => again.get(s.id) ?? s);
        ms += b.ms;
      }
      return { ms, res: statuses, messages: missing.length ? 2 : 1 };
    };
    const times: number[] = [];
    let first = 0;
    let messagesLater = 0;
    for (let i = 0; i <= LOOKUPS; i++) {
      const { ms, res, messages } = await lookup();
      if (i > 0) messagesLater = Math.max(messagesLater, messages);
      const statuses = res;
      if (statuses.length !== CARDS) throw new Error(`history.listed answered ${statuses.length} statuses, expected ${CARDS}`);
      if (i === 0) {
        if (statuses.filter((s) => s.state === 'new').length !== CARDS - 80) throw new Error(`expected ${CARDS - 80} new papers on the first lookup`);
        first = ms;
      } else times.push(ms);
    }

    // The same ids through 'history.get' (ids only, read-only): the messaging floor without the metadata.
    const getTimes: number[] = [];
    for (let i = 0; i <= LOOKUPS; i++) {
      const { ms } = await send('history.get', { ids });
      if (i > 0) getTimes.push(ms);
    }

    // The same 100 gets inside the worker, no messaging: what the DB itself costs.
    const direct = await h.sw.evaluate(
      async ({ ids, runs }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('papers-companion');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const out: number[] = [];
        for (let r = 0; r <= runs; r++) {
          const started = performance.now();
          const tx = db.transaction('papers', 'readwrite');
          const store = tx.objectStore('papers');
          await Promise.all(
            ids.map(
              (id) =>
                new Promise((resolve, reject) => {
                  const req = store.get(id);
                  req.onsuccess = () => resolve(req.result);
                  req.onerror = () => reject(req.error);
                }),
            ),
          );
          await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
          if (r > 0) out.push(performance.now() - started);
        }
        db.close();
        return out;
      },
      { ids, runs: LOOKUPS },
    );

    return {
      history_lookup_ms_100_of_100k: round(median(times)),
      history_lookup_first_ms_100_of_100k: round(first),
      history_lookup_messages_later: messagesLater,
      history_get_ms_100_of_100k: round(median(getTimes)),
      history_lookup_ms_direct_100_of_100k: round(median(direct)),
      history_lookup_method:
        'message round trips as the content script makes them: chrome.runtime.sendMessage({id,type:"history.listed",data:{papers:[{id}…]},timestamp}) from popup.html in a tab to the background handler ' +
        '(zod validation, one readwrite transaction, 100 gets, topics tagged from the stored text), then the full metadata of papers marked needsText; 100 cards = 80 in history + 20 new; ' +
        'median of 20 after a first lookup that sends the 20 new ones in full (history_lookup_first_*). ' +
        'history_get: the same ids via "history.get" (ids only, readonly). _direct_: the same 100 gets in one readwrite transaction inside the service worker, no messaging.',
    };
  } finally {
    await h.close();
    build.remove();
  }
}
