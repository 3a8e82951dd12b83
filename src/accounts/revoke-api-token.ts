import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import { type ApiTokenInfo, findApiTokenById, markApiTokenRevoked } from '../store/repositories/api-token-repository.ts';
import { requirePermission } from './require-permission.ts';

/** Revokes at once and for good; revoking twice is harmless. */
export async function revokeApiToken(ctx: ServiceContext, actor: Actor, id: number): Promise<ApiTokenInfo> {
  requirePermission(actor, 'tokens.manage');
  const now = ctx.now();
  return ctx.store.transaction(async (trx) => {
    const token = await findApiTokenById(trx, id);
    if (!token) throw new DatelineError('not-found', `no token with id ${id}`);
    if (token.revokedAt === null) {
      await markApiTokenRevoked(trx, id, now);
      await recordAudit(trx, actor, now, { action: 'token.revoke', targetType: 'token', targetId: id, details: { name: token.name, hint: token.hint } });
    }
    return (await findApiTokenById(trx, id))!;
  });
}
