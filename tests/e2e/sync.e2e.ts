// Two browsers, one user: two Chromium profiles with the extension, and a relay that does what the
// browser's own sync does (copies storage.sync changes from one profile into the other, the last
// writer of a key winning, so the other's storage.onChanged fires). storage.sync in a headless
// Chromium never leaves the machine but enforces the real quotas.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import type { SyncStatus } from '../../utils/messages';
import { isSaved, noteOf, type SavedState } from '../../utils/saved/model';
import { SYNC_QUOTA } from '../../utils/sync-codec';

/** Optional: a build to test instead of .output/chrome-mv3. */
const extensionDir = process.env.PC_EXTENSION_DIR || undefined;

type Items = Record<string, unknown>;
const getSync = (h: Harness) => h.sw.evaluate(() => chrome.storage.sync.get(null)) as Promise<Items>;
const setSync = (h: Harness, items: Items) => h.sw.evaluate((items) => chrome.storage.sync.set(items), items);

/**
 * Emulates Chrome Sync between profiles: a "server" copy of every key; a key a profile changed
 * since the relay last looked goes to the server (later in a round wins, like Chrome's per-key
 * last writer); every profile gets the server's values it does not have yet.
 */
class Relay {
  private server = new Map<string, string>();
  private seen = new Map<Harness, Map<string, string>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private busy: Promise<void> = Promise.resolve();
  copies = 0;

  constructor(private readonly profiles: Harness[]) {
    for (const p of profiles) this.seen.set(p, new Map());
  }

  start() {
    this.running = true;
    const loop = () => {
      if (!this.running) return;
      this.busy = this.round().catch((e) => console.error('relay:', e));
      void this.busy.then(() => {
        if (this.running) this.timer = setTimeout(loop, 200);
      });
    };
    loop();
  }

  /** Stop copying (both profiles go on working, as when a device is offline). */
  async pause() {
    this.running = false;
    clearTimeout(this.timer);
    await this.busy;
  }

  private async round() {
    const snaps = await Promise.all(this.profiles.map(async (p) => [p, await getSync(p)] as const));
    for (const [p, snap] of snaps) {
      const seen = this.seen.get(p)!;
      for (const [k, v] of Object.entries(snap)) {
        const json = JSON.stringify(v);
        if (seen.get(k) !== json) this.server.set(k, json);
      }
    }
    for (const [p, snap] of snaps) {
      const seen = this.seen.get(p)!;
      const writes: Items = {};
      for (const [k, json] of this.server) if (JSON.stringify(snap[k]) !== json) writes[k] = JSON.parse(json);
      for (const [k, v] of Object.entries(snap)) seen.set(k, JSON.stringify(v));
      if (Object.keys(writes).length) {
        await setSync(p, writes);
        for (const [k, v] of Object.entries(writes)) seen.set(k, JSON.stringify(v));
        this.copies++;
      }
    }
  }
}

/** Sends a message the way the popup does (@webext-core/messaging's wire format), from `page`. */
async function message<T>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = (await page.evaluate(
    ([type, data]) => chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }),
    [type, data] as const,
  )) as { res?: T; err?: { message: string } };
  if (reply?.err) throw new Error(reply.err.message);
  return reply.res as T;
}

const savedOf = async (h: Harness) => ((await h.storage('local')).saved ?? {}) as SavedState;
const statusOf = async (h: Harness) => (await h.storage('local')).syncStatus as SyncStatus | undefined;
const savedAttr = (page: Page, id: string) => page.locator(`[data-pc-id="${id}"]`).first().getAttribute('data-pc-saved');
const saveButton = (page: Page, id: string) => page.locator(`[data-pc-id="${id}"] button[data-pc-action="save"]:visible`).first();

async function openSavedTab(popup: Page) {
  await popup.locator('#pc-tab-saved').click();
  await popup.waitForSelector('#pc-panel-saved');
}

let a: Harness;
let b: Harness;
let relay: Relay;

beforeEach(async () => {
  [a, b] = await Promise.all([launch({ extensionDir }), launch({ extensionDir })]);
  relay = new Relay([a, b]);
  relay.start();
});
afterEach(async () => {
  await relay?.pause();
  await Promise.all([a?.close(), b?.close()]);
});

