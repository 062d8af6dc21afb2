import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import { cn } from '../../lib/cn';

export interface SortState<K extends string> {
  key: K;
  direction: 'asc' | 'desc';
}

/** Client-side sorting of table rows by a keyed accessor. */
export function useSort<T, K extends string>(rows: readonly T[], accessors: Record<K, (row: T) => string | number>, initial: SortState<NoInfer<K>>) {
  const [sort, setSort] = useState(initial);
  const sorted = useMemo(() => {
    const get = accessors[sort.key];
    const factor = sort.direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = get(a);
      const y = get(b);
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * factor;
    });
  }, [rows, accessors, sort]);
  const toggle = (key: K) => setSort((s) => ({ key, direction: s.key === key && s.direction === 'desc' ? 'asc' : 'desc' }));
  return { sorted, sort, toggle };
}

export function SortHeader<K extends string>({ label, sortKey, sort, onSort, className }: { label: ReactNode; sortKey: K; sort: SortState<K>; onSort: (key: K) => void; className?: string }) {
  const active = sort.key === sortKey;
  const Icon = !active ? ArrowUpDown : sort.direction === 'asc' ? ArrowUp : ArrowDown;
  return (
    <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={cn(thClass, className)}>
      <button type="button" onClick={() => onSort(sortKey)} className="inline-flex items-center gap-1.5 rounded uppercase tracking-[0.14em] hover:text-fg">
        {label}
        <Icon className={cn('size-3', active ? 'text-accent' : 'opacity-50')} aria-hidden="true" />
      </button>
    </th>
  );
}

export const thClass = 'px-4 py-3 text-start text-[11px] font-medium uppercase tracking-[0.14em] text-subtle first:ps-5 last:pe-5 sm:first:ps-6 sm:last:pe-6';
export const tdClass = 'px-4 py-3.5 align-middle first:ps-5 last:pe-5 sm:first:ps-6 sm:last:pe-6';

export function Table({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="relative overflow-x-auto">
      <table aria-label={label} className="w-full min-w-[640px] border-collapse text-sm">
        {children}
      </table>
    </div>
  );
}
