import type { Executor } from '../database.ts';
import { toDate } from './time-columns.ts';

export interface AuditRecord {
  readonly id: number;
  readonly at: Date;
  readonly actorUserId: number | null;
  readonly actor: string;
  readonly via: string;
  readonly action: string;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly details: Readonly<Record<string, unknown>> | null;
  readonly ip: string | null;
}

export async function insertAuditRecord(db: Executor, r: Omit<AuditRecord, 'id'>): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: r.at.getTime(), actor_user_id: r.actorUserId, actor: r.actor, via: r.via, action: r.action, target_type: r.targetType,
      target_id: r.targetId, details: r.details ? JSON.stringify(r.details) : null, ip: r.ip,
    })
    .execute();
}

export interface AuditFilter {
  readonly actorUserId?: number;
  readonly action?: string;
  readonly targetType?: string;
  readonly targetId?: string;
  /** Keyset cursor: entries with a smaller id. */
  readonly beforeId?: number;
}

/** Newest first. */
export async function listAuditRecords(db: Executor, filter: AuditFilter, limit: number): Promise<AuditRecord[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (filter.actorUserId !== undefined) q = q.where('actor_user_id', '=', filter.actorUserId);
  if (filter.action !== undefined) q = q.where('action', '=', filter.action);
  if (filter.targetType !== undefined) q = q.where('target_type', '=', filter.targetType);
  if (filter.targetId !== undefined) q = q.where('target_id', '=', filter.targetId);
  if (filter.beforeId !== undefined) q = q.where('id', '<', filter.beforeId);
  const rows = await q.orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) =>
    Object.freeze({
      id: r.id, at: toDate(r.at), actorUserId: r.actor_user_id, actor: r.actor, via: r.via, action: r.action, targetType: r.target_type,
      targetId: r.target_id, details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null, ip: r.ip,
    }),
  );
}
