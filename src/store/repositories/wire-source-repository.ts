import type { Selectable } from 'kysely';
import type { WirePolicy } from '../../domain/wire-lifecycle.ts';
import { readSubjectRules, type WireSource } from '../../domain/wire-source.ts';
import type { Executor, WireSourcesTable } from '../database.ts';
import { toDate, toDateOrNull } from './time-columns.ts';

function toSource(r: Selectable<WireSourcesTable>): WireSource {
  const parsed = readSubjectRules(JSON.parse(r.subject_rules));
  return Object.freeze({
    id: r.id,
    name: r.name,
    provider: r.provider,
    displaySource: r.display_source,
    policy: r.policy as WirePolicy,
    defaultSection: r.default_section,
    // Rules are checked when saved; a row edited by hand into nonsense places nothing rather than failing every item.
    subjectRules: Object.freeze(parsed.ok ? parsed.rules : []),
    remoteImages: Number(r.remote_images) === 1,
    poll:
      r.poll_url && r.poll_interval_seconds
        ? Object.freeze({
            url: r.poll_url, intervalSeconds: r.poll_interval_seconds, cursor: r.poll_cursor, etag: r.poll_etag,
            lastModified: r.poll_last_modified, checkedAt: toDateOrNull(r.poll_checked_at), error: r.poll_error,
          })
        : null,
    pushTokenId: r.push_token_id,
    createdAt: toDate(r.created_at),
    updatedAt: toDate(r.updated_at),
  });
}

export interface NewWireSource extends Pick<WireSource, 'name' | 'provider' | 'displaySource' | 'policy' | 'defaultSection' | 'subjectRules' | 'remoteImages'> {
  readonly pollUrl: string | null;
  readonly pollIntervalSeconds: number | null;
  readonly pushTokenId: number | null;
  readonly now: Date;
}

export async function insertWireSource(db: Executor, s: NewWireSource): Promise<WireSource> {
  const r = await db
    .insertInto('wire_sources')
    .values({
      name: s.name, provider: s.provider, display_source: s.displaySource, policy: s.policy, default_section: s.defaultSection,
      subject_rules: JSON.stringify(s.subjectRules), remote_images: s.remoteImages ? 1 : 0, poll_url: s.pollUrl,
      poll_interval_seconds: s.pollIntervalSeconds, push_token_id: s.pushTokenId, created_at: s.now.getTime(), updated_at: s.now.getTime(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSource(r);
}

export async function listWireSources(db: Executor): Promise<WireSource[]> {
  return (await db.selectFrom('wire_sources').selectAll().orderBy('name').execute()).map(toSource);
}

export async function findWireSourceByName(db: Executor, name: string): Promise<WireSource | null> {
  const r = await db.selectFrom('wire_sources').selectAll().where('name', '=', name).executeTakeFirst();
  return r ? toSource(r) : null;
}

export async function findWireSourceById(db: Executor, id: number): Promise<WireSource | null> {
  const r = await db.selectFrom('wire_sources').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toSource(r) : null;
}

export async function findWireSourceByPushToken(db: Executor, tokenId: number): Promise<WireSource | null> {
  const r = await db.selectFrom('wire_sources').selectAll().where('push_token_id', '=', tokenId).orderBy('id').executeTakeFirst();
  return r ? toSource(r) : null;
}

export async function deleteWireSource(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('wire_sources').where('id', '=', id).execute();
}

/** What one poll learned: where to start next time and the validators for a conditional request. */
export async function savePollState(
  db: Executor,
  id: number,
  state: { cursor: string | null; etag: string | null; lastModified: string | null; checkedAt: Date; error: string | null },
): Promise<void> {
  await db
    .updateTable('wire_sources')
    .set({
      poll_cursor: state.cursor, poll_etag: state.etag, poll_last_modified: state.lastModified,
      poll_checked_at: state.checkedAt.getTime(), poll_error: state.error,
    })
    .where('id', '=', id)
    .execute();
}

export async function savePollError(db: Executor, id: number, error: string, checkedAt: Date): Promise<void> {
  await db.updateTable('wire_sources').set({ poll_error: error, poll_checked_at: checkedAt.getTime() }).where('id', '=', id).execute();
}

/**
 * Takes the next poll of a source for this node: succeeds only if no other
 * node polled it since `seenCheckedAt`, so servers sharing one store poll
 * each feed once per interval between them.
 */
export async function claimPoll(db: Executor, id: number, seenCheckedAt: Date | null, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('wire_sources')
    .set({ poll_checked_at: now.getTime() })
    .where('id', '=', id)
    .where((eb) => (seenCheckedAt === null ? eb('poll_checked_at', 'is', null) : eb('poll_checked_at', '=', seenCheckedAt.getTime())))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
