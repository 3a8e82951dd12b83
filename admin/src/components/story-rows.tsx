import type { Article } from '../api/types.ts';
import { formatDateTime, formatRelative } from '../app/format.ts';
import { Link } from './link.tsx';
import { StateBadge } from './state-badge.tsx';

interface StoryRowsProps {
  stories: Article[];
  empty: string;
  /** Which time matters in this list. */
  time: 'edited' | 'scheduled';
}

/** A short list of stories, each a link to the editor. */
export function StoryRows({ stories, empty, time }: StoryRowsProps) {
  if (stories.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ul class="story-rows">
      {stories.map((s) => (
        <li key={s.id}>
          <Link href={`/stories/${s.id}`}>{s.headline}</Link>
          <span class="meta">
            <StateBadge state={s.state} />{' '}
            {time === 'scheduled' && s.publishedAt ? (
              <time dateTime={s.publishedAt}>{formatDateTime(s.publishedAt)}</time>
            ) : (
              <time dateTime={s.editedAt}>saved {formatRelative(s.editedAt)}</time>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
