import type { Command } from 'commander';
import { createApiToken } from '../accounts/create-api-token.ts';
import { requireUser } from '../accounts/find-user.ts';
import { revokeApiToken } from '../accounts/revoke-api-token.ts';
import { TOKEN_SCOPES } from '../domain/token-scopes.ts';
import { DatelineError } from '../errors.ts';
import { listApiTokens } from '../store/repositories/api-token-repository.ts';
import { findUsersByIds } from '../store/repositories/user-repository.ts';
import { formatTable } from './print-table.ts';
import { runCommand } from './run-command.ts';
import { withCliContext } from './with-cli-context.ts';

const collect = (value: string, previous: string[]) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

function expiryOf(days: string | undefined, now: Date): Date | null {
  if (days === undefined) return null;
  if (!/^\d{1,4}$/.test(days) || Number(days) < 1) throw new DatelineError('invalid-input', '--expires-in takes a whole number of days from 1 to 9999');
  return new Date(now.getTime() + Number(days) * 86_400_000);
}

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '-');

/** `dateline token create|list|revoke`. A new token is printed once, alone on stdout; only its digest is kept. */
export function tokenCommand(program: Command): void {
  const token = program.command('token').description('API tokens for the admin API, wire push and the content API: create, list, revoke');

  token
    .command('create')
    .description('issue a token acting for a user (within their role) and print it once')
    .requiredOption('--user <email>', 'the account the token acts for')
    .requiredOption('--name <name>', 'what it is for, e.g. "AP wire push"')
    .option('--scope <scope>', `repeatable or comma-separated: ${Object.keys(TOKEN_SCOPES).join(', ')}`, collect, [] as string[])
    .option('--expires-in <days>', 'stop working after this many days (default: never)')
    .action((opts: { user: string; name: string; scope: string[]; expiresIn?: string }) =>
      runCommand(() =>
        withCliContext(async (ctx, actor) => {
          if (opts.scope.length === 0) throw new DatelineError('invalid-input', `give at least one --scope (${Object.keys(TOKEN_SCOPES).join(', ')})`);
          const { token: value, info } = await createApiToken(ctx, actor, {
            user: opts.user, name: opts.name, scopes: opts.scope, expiresAt: expiryOf(opts.expiresIn, ctx.now()),
          });
          process.stderr.write(`token ${info.id} "${info.name}" (${info.scopes.join(', ')}) for ${opts.user}; it is shown only now:\n`);
          process.stdout.write(`${value}\n`);
        }),
      ),
    );

  token
    .command('list')
    .description('tokens with their owner, scopes and last use (never their values)')
    .option('--user <email>', 'only this account\'s tokens')
    .option('--json', 'one JSON object per line')
    .action((opts: { user?: string; json?: boolean }) =>
      runCommand(() =>
        withCliContext(async (ctx) => {
          const userId = opts.user ? (await requireUser(ctx.store.db, opts.user)).id : undefined;
          const tokens = await listApiTokens(ctx.store.db, { userId });
          const owners = await findUsersByIds(ctx.store.db, tokens.map((t) => t.userId));
          const now = ctx.now();
          const state = (t: (typeof tokens)[number]) =>
            t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
          if (opts.json) {
            for (const t of tokens) {
              process.stdout.write(
                `${JSON.stringify({ id: t.id, name: t.name, hint: t.hint, user: owners.get(t.userId)?.email ?? null, scopes: t.scopes, state: state(t), createdAt: t.createdAt.toISOString(), expiresAt: t.expiresAt?.toISOString() ?? null, lastUsedAt: t.lastUsedAt?.toISOString() ?? null })}\n`,
              );
            }
            return;
          }
          if (tokens.length === 0) {
            process.stderr.write('no tokens\n');
            return;
          }
          const rows = tokens.map((t) => [
            String(t.id), `${t.hint}...`, state(t), owners.get(t.userId)?.email ?? '?', t.scopes.join(','), when(t.lastUsedAt), when(t.expiresAt), t.name,
          ]);
          process.stdout.write(formatTable(['ID', 'TOKEN', 'STATE', 'USER', 'SCOPES', 'LAST USED (UTC)', 'EXPIRES (UTC)', 'NAME'], rows));
        }),
      ),
    );

  token
    .command('revoke')
    .description('stop a token at once')
    .argument('<id>', 'the token id shown by "token list"')
    .action((id: string) =>
      runCommand(() =>
        withCliContext(async (ctx, actor) => {
          if (!/^\d{1,10}$/.test(id)) throw new DatelineError('invalid-input', `"${id}" is not a token id (see dateline token list)`);
          const revoked = await revokeApiToken(ctx, actor, Number(id));
          process.stdout.write(`revoked token ${revoked.id} "${revoked.name}"\n`);
        }),
      ),
    );
}
