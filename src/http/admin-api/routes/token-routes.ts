import { createApiToken } from '../../../accounts/create-api-token.ts';
import { revokeApiToken } from '../../../accounts/revoke-api-token.ts';
import { TOKEN_SCOPES } from '../../../domain/token-scopes.ts';
import { listApiTokens } from '../../../store/repositories/api-token-repository.ts';
import { defineRoutes } from '../admin-route.ts';
import { schema } from '../json-schema.ts';
import { presentToken } from '../presenters/present-token.ts';
import { dateOf } from '../request-values.ts';

export const tokenRoutes = defineRoutes([
  {
    method: 'GET', url: '/tokens', operationId: 'listTokens', summary: 'API tokens (never their values).', tag: 'tokens', access: 'tokens.manage',
    query: schema.object({ userId: schema.integer() }),
    async handle({ ctx, query }) {
      const now = ctx.now();
      return { data: (await listApiTokens(ctx.store.db, { userId: query.userId as number | undefined })).map((t) => presentToken(t, now)) };
    },
  },
  {
    method: 'POST', url: '/tokens', operationId: 'createToken',
    summary: 'Issue a token acting for a user, within their role and these scopes. Its value is in this answer only.',
    tag: 'tokens', access: 'tokens.manage', tokens: false, status: 201,
    body: schema.object(
      {
        userId: schema.integer(),
        name: schema.string({ min: 1, max: 100 }),
        scopes: { ...schema.array(schema.enum(Object.keys(TOKEN_SCOPES)), 4), minItems: 1 },
        expiresAt: schema.nullableDateTime('Stops working at this time; null for never.'),
      },
      ['userId', 'name', 'scopes'],
    ),
    async handle({ ctx, actor, body }) {
      const b = body as { userId: number; name: string; scopes: string[]; expiresAt?: string | null };
      const { token, info } = await createApiToken(ctx, actor, { user: b.userId, name: b.name, scopes: b.scopes, expiresAt: dateOf(b.expiresAt) });
      return { data: { ...presentToken(info, ctx.now()), token } };
    },
  },
  {
    method: 'DELETE', url: '/tokens/:id', operationId: 'revokeToken', summary: 'Revoke a token at once.', tag: 'tokens', access: 'tokens.manage',
    async handle({ ctx, actor, params }) {
      return { data: presentToken(await revokeApiToken(ctx, actor, params.id), ctx.now()) };
    },
  },
]);
