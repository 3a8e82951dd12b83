import type { Article } from '../../domain/article.ts';
import { lifecycleState } from '../../domain/visibility.ts';
import { embargoAlert, WIRE_CORRECTION_NOTE, wireUpdatedAt, type WirePlan } from '../../domain/wire-lifecycle.ts';
import type { ChangeEvent } from '../../events/change-event.ts';
import { articleKeys } from '../../newsroom/article-keys.ts';
import { articleChangeKind, articleEvent } from '../../newsroom/change-events.ts';
import { applyArticleUpdate } from '../../newsroom/update-article.ts';
import type { Executor } from '../../store/database.ts';
import { replaceArticleWirePictures } from '../../store/repositories/article-wire-picture-repository.ts';
import { updateArticleRow } from '../../store/repositories/article-repository.ts';
import { findMediaById } from '../../store/repositories/media-repository.ts';
import { findTagsByIds } from '../../store/repositories/tag-repository.ts';
import type { WireItem } from '../wire-item.ts';
import { insertWireStory } from './insert-wire-story.ts';
import { mapWireStory, type LeadPicture } from './map-wire-item.ts';
import type { StoryMaterials } from './prepare-story.ts';
import type { SourceSettings } from './source-settings.ts';
import { storeWirePicture } from './store-wire-picture.ts';
import { wireSection } from './wire-section.ts';

/**
 * Inside the item's transaction: writes a usable story version. A first
 * version becomes a story in the section its subjects give it; a later one
 * replaces the wire-owned fields wholesale and keeps the section, address
 * and first-published time. `plan.status` null leaves an editor's status.
 */
export async function storeStoryVersion(
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
