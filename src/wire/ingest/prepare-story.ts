import { compareWireVersions } from '../../domain/wire-lifecycle.ts';
import { findMediaByWireGuid } from '../../store/repositories/media-repository.ts';
import { peekWireItem, pictureStatuses } from '../../store/repositories/wire-item-repository.ts';
import type { WireItem, WirePicture } from '../wire-item.ts';
import { fetchStoryBody, needsStoryFile } from './fetch-story-body.ts';
import { preparePicture, type PreparedPicture } from './prepare-picture.ts';
import type { SourceSettings } from './source-settings.ts';
import type { WireIngestDeps } from './wire-ingest-deps.ts';

/** What a story version needs from outside the store, fetched before its transaction opens. */
export interface StoryMaterials {
  readonly bodyHtml: string;
  /** The body could not be fetched: the story is kept but held for an editor. */
  readonly incomplete: boolean;
  readonly lead: PreparedPicture | null;
  /** Association names the story may not show: withheld or killed, in this version or before. */
  readonly barred: ReadonlySet<string>;
  /** Pictures this version reports as withheld or killed: they leave every story. */
  readonly recalled: readonly WirePicture[];
  readonly problems: readonly string[];
}

/**
 * Fetches only for a version that will be applied: a repeat or an older
 * version downloads nothing. The transaction decides again with the row
 * locked; this early look only saves downloads.
 */
export async function prepareStory(deps: WireIngestDeps, item: WireItem, settings: SourceSettings): Promise<StoryMaterials> {
  const db = deps.ctx.store.db;
  const recalled = item.pictures.filter((p) => p.pubStatus !== 'usable' && p.guid !== null);
  // A story without text is not published on its own: it waits for an editor.
  const shell = item.bodyHtml === '' && !needsStoryFile(item);
  const nothing: StoryMaterials = { bodyHtml: item.bodyHtml, incomplete: shell, lead: null, barred: new Set(), recalled, problems: [] };
  // Nothing to fetch: the store need not be asked.
  if (item.pubStatus !== 'usable' || (item.pictures.length === 0 && !needsStoryFile(item))) return nothing;
  const known = await peekWireItem(db, item.provider, item.guid);
  if (known !== null && (known.pubStatus === 'canceled' || compareWireVersions(item, known) !== 'newer')) return nothing;

  const problems: string[] = [];
  let bodyHtml = item.bodyHtml;
  let incomplete = shell;
  if (needsStoryFile(item)) {
    const fetched = await fetchStoryBody(deps.fetcher, item);
    if ('html' in fetched) bodyHtml = fetched.html;
    else {
      problems.push(`${fetched.problem}; the story is held for an editor`);
      incomplete = true;
    }
  }

  const guids = item.pictures.flatMap((p) => (p.guid ? [p.guid] : []));
  const statuses = guids.length > 0 ? await pictureStatuses(db, item.provider, guids) : new Map();
  const barred = new Set(
    item.pictures.filter((p) => p.pubStatus !== 'usable' || (p.guid !== null && (statuses.get(p.guid) ?? 'usable') !== 'usable')).map((p) => p.name),
  );
  const leadPicture = item.pictures.find((p) => !barred.has(p.name)) ?? null;
  let lead: PreparedPicture | null = null;
  if (leadPicture) {
    const stored = leadPicture.guid !== null && !settings.remoteImages && (await findMediaByWireGuid(db, item.provider, leadPicture.guid)).length > 0;
    lead = await preparePicture(deps, leadPicture, { remote: settings.remoteImages, skipDownload: stored });
    if (lead.problem) problems.push(`${lead.problem}; the story goes ahead without it`);
  }
  return { bodyHtml, incomplete, lead, barred, recalled, problems };
}
