// Message handlers for history. Recording is skipped in private windows unless the user allowed it.
import { handle } from '../../utils/message-inputs';
import { readSettings } from '../../utils/storage';
import * as historyDb from './history-db';
import { classifyPapers } from './topics';

async function mayRecord(sender: chrome.runtime.MessageSender): Promise<boolean> {
  if (!sender.tab?.incognito) return true;
  return (await readSettings()).recordInPrivate;
}

export function registerHistoryHandlers(): void {
  // One round trip gives the page everything it draws: each paper's status and its topics.
  handle('history.listed', async ({ papers }, sender) => {
    const { statuses, texts } = await historyDb.listed(papers, Date.now(), await mayRecord(sender));
    const topics = await classifyPapers(texts);
    return statuses.map((s, i) => ({ ...s, topics: topics[i].topics, why: topics[i].why }));
  });
  handle('history.seen', async ({ papers }, sender) => ((await mayRecord(sender)) ? historyDb.seen(papers, Date.now()) : 0));
  handle('history.opened', async ({ paper }, sender) => {
    if (await mayRecord(sender)) await historyDb.opened(paper, Date.now());
  });
  handle('history.dismiss', async ({ id, dismissed }, sender) => {
    if (await mayRecord(sender)) await historyDb.setDismissed(id, dismissed, Date.now());
  });
  handle('history.get', ({ ids }) => historyDb.get(ids));
  handle('history.clear', ({ olderThanDays }) => historyDb.clear(olderThanDays, Date.now()));
  handle('history.stats', () => historyDb.stats());
}

export const RETENTION_ALARM = 'history-retention';

/** Daily: apply the retention setting. */
export async function applyRetention(): Promise<number> {
  const { retentionDays } = await readSettings();
  return retentionDays > 0 ? historyDb.clear(retentionDays, Date.now()) : 0;
}
