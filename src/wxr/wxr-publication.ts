import type { WxrItem } from './wxr-document.ts';
import { wxrTime } from './wxr-time.ts';

export interface WxrPublication {
  readonly status: 'draft' | 'published';
  /** Publication time; in the future for a scheduled post. */
  readonly publishedAt: Date | null;
  /** When the post was written. */
  readonly createdAt: Date;
  readonly notes: readonly string[];
}

/**
 * A post's WordPress status as a Dateline status. Published and scheduled
 * posts keep their times; drafts, pending, private and password-protected
 * posts become drafts, because none of them was open to every reader.
 */
export function wxrPublication(item: WxrItem, now: Date): WxrPublication {
  const notes: string[] = [];
  const time = wxrTime(item.postDateGmt, item.postDate);
  if (time && !time.zoneKnown) notes.push("the post's time has no time zone in the export; read as UTC");
  const at = time?.at ?? null;
  const createdAt = at ?? now;
  if (item.password !== '') {
    notes.push('password-protected in WordPress; imported as a draft so it is never published openly');
    return { status: 'draft', publishedAt: null, createdAt, notes };
  }
  switch (item.status) {
    case 'publish':
      if (!at) notes.push('published without a time in the export; published as of the import');
      return { status: 'published', publishedAt: at ?? now, createdAt, notes };
    case 'future':
      if (!at) {
        notes.push('scheduled without a time in the export; imported as a draft');
        return { status: 'draft', publishedAt: null, createdAt, notes };
      }
      if (at.getTime() <= now.getTime()) notes.push('its scheduled time has passed, so it is published');
      return { status: 'published', publishedAt: at, createdAt, notes };
    case 'draft':
      return { status: 'draft', publishedAt: null, createdAt, notes };
    case 'pending':
      notes.push('pending review in WordPress; imported as a draft');
      return { status: 'draft', publishedAt: null, createdAt, notes };
    case 'inherit':
      notes.push('its WordPress status says it takes its parent post\'s, and it has none; imported as a draft');
      return { status: 'draft', publishedAt: null, createdAt, notes };
    case 'private':
      notes.push('private in WordPress; imported as a draft');
      return { status: 'draft', publishedAt: null, createdAt, notes };
    default:
      notes.push(`unknown WordPress status "${item.status}"; imported as a draft`);
      return { status: 'draft', publishedAt: null, createdAt, notes };
  }
}
