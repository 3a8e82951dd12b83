import type { Actor } from '../domain/actor.ts';
import type { Executor } from '../store/database.ts';
import { insertAuditRecord } from '../store/repositories/audit-log-repository.ts';

export interface AuditEntry {
  /** `<thing>.<verb>`: `article.publish`, `user.disable`, `token.create`. */
  readonly action: string;
  readonly targetType?: string;
  readonly targetId?: number | string;
  /** What changed, in a few safe words and values; never a secret. */
  readonly details?: Record<string, unknown>;
}

/** Writes the entry in the caller's transaction, so the log holds exactly what committed. */
export async function recordAudit(db: Executor, actor: Actor, at: Date, entry: AuditEntry): Promise<void> {
  await insertAuditRecord(db, {
    at,
    actorUserId: actor.principal?.userId ?? null,
    actor: actor.label,
    via: actor.via,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId === undefined ? null : String(entry.targetId),
    details: entry.details ?? null,
    ip: actor.ip,
  });
}
