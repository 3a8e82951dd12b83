import { listAuditRecords } from '../../../store/repositories/audit-log-repository.ts';
import { defineRoutes } from '../admin-route.ts';
import { schema } from '../json-schema.ts';
import { presentAudit } from '../presenters/present-audit.ts';
import { limitOf } from '../request-values.ts';

export const auditRoutes = defineRoutes([
  {
    method: 'GET', url: '/audit', operationId: 'listAudit', summary: 'Who did what, when: newest first.', tag: 'audit', access: 'audit.read',
    query: schema.object({
      userId: schema.integer(),
      action: schema.string({ max: 100 }),
      targetType: schema.string({ max: 50 }),
      targetId: schema.string({ max: 50 }),
      limit: schema.integer({ min: 1, max: 200 }),
      before: schema.integer({ description: 'Only entries with a smaller id (the last id of the previous page).' }),
    }),
    async handle({ ctx, query }) {
      const rows = await listAuditRecords(
        ctx.store.db,
        {
          actorUserId: query.userId as number | undefined,
          action: query.action as string | undefined,
          targetType: query.targetType as string | undefined,
          targetId: query.targetId as string | undefined,
          beforeId: query.before as number | undefined,
        },
        limitOf(query.limit, 100),
      );
      return { data: rows.map(presentAudit) };
    },
  },
]);
