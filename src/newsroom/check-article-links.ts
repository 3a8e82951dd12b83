import { DatelineError } from '../errors.ts';
import type { Executor } from '../store/database.ts';
import { findAuthorsByIds } from '../store/repositories/author-repository.ts';
import { findMediaById } from '../store/repositories/media-repository.ts';
import { findSeriesById } from '../store/repositories/series-repository.ts';

/** Refuses links to records that do not exist, with the field named, before the store refuses them less helpfully. */
export async function checkArticleLinks(
  db: Executor,
  links: { leadMediaId?: number | null; seriesId?: number | null; authorIds?: readonly number[] },
): Promise<void> {
  if (links.leadMediaId != null && !(await findMediaById(db, links.leadMediaId))) {
    throw new DatelineError('invalid-input', `no image with id ${links.leadMediaId}`, { details: { field: 'leadMediaId' } });
  }
  if (links.seriesId != null && !(await findSeriesById(db, links.seriesId))) {
    throw new DatelineError('invalid-input', `no series with id ${links.seriesId}`, { details: { field: 'seriesId' } });
  }
  if (links.authorIds && links.authorIds.length > 0) {
    const found = new Set((await findAuthorsByIds(db, links.authorIds)).map((a) => a.id));
    const missing = links.authorIds.filter((id) => !found.has(id));
    if (missing.length > 0) throw new DatelineError('invalid-input', `no author with id ${missing.join(', ')}`, { details: { field: 'authorIds' } });
  }
}
