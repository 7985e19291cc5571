import { describe, expect, it, beforeEach } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as historyDb from '../../entrypoints/background/history-db';
import { registerHistoryHandlers } from '../../entrypoints/background/history';
import { messaging } from '../../utils/messages';

/** Deliver a message the way Chrome does and wait for the handler's answer. */
function send(type: string, data: unknown, sender: Partial<chrome.runtime.MessageSender>) {
  return new Promise<{ res?: unknown; err?: { message: string } }>((resolve) => {
    (fakeBrowser.runtime.onMessage as unknown as { trigger: (...a: unknown[]) => void }).trigger(
      { id: 1, type, data, timestamp: Date.now() },
      sender,
      resolve,
    );
  });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  historyDb.__reset();
  messaging.removeAllListeners();
  registerHistoryHandlers();
});

const paper = { id: '2605.00001', title: 'Scaling laws for reinforcement learning from human feedback in large language models' };

describe('history handlers', () => {
  it('record from normal windows', async () => {
    const r = await send('history.listed', { papers: [paper] }, { tab: { incognito: false } as chrome.tabs.Tab });
    expect(r.res).toMatchObject([{ id: paper.id, state: 'new' }]);
    expect(await historyDb.all()).toHaveLength(1);
  });

  it('answer each paper with its topics and the terms that matched', async () => {
    const r = await send('history.listed', { papers: [paper] }, {});
    const [s] = r.res as Array<{ topics: string[]; why: Record<string, string[]> }>;
    expect(s.topics).toContain('rl');
    expect(s.why.rl.length).toBeGreaterThan(0);
  });

  it('tag a known paper from history when the page sends its id alone', async () => {
    await send('history.listed', { papers: [{ ...paper, summary: 'We study reward models and policy optimisation.', listedDate: '2026-05-01' }] }, {});
    const r = await send('history.listed', { papers: [{ id: paper.id }] }, {});
    const [s] = r.res as Array<{ topics: string[]; needsText?: boolean }>;
    expect(s.needsText).toBeUndefined();
    expect(s.topics).toContain('rl');
  });

  it('answer from the user\'s current taxonomy, not an earlier answer for the same paper', async () => {
    const full = { ...paper, summary: 'We study reward models and policy optimisation.' };
    const first = (await send('history.listed', { papers: [full] }, {})).res as Array<{ topics: string[] }>;
    expect(first[0].topics).toContain('rl');
    expect(((await send('history.listed', { papers: [full] }, {})).res as typeof first)[0].topics).toEqual(first[0].topics);
    await fakeBrowser.storage.sync.set({ topicEdits: { v: 1, builtin: { rl: { hidden: true } }, custom: [] } });
    const later = (await send('history.listed', { papers: [{ id: paper.id }] }, {})).res as typeof first;
    expect(later[0].topics).not.toContain('rl');
  });

  it('do not record from private windows unless the user allowed it', async () => {
    const priv = { tab: { incognito: true } as chrome.tabs.Tab };
    await send('history.listed', { papers: [paper] }, priv);
    await send('history.seen', { papers: [{ id: paper.id }] }, priv);
    expect(await historyDb.all()).toHaveLength(0);
    await fakeBrowser.storage.sync.set({ settings: { recordInPrivate: true } });
    await send('history.seen', { papers: [{ id: paper.id }] }, priv);
    expect(await historyDb.all()).toHaveLength(1);
  });

  it('reject malformed messages with a clear error and change nothing', async () => {
    const r = await send('history.seen', { papers: [{ id: '<img src=x>' }] }, {});
    expect(r.err?.message).toMatch(/Invalid history.seen message/);
    expect(await historyDb.all()).toHaveLength(0);
  });
});
