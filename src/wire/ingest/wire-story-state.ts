import type { Article } from '../../domain/article.ts';
import type { WireItemState } from '../../store/repositories/wire-item-repository.ts';
import type { WireItem } from '../wire-item.ts';

/** What a story stored without wire state stands for: its own version, and a status the ingest may manage. */
export function adoptedState(item: WireItem, article: Article): WireItemState {
  return {
    provider: item.provider,
    guid: item.guid,
    kind: 'story',
    version: article.origin.kind === 'wire' ? article.origin.version : null,
    etag: article.origin.kind === 'wire' ? article.origin.etag : null,
    versionCreated: null,
    pubStatus: article.status === 'killed' ? 'canceled' : article.status === 'withheld' ? 'withheld' : 'usable',
    articleId: article.id,
    mediaId: null,
    ingestStatus: article.status,
  };
}
