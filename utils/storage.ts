// Every browser.storage item the extension uses, defined once. Reads are validated: a corrupt
// value falls back to defaults (settings, filters) or keeps its good records (saved items).
import { defineLazyItem } from './storage-item';
import { DEFAULT_FILTERS, DEFAULT_SETTINGS, Filters, Settings, type ViewKind } from './schema';
import type { SavedState } from './saved/model';
import type { SyncStatus } from './messages';

/** Saved items, the local source of truth (written only by the background). */
export const savedItem = defineLazyItem<SavedState>('local:saved', {});

/** Small user settings: synced through the browser's own sync. */
export const settingsItem = defineLazyItem<Settings>('sync:settings', DEFAULT_SETTINGS);

export async function readSettings(): Promise<Settings> {
  return Settings.parse((await settingsItem.getValue()) ?? {});
}
export function parseSettings(raw: unknown): Settings {
  // Nothing stored (the usual case): the defaults, without building the schema.
  if (raw == null) return { ...DEFAULT_SETTINGS };
  const r = Settings.safeParse(raw);
  return r.success ? r.data : DEFAULT_SETTINGS;
}
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await readSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Filters, remembered per view kind (trending, day, week, …). Local: they describe this screen. */
export type FiltersByView = Partial<Record<ViewKind, Filters>>;
export const filtersItem = defineLazyItem<FiltersByView>('local:filters', {});

export function filtersFor(all: unknown, kind: ViewKind): Filters {
  const raw = all && typeof all === 'object' ? (all as Record<string, unknown>)[kind] : undefined;
  // No filters for this view (the usual case): the defaults, without running the schema on every page.
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_FILTERS, topicsIn: [], topicsOut: [] };
  return Filters.parse(raw);
}

/** Last sync outcome, written by the background, shown by popup and options. */
export const syncStatusItem = defineLazyItem<SyncStatus | null>('local:syncStatus', null);

/** This device's id for the sync clock; made once (utils/saved/store.ts deviceId). */
export const deviceIdItem = defineLazyItem<string | null>('local:deviceId', null);

/** The on-device "for you" model (utils/ranking/model.ts): written only by the background, read with parseModel. */
export const forYouModelItem = defineLazyItem<unknown>('local:forYouModel', null);