describe('saved items sync between two browsers', () => {
  it('save on A appears on B\'s page and in B\'s popup', async () => {
    const [pageA, pageB] = await Promise.all([a.page(), b.page()]);
    const id = (await pageA.locator('[data-pc-id]').first().getAttribute('data-pc-id'))!;
    const title = (await savedOf(a))[id]?.meta.v.title;
    expect(title).toBeUndefined();
    expect(await savedAttr(pageB, id)).toBe('false');

    await saveButton(pageA, id).click();
    await expect.poll(() => savedAttr(pageB, id), { timeout: 20_000 }).toBe('true');
    await expect(saveButton(pageB, id).getAttribute('aria-pressed')).resolves.toBe('true');

    const popupB = await b.popup({ forPage: pageB });
    await openSavedTab(popupB);
    const row = popupB.locator(`[data-pc-saved-id="${id}"]`);
    await row.waitFor();
    // The title travelled with the item (A's page knew it; B shows it without a network).
    const titleA = (await savedOf(a))[id]!.meta.v.title;
    expect(titleA.length).toBeGreaterThan(0);
    await expect(row.locator('.pc-item-title').innerText()).resolves.toBe(titleA);
    expect(relay.copies).toBeGreaterThan(0);
  });

  it('unsave on B while A edits the note: both converge (unsaved, A\'s note kept with it)', async () => {
    const [pageA, pageB] = await Promise.all([a.page(), b.page()]);
    const id = (await pageA.locator('[data-pc-id]').nth(1).getAttribute('data-pc-id'))!;
    await saveButton(pageA, id).click();
    await expect.poll(() => savedAttr(pageB, id), { timeout: 20_000 }).toBe('true');

    // Offline: each device acts on its own copy.
    await relay.pause();
    const popupA = await a.popup({ forPage: pageA });
    await openSavedTab(popupA);
    const title = (await savedOf(a))[id]!.meta.v.title;
    await saveButton(pageB, id).click(); // unsave on B
    await expect.poll(async () => isSaved((await savedOf(b))[id])).toBe(false);
    const note = popupA.getByLabel(`Note for ${title}`);
    await note.fill('edited on A while B unsaved it');
    await note.press('Enter');
    await expect.poll(async () => noteOf((await savedOf(a))[id]!)).toBe('edited on A while B unsaved it');
    // Both write their change to their own storage.sync (debounced) before they meet again.
    await expect.poll(async () => (await statusOf(a))?.lastSyncAt ?? 0, { timeout: 15_000 }).toBeGreaterThan(Date.now() - 10_000);
    await pageA.waitForTimeout(3_500);

    relay.start();
    const converged = async () => {
      const [sa, sb] = await Promise.all([savedOf(a), savedOf(b)]);
      return JSON.stringify([sa[id]?.saved, sa[id]?.note]) === JSON.stringify([sb[id]?.saved, sb[id]?.note]) ? sa[id] : undefined;
    };
    await expect.poll(converged, { timeout: 30_000 }).toBeTruthy();
    const rec = (await converged())!;
    expect(isSaved(rec)).toBe(false);
    expect(noteOf(rec)).toBe('edited on A while B unsaved it');
    // What the user sees: unsaved on both pages, gone from A's popup list.
    await expect.poll(() => savedAttr(pageA, id), { timeout: 10_000 }).toBe('false');
    expect(await savedAttr(pageB, id)).toBe('false');
    await expect.poll(() => popupA.locator(`[data-pc-saved-id="${id}"]`).count(), { timeout: 10_000 }).toBe(0);
  });

  it('filling the quota: both keep working and report the sync status and bytes used', async () => {
    const [pageA, pageB] = await Promise.all([a.page(), b.page()]);
    const popupA = await a.popup({ forPage: pageA });
    // 4,500 papers, many with notes: more than storage.sync can hold.
    const items = Array.from({ length: 4_500 }, (_, i) => ({
      id: `21${String(1 + (i % 12)).padStart(2, '0')}.${String(10_000 + i).padStart(5, '0')}`,
      meta: { title: `Imported paper ${i}`, authors: ['A. Author'] },
      note: i % 5 === 0 ? `Note ${i}: ${'why this matters '.repeat(6)}` : undefined,
    }));
    const res = await message<{ added: number }>(popupA, 'saved.import', { items });
    expect(res.added).toBe(4_500);

    // A: sync is full, nothing broke; the status says what stays local and how many bytes are used.
    await expect.poll(async () => (await statusOf(a))?.state, { timeout: 60_000, interval: 1_000 }).toBe('quota');
    const statusA = await message<SyncStatus>(popupA, 'sync.status', {});
    expect(statusA.state).toBe('quota');
    expect(statusA.message).toMatch(/do not fit in browser sync and stay on this device/);
    expect(statusA.message).not.toMatch(/full|failed/i);
    expect(statusA.items).toBe(4_500);
    expect(statusA.bytesUsed).toBeGreaterThan(90_000);
    expect(statusA.bytesUsed).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    // Our byte count is Chrome's own.
    const chromeBytes = await a.sw.evaluate(() => chrome.storage.sync.getBytesInUse(null));
    expect(chromeBytes).toBe(statusA.bytesUsed);

    // What the user sees on A's options page: the state, the bytes used, the notes kept local.
    const options = await a.context.newPage();
    await options.goto(`chrome-extension://${a.extensionId}/options.html`);
    const sync = options.locator('[data-pc-sync]');
    await expect.poll(() => sync.getAttribute('data-pc-sync'), { timeout: 10_000 }).toBe('quota');
    await expect(options.getByText(/ used · 4,500 items/).count()).resolves.toBe(1);
    await expect(options.getByText(/notes? (is|are) too large for sync/).count()).resolves.toBe(1);

    // B receives what fits: thousands of saved papers, each id with its date.
    await expect.poll(async () => Object.values(await savedOf(b)).filter(isSaved).length, { timeout: 60_000, interval: 1_000 }).toBeGreaterThan(3_500);
    const popupB = await b.popup({ forPage: pageB });
    const statusB = await message<SyncStatus>(popupB, 'sync.now', {});
    expect(['ok', 'quota']).toContain(statusB.state);
    expect(statusB.bytesUsed).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    expect(statusB.bytesUsed).toBe(await b.sw.evaluate(() => chrome.storage.sync.getBytesInUse(null)));

    // Both keep working: a save on B's page reaches A, an unsave on A reaches B.
    const id = (await pageB.locator('[data-pc-id]').first().getAttribute('data-pc-id'))!;
    await saveButton(pageB, id).click();
    await expect.poll(async () => isSaved((await savedOf(b))[id])).toBe(true);
    await expect.poll(() => savedAttr(pageA, id), { timeout: 30_000 }).toBe('true');
    await saveButton(pageA, id).click();
    await expect.poll(() => savedAttr(pageB, id), { timeout: 30_000 }).toBe('false');
    // Still within quota on both, no sync error anywhere.
    for (const h of [a, b]) {
      const s = (await statusOf(h))!;
      expect(['ok', 'quota']).toContain(s.state);
      expect(await h.sw.evaluate(() => chrome.storage.sync.getBytesInUse(null))).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    }
  }, 180_000);
});
