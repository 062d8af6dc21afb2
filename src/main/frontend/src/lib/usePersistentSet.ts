import { useState } from 'react';

/** A set of choices from a fixed list, remembered in localStorage; unknown stored values are dropped. */
export function usePersistentSet<T extends string>(storageKey: string, allowed: readonly T[], defaults: ReadonlySet<T>) {
  const [value, setValue] = useState<ReadonlySet<T>>(() => {
    try {
      const stored = localStorage.getItem(storageKey);
      if (stored === null) return defaults;
      const parsed: unknown = JSON.parse(stored);
      return Array.isArray(parsed) ? new Set(allowed.filter((v) => parsed.includes(v))) : defaults;
    } catch {
      return defaults;
    }
  });
  const toggle = (item: T) =>
    setValue((current) => {
      const next = new Set(current);
      if (next.has(item)) next.delete(item);
      else next.add(item);
      try {
        localStorage.setItem(storageKey, JSON.stringify([...next]));
      } catch {
        // storage full or disabled: the choice lasts for this page only
      }
      return next;
    });
  return [value, toggle] as const;
}
