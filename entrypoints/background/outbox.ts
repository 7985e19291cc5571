// Applies what pages and the popup queued in the storage outbox (utils/saved/outbox.ts): on every
// outbox write, and on start for anything a stopped worker left behind. Applying twice is harmless
// (a save sets a state, it does not toggle one).
import { browser } from 'wxt/browser';
import { inputs } from '../../utils/message-inputs';
import { OUTBOX_PREFIX, type OutboxEntry } from '../../utils/saved/outbox';
import { setNote, setSaved } from './saved';

async function apply(key: string, value: unknown): Promise<void> {
  const e = value as Partial<OutboxEntry> | undefined;
  const schema = e?.kind === 'set' ? inputs['saved.set'] : e?.kind === 'note' ? inputs['saved.note'] : undefined;
  const parsed = schema?.safeParse(e?.data);
  if (parsed?.success) {
    if (e!.kind === 'set') await setSaved(parsed.data as never);
    else await setNote(parsed.data as never);
  } else {
    console.warn('[Papers Companion] dropped an unreadable outbox entry', key);
  }
  // Remove it unless a newer wish replaced it meanwhile (that one has its own change event).
  const now = (await browser.storage.local.get(key))[key] as OutboxEntry | undefined;
  if (!now || now.at === e?.at) await browser.storage.local.remove(key);
}

export async function drainOutbox(): Promise<void> {
  // getKeys (Chrome 130+) avoids reading every stored value; elsewhere read them all.
  const local = browser.storage.local as typeof browser.storage.local & { getKeys?: () => Promise<string[]> };
  let keys: string[] | undefined;
  try {
    keys = local.getKeys ? (await local.getKeys()).filter((k) => k.startsWith(OUTBOX_PREFIX)) : undefined;
  } catch {
    keys = undefined;
  }
  const entries = keys ? (keys.length ? await local.get(keys) : {}) : await local.get(null);
  for (const [key, value] of Object.entries(entries)) if (key.startsWith(OUTBOX_PREFIX)) await apply(key, value);
}

export function registerOutbox(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    for (const [key, change] of Object.entries(changes)) {
      if (key.startsWith(OUTBOX_PREFIX) && change.newValue !== undefined) void apply(key, change.newValue);
    }
  });
  void drainOutbox();
}
