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
import { WireItemError } from '../parse/wire-item-error.ts';
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
  const articleId = claimed?.articleId ?? (await wireStoryId(db, item));
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
      const result = await storeStory(db, item, materials, settings, plan, before, now, problems);
      events.push(...result.events);
      await save('usable', result.article, plan.status ?? stored?.ingestStatus ?? null);
      return { action: plan.action, article: result.article, sectionPath: result.sectionPath, events, freedStorageKeys: recall.storageKeys, problems };
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
): Promise<{ article: Article; events: ChangeEvent[]; sectionPath?: string }> {
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
    // A new story shows no pictures yet: only what this version shows is recorded.
    if (mapped.pictures.length > 0) await replaceArticleWirePictures(db, article.id, mapped.pictures);
    const sectionEvent: ChangeEvent[] = created ? [{ kind: 'sections.changed', id: section.id, keys: [], at: now }] : [];
    return { article, events: [...sectionEvent, event], sectionPath: section.path };
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

async function wireStoryId(db: Executor, item: WireItem): Promise<number | null> {
  const found = await db.selectFrom('articles').select('id').where('wire_provider', '=', item.provider).where('wire_guid', '=', item.guid).executeTakeFirst();
  return found?.id ?? null;
}

/** What a story stored without wire state stands for: its own version, and a status the ingest may manage. */
function adoptedState(item: WireItem, article: Article): WireItemState {
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
