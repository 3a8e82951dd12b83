import type { Article, ArticleStatus } from '../../domain/article.ts';
import { lifecycleState } from '../../domain/visibility.ts';
import {
  embargoAlert,
  planWireStory,
  WIRE_CORRECTION_NOTE,
  wireUpdatedAt,
  type StoredWireState,
  type WireAction,
  type WirePlan,
  type WireStatus,
} from '../../domain/wire-lifecycle.ts';
import type { ChangeEvent } from '../../events/change-event.ts';
import { articleKeys } from '../../newsroom/article-keys.ts';
import { applyStatusChange } from '../../newsroom/change-article-status.ts';
import { articleChangeKind, articleEvent } from '../../newsroom/change-events.ts';
import { applyArticleUpdate } from '../../newsroom/update-article.ts';
import type { Executor } from '../../store/database.ts';
import { replaceArticleWirePictures } from '../../store/repositories/article-wire-picture-repository.ts';
import { findArticleById, updateArticleRow } from '../../store/repositories/article-repository.ts';
import { findMediaById } from '../../store/repositories/media-repository.ts';
import { findTagsByIds } from '../../store/repositories/tag-repository.ts';
import { claimWireItem, saveWireItem, type WireItemState } from '../../store/repositories/wire-item-repository.ts';
import type { WireItem } from '../wire-item.ts';
import { insertWireStory } from './insert-wire-story.ts';
import { mapWireStory, type LeadPicture } from './map-wire-item.ts';
import type { StoryMaterials } from './prepare-story.ts';
import { recallPictures } from './recall-pictures.ts';
import type { SourceSettings } from './source-settings.ts';
import { storeWirePicture } from './store-wire-picture.ts';
import { wireSection } from './wire-section.ts';

export interface AppliedVersion {
  readonly action: Exclude<WireAction, 'rejected'>;
  readonly article: Article | null;
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
  // Pictures this version recalls leave every story, whatever becomes of the story itself.
  const recall = await recallPictures(db, item.provider, materials.recalled, now);
  events.push(...recall.events);
  const stored = claimed ?? (await adoptExistingStory(db, item));
  const before = stored?.articleId ? await findArticleById(db, stored.articleId) : null;
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
      // A first sight of a story stored before wire state was kept: record what is known, not this version.
      if (claimed === null && stored) await saveStored(db, stored, now);
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
      const stored2 = await storeStory(db, item, materials, settings, plan, before, now, problems);
      events.push(...stored2.events);
      await save('usable', stored2.article, plan.status ?? stored?.ingestStatus ?? null);
      return { action: plan.action, article: stored2.article, events, freedStorageKeys: recall.storageKeys, problems };
    }
  }
}

