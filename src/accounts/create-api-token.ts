import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../domain/actor.ts';
import { can } from '../domain/roles.ts';
import { principalOf } from '../domain/user.ts';
import { isTokenScope, type TokenScope } from '../domain/token-scopes.ts';
import { plainText } from '../domain/sanitize-html.ts';
import { DatelineError } from '../errors.ts';
import type { ServiceContext } from '../service-context.ts';
import { type ApiTokenInfo, insertApiToken } from '../store/repositories/api-token-repository.ts';
import { newApiToken, tokenHint } from './api-token-format.ts';
import { digestSecret } from './secret-token.ts';
import { requireUser } from './find-user.ts';
import { requirePermission } from './require-permission.ts';

export interface NewTokenInput {
  /** The account the token acts for; its role bounds what the token can do. */
  readonly user: number | string;
  readonly name: string;
  readonly scopes: readonly string[];
  readonly expiresAt?: Date | null;
}

/**
 * Issues a token. The token itself is returned here once and kept only as a
 * digest; lose it and issue another.
 */
export async function createApiToken(ctx: ServiceContext, actor: Actor, input: NewTokenInput): Promise<{ token: string; info: ApiTokenInfo }> {
  requirePermission(actor, 'tokens.manage');
  const name = plainText(input.name);
  if (!name || name.length > 100) throw new DatelineError('invalid-input', 'a token needs a name of 1 to 100 characters', { details: { field: 'name' } });
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0 || !scopes.every(isTokenScope)) {
    throw new DatelineError('invalid-input', 'scopes must be one or more of admin:read, admin:write, wire:push, content:read', { details: { field: 'scopes' } });
  }
  const now = ctx.now();
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    throw new DatelineError('invalid-input', 'a token must expire in the future', { details: { field: 'expiresAt' } });
  }
  const token = newApiToken();
  const info = await ctx.store.transaction(async (trx) => {
    const owner = await requireUser(trx, input.user);
    if (owner.disabled) throw new DatelineError('conflict', `${owner.email} is disabled`);
    if ((scopes as TokenScope[]).includes('wire:push') && !can(principalOf(owner), 'wire.manage')) {
      throw new DatelineError('invalid-input', 'a wire:push token must belong to an editor or administrator', { details: { field: 'scopes' } });
    }
    const created = await insertApiToken(trx, {
      userId: owner.id, name, tokenHash: digestSecret(token), hint: tokenHint(token), scopes: scopes as TokenScope[], now,
      createdBy: actor.label, expiresAt: input.expiresAt ?? null,
    });
    await recordAudit(trx, actor, now, {
      action: 'token.create', targetType: 'token', targetId: created.id, details: { name, owner: owner.email, scopes, hint: created.hint },
    });
    return created;
  });
  return { token, info };
}
