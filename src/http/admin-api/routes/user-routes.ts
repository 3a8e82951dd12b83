import { addUser } from '../../../accounts/add-user.ts';
import { requireUser } from '../../../accounts/find-user.ts';
import { resetPassword } from '../../../accounts/reset-password.ts';
import { updateUser, type UserChanges } from '../../../accounts/update-user.ts';
import { ROLES } from '../../../domain/roles.ts';
import { listUsers } from '../../../store/repositories/user-repository.ts';
import { defineRoutes } from '../admin-route.ts';
import { schema } from '../json-schema.ts';
import { presentUser } from '../presenters/present-user.ts';

export const userRoutes = defineRoutes([
  {
    method: 'GET', url: '/users', operationId: 'listUsers', summary: 'Everyone with an account.', tag: 'users', access: 'users.manage',
    async handle({ ctx }) {
      return { data: (await listUsers(ctx.store.db)).map(presentUser) };
    },
  },
  {
    method: 'POST', url: '/users', operationId: 'createUser',
    summary: 'Open an account. The answer holds a one-time password, shown this once; the person replaces it at first sign-in.',
    tag: 'users', access: 'users.manage', tokens: false, status: 201,
    body: schema.object(
      { email: schema.string({ min: 3, max: 254 }), role: schema.enum(ROLES), name: schema.string({ min: 1, max: 200 }), authorId: schema.nullableId('Their byline record.') },
      ['email', 'role'],
    ),
    async handle({ ctx, actor, body }) {
      const { user, oneTimePassword } = await addUser(ctx, actor, body as { email: string; role: string; name?: string; authorId?: number | null });
      return { data: { user: presentUser(user), oneTimePassword } };
    },
  },
  {
    method: 'GET', url: '/users/:id', operationId: 'getUser', summary: 'One account.', tag: 'users', access: 'users.manage',
    async handle({ ctx, params }) {
      return { data: presentUser(await requireUser(ctx.store.db, params.id)) };
    },
  },
  {
    method: 'PATCH', url: '/users/:id', operationId: 'updateUser',
    summary: 'Change name, role or byline, or disable (ends their sessions, stops their tokens) and enable an account.', tag: 'users',
    access: 'users.manage',
    tokens: false,
    body: schema.object({ name: schema.string({ min: 1, max: 200 }), role: schema.enum(ROLES), authorId: schema.nullableId(), disabled: schema.boolean() }),
    async handle({ ctx, actor, params, body }) {
      return { data: presentUser(await updateUser(ctx, actor, params.id, body as UserChanges)) };
    },
  },
  {
    method: 'POST', url: '/users/:id/reset-password', operationId: 'resetPassword',
    summary: 'Replace a forgotten password with a one-time one (shown this once) and end the account\'s sessions.', tag: 'users', access: 'users.manage',
    tokens: false,
    async handle({ ctx, actor, params }) {
      const { user, oneTimePassword } = await resetPassword(ctx, actor, params.id);
      return { data: { user: presentUser(user), oneTimePassword } };
    },
  },
]);
