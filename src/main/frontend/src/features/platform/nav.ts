import {
  Activity,
  ArrowLeftRight,
  ChartCandlestick,
  GraduationCap,
  LayoutDashboard,
  NotebookPen,
  ScrollText,
  Sparkles,
  Star,
  Trophy,
  UserRound,
  type LucideIcon,
} from 'lucide-react';

export type NavKey = 'dashboard' | 'markets' | 'watchlist' | 'trade' | 'journal' | 'challenges' | 'coach' | 'learn' | 'account' | 'auditLog' | 'marketHealth';

export interface NavItem {
  key: NavKey;
  to: string;
  icon: LucideIcon;
  adminOnly?: boolean;
}

export const MEMBER_NAV: NavItem[] = [
  { key: 'dashboard', to: '/dashboard', icon: LayoutDashboard },
  { key: 'markets', to: '/markets', icon: ChartCandlestick },
  { key: 'watchlist', to: '/watchlist', icon: Star },
  { key: 'trade', to: '/trade', icon: ArrowLeftRight },
  { key: 'journal', to: '/journal', icon: NotebookPen },
  { key: 'challenges', to: '/challenges', icon: Trophy },
  { key: 'coach', to: '/coach', icon: Sparkles },
  { key: 'learn', to: '/learn', icon: GraduationCap },
];

export const ACCOUNT_NAV: NavItem = { key: 'account', to: '/account', icon: UserRound };
export const ADMIN_NAV: NavItem[] = [
  { key: 'auditLog', to: '/admin/audit-log', icon: ScrollText, adminOnly: true },
  { key: 'marketHealth', to: '/admin/market-health', icon: Activity, adminOnly: true },
];

/** Modules that exist in navigation but whose pages are still to come. */
export const COMING_SOON: NavKey[] = ['journal', 'challenges', 'coach', 'learn'];

/** Mobile bottom navigation: four destinations and "More". */
export const BOTTOM_NAV: NavKey[] = ['dashboard', 'markets', 'trade', 'journal'];
