/**
 * What an API token may be used for. A token acts for its owner and never
 * beyond the owner's role; scopes narrow it further.
 */
export const TOKEN_SCOPES = {
  'admin:read': 'Read the admin API (GET requests).',
  'admin:write': 'Read and change through the admin API.',
  'wire:push': 'Push wire stories to /api/wire/ninjs and /api/wire/newsml.',
  'content:read': 'Use the content API as an identified client.',
} as const;

export type TokenScope = keyof typeof TOKEN_SCOPES;

export function isTokenScope(value: unknown): value is TokenScope {
  return typeof value === 'string' && Object.hasOwn(TOKEN_SCOPES, value);
}

/** `admin:write` includes reading; every other scope stands alone. */
export function scopeAllows(granted: readonly TokenScope[], needed: TokenScope): boolean {
  return granted.includes(needed) || (needed === 'admin:read' && granted.includes('admin:write'));
}