async function storeStory(
  db: Executor,
  item: WireItem,
  materials: StoryMaterials,
  settings: SourceSettings,
  plan: Extract<WirePlan, { kind: 'store' }>,
  before: Article | null,
  now: Date,
  problems: string[],
): Promise<{ article: Article; events: ChangeEvent[] }> {
  const lead = materials.lead ? await leadOf(db, item.provider, materials.lead, before, now) : null;
  const mapped = mapWireStory(item, materials.bodyHtml, settings, lead, materials.barred);
  const { fields } = mapped;
  if (plan.create || before === null) {
    const { section, created } = await wireSection(db, mapped.rulePath, settings.defaultSection, problems);
    const publishedAt = plan.status === 'published' ? laterOf(now, fields.embargoUntil) : null;
    const { article, event } = await insertWireStory(
      db,
      {
        fields, section, tagNames: mapped.tagNames, status: plan.status ?? 'draft', publishedAt,
        origin: { kind: 'wire', provider: item.provider, guid: item.guid, version: item.version ?? 0, etag: item.etag },
      },
      now,
    );
    await replaceArticleWirePictures(db, article.id, mapped.pictures);
    const sectionEvent: ChangeEvent[] = created ? [{ kind: 'sections.changed', id: section.id, keys: [], at: now }] : [];
    return { article, events: [...sectionEvent, event] };
  }

  const alert = embargoAlert(before.embargoUntil, item.embargoUntil, now);
  if (alert) problems.push(alert);
  if (plan.status !== null && plan.status !== before.status) {
    // Status first, without a revision of its own: the update below records one revision with everything.
    const wentOut = before.publishedAt !== null && before.status !== 'draft' && before.publishedAt.getTime() <= now.getTime();
    await updateArticleRow(db, before.id, {
      status: plan.status,
      ...(plan.status === 'published' && !wentOut ? { published_at: laterOf(now, fields.embargoUntil).getTime() } : {}),
    });
  } else if (before.status === 'published' && lifecycleState(before, now) === 'embargoed') {
    // Still under embargo: it goes out when the newest embargo lifts.
    await updateArticleRow(db, before.id, { published_at: laterOf(now, fields.embargoUntil).getTime() });
  }
  const existingTags = (await findTagsByIds(db, before.tagIds)).map((t) => t.name);
  const at = wireUpdatedAt(item.versionCreated, before.updatedAt ?? before.publishedAt, now);
  const { article } = await applyArticleUpdate(
    db,
    before.id,
    { ...fields, tagNames: [...existingTags, ...mapped.tagNames] },
    {
      actor: null,
      origin: { kind: 'wire', provider: item.provider, guid: item.guid, version: item.version ?? 0, etag: item.etag },
      note: item.isCorrection ? { kind: 'correction', text: WIRE_CORRECTION_NOTE, at } : { kind: 'update', text: '', at },
    },
    now,
  );
  await replaceArticleWirePictures(db, article.id, mapped.pictures);
  // Named from the story as it was before this version, so a story that comes back from withheld is announced as published.
  const keys = new Set([...(await articleKeys(db, before)), ...(await articleKeys(db, article))]);
  return { article, events: [articleEvent(articleChangeKind(before, article, now), article, [...keys], now)] };
}

/**
 * The lead picture's asset. When this version's download failed but the
 * story already shows the same picture, it keeps showing it.
 */
async function leadOf(
  db: Executor,
  provider: string,
  prepared: NonNullable<StoryMaterials['lead']>,
  before: Article | null,
  now: Date,
): Promise<LeadPicture> {
  let mediaId = await storeWirePicture(db, provider, prepared, now);
  if (mediaId === null && before?.leadMediaId != null && prepared.picture.guid !== null) {
    const current = await findMediaById(db, before.leadMediaId);
    if (current?.wireProvider === provider && current.wireGuid === prepared.picture.guid) mediaId = current.id;
  }
  return { picture: prepared.picture, mediaId, remote: prepared.remote };
}

const laterOf = (now: Date, embargo: Date | null): Date => (embargo !== null && embargo.getTime() > now.getTime() ? embargo : now);

/**
 * A story stored with a wire identity before wire state was kept (the demo
 * newsroom, earlier imports): its article stands for the stored version.
 */
async function adoptExistingStory(db: Executor, item: WireItem): Promise<WireItemState | null> {
  const found = await db.selectFrom('articles').select('id').where('wire_provider', '=', item.provider).where('wire_guid', '=', item.guid).executeTakeFirst();
  if (!found) return null;
  const article = await findArticleById(db, found.id);
  if (!article || article.origin.kind !== 'wire') return null;
  return {
    provider: item.provider,
    guid: item.guid,
    kind: 'story',
    version: article.origin.version,
    etag: article.origin.etag,
    versionCreated: null,
    pubStatus: article.status === 'killed' ? 'canceled' : article.status === 'withheld' ? 'withheld' : 'usable',
    articleId: article.id,
    mediaId: null,
    ingestStatus: article.status,
  };
}

async function saveStored(db: Executor, s: WireItemState, now: Date): Promise<void> {
  await saveWireItem(db, { ...s, receivedAt: now });
}
