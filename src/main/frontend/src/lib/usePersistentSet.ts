import { useState } from 'react';
import { stored } from './storage';

/** A set of choices from a fixed list, remembered in localStorage; unknown stored values are dropped. */
export function usePersistentSet<T extends string>(storageKey: string, allowed: readonly T[], defaults: ReadonlySet<T>) {
  const [value, setValue] = useState<ReadonlySet<T>>(() => {
    const text = stored.get(storageKey);
    if (text === null) return defaults;
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? new Set(allowed.filter((v) => parsed.includes(v))) : defaults;
    } catch {
      return defaults; // not JSON: written by something else
    }
  });
  const toggle = (item: T) =>
    setValue((current) => {
      const next = new Set(current);
      if (next.has(item)) next.delete(item);
      else next.add(item);
      stored.set(storageKey, JSON.stringify([...next]));
      return next;
    });
  return [value, toggle] as const;
}
