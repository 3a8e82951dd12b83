import type { Article, ArticleStatus } from '../../domain/article.ts';
import { planWireStory, type StoredWireState, type WireAction, type WireStatus } from '../../domain/wire-lifecycle.ts';
import type { ChangeEvent } from '../../events/change-event.ts';
import { applyStatusChange } from '../../newsroom/change-article-status.ts';
import type { Executor } from '../../store/database.ts';
import { findArticleById } from '../../store/repositories/article-repository.ts';
import { claimWireItem, findWireStoryId, saveWireItem } from '../../store/repositories/wire-item-repository.ts';
import { WireItemError } from '../parse/wire-item-error.ts';
import type { WireItem } from '../wire-item.ts';
import type { StoryMaterials } from './prepare-story.ts';
import { recallPictures } from './recall-pictures.ts';
import type { SourceSettings } from './source-settings.ts';
import { storeStoryVersion } from './store-story-version.ts';
import { adoptedState } from './wire-story-state.ts';

export interface AppliedVersion {
  readonly action: Exclude<WireAction, 'rejected'>;
  readonly article: Article | null;
  /** The story's section path when it is at hand (a story just created), saving a lookup. */
  readonly sectionPath?: string;
  readonly events: readonly ChangeEvent[];
  /** Originals whose last asset went with a recalled picture. */
  readonly freedStorageKeys: readonly string[];
  readonly problems: readonly string[];
}

/**
 * Inside the item's transaction: applies one story version by the lifecycle
 * rule and records the key's new state. Nothing here fetches; every write
 * lands together or not at all.
 */
export async function applyStoryVersion(
  db: Executor,
  item: WireItem,
  materials: StoryMaterials,
  settings: SourceSettings,
  now: Date,
): Promise<AppliedVersion> {
  const problems: string[] = [...materials.problems];
  const events: ChangeEvent[] = [];
  const claimed = await claimWireItem(db, { provider: item.provider, guid: item.guid, kind: 'story' }, now);
  if (claimed && claimed.kind !== 'story') throw new WireItemError(`${item.guid} was delivered as a picture before; a story cannot take its id`);
  // Pictures this version recalls leave every story, whatever becomes of the story itself.
  const recall = await recallPictures(db, item.provider, materials.recalled, now);
  events.push(...recall.events);
  // A story can exist without wire state (stored before it was kept, as the demo's are): its row is the state.
  const articleId = claimed?.articleId ?? (await findWireStoryId(db, item.provider, item.guid));
  const before = articleId !== null ? await findArticleById(db, articleId) : null;
  const stored = claimed ?? (before ? adoptedState(item, before) : null);
  const state: StoredWireState | null = stored && { ...stored, articleStatus: before?.status ?? null };

  const plan = planWireStory({ ...item, incomplete: materials.incomplete }, state, settings.policy, now);
  const save = (pubStatus: WireStatus, article: Article | null, ingestStatus: ArticleStatus | null) =>
    saveWireItem(db, {
      provider: item.provider, guid: item.guid, kind: 'story', version: item.version, etag: item.etag, versionCreated: item.versionCreated,
      pubStatus, articleId: article?.id ?? null, mediaId: null, ingestStatus, receivedAt: now,
    });

  switch (plan.kind) {
    case 'ignore':
      if (plan.reason === 'killed') problems.push('the story was killed: this version is kept on its receipt for an editor to decide on');
      // A story stored without wire state: record what is known of it, not this version.
      if (claimed === null && stored) await saveWireItem(db, { ...stored, receivedAt: now });
      return { action: plan.action, article: before, events, freedStorageKeys: recall.storageKeys, problems };
    case 'record':
      await save(item.pubStatus, null, null);
      return { action: plan.action, article: null, events, freedStorageKeys: recall.storageKeys, problems };
    case 'kill':
    case 'withhold': {
      const status = plan.kind === 'kill' ? 'killed' : 'withheld';
      let article = before!;
      if (article.status !== status) {
        const changed = await applyStatusChange(db, article.id, { kind: plan.kind }, null, now);
        article = changed.article;
        events.push(changed.event);
      }
      await save(item.pubStatus, article, status);
      return { action: plan.action, article, events, freedStorageKeys: recall.storageKeys, problems };
    }
    case 'store': {
      if (materials.bodyHtml === '' && plan.status === 'draft') problems.push('the item has no text; the story is held for an editor');
      const result = await storeStoryVersion(db, item, materials, settings, plan, before, now, problems);
      events.push(...result.events);
      await save('usable', result.article, plan.status ?? stored?.ingestStatus ?? null);
      return { action: plan.action, article: result.article, sectionPath: result.sectionPath, events, freedStorageKeys: recall.storageKeys, problems };
    }
  }
}
