import type { AuditRecord } from '../../../store/repositories/audit-log-repository.ts';

export function presentAudit(r: AuditRecord) {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actor,
    actorUserId: r.actorUserId,
    via: r.via,
    action: r.action,
    target: r.targetType === null ? null : { type: r.targetType, id: r.targetId },
    details: r.details,
    ip: r.ip,
  };
}
