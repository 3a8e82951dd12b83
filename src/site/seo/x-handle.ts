/** "@station" from a handle or a profile URL on x.com / twitter.com; null for anything else. */
export function xHandle(account: string): string | null {
  const trimmed = account.trim();
  const match =
    /^(?:https?:\/\/)?(?:www\.)?(?:x|twitter)\.com\/@?([A-Za-z0-9_]{1,15})\/?$/i.exec(trimmed) ??
    /^@?([A-Za-z0-9_]{1,15})$/.exec(trimmed);
  return match ? `@${match[1]}` : null;
}
