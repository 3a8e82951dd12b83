import type { Role } from '../api/types.ts';

export interface NavItem {
  readonly href: string;
  readonly label: string;
  /** The weakest role the screen is of use to; the API refuses the rest anyway. */
  readonly role: Role;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'Dashboard', role: 'contributor' },
  { href: '/stories', label: 'Stories', role: 'contributor' },
  { href: '/wire', label: 'Wire queue', role: 'editor' },
  { href: '/lists', label: 'Curated lists', role: 'editor' },
  { href: '/videos', label: 'Videos', role: 'editor' },
  { href: '/series', label: 'Series', role: 'contributor' },
  { href: '/media', label: 'Media library', role: 'contributor' },
  { href: '/users', label: 'Users', role: 'administrator' },
  { href: '/tokens', label: 'API tokens', role: 'administrator' },
  { href: '/settings', label: 'Site settings', role: 'administrator' },
];

/** Whether `path` is the item's screen or one below it (a story is under Stories). */
export function isCurrent(item: NavItem, path: string): boolean {
  return item.href === '/' ? path === '/' : path === item.href || path.startsWith(`${item.href}/`);
}
