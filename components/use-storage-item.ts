// Read a storage item and follow its changes (from the background, the page, or another window).
import { useEffect, useState } from 'preact/hooks';
import type { StorageItem } from '../utils/storage-item';

/** undefined until the first read has finished. */
export function useStorageItem<T>(item: StorageItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let changed = false;
    const unwatch = item.watch((v) => {
      changed = true;
      if (live) setValue(v);
    });
    // A change seen while the first read was in flight is newer than that read.
    void item.getValue().then((v) => live && !changed && setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
