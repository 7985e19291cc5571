// A storage item that reads only when asked. @wxt-dev/storage's defineItem reads its value as soon as
// it is defined (to run migrations and `init`), so every script importing the item definitions would
// read every item, the 2.5 MB of 5,000 saved papers included, on each page load. Our items have no
// migrations (versions live inside the values, checked with zod), so they use the functional API.
import { storage, type StorageItemKey } from '@wxt-dev/storage';

export interface StorageItem<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back with the new and old values (the fallback when absent); returns the unwatch function. */
  watch(cb: (value: T, old: T) => void): () => void;
}

export function defineLazyItem<T>(key: StorageItemKey, fallback: T): StorageItem<T> {
  return {
    key,
    fallback,
    getValue: async () => (await storage.getItem<T>(key)) ?? fallback,
    setValue: (value) => storage.setItem(key, value),
    removeValue: () => storage.removeItem(key),
    watch: (cb) => storage.watch<T>(key, (value, old) => cb(value ?? fallback, old ?? fallback)),
  };
}
