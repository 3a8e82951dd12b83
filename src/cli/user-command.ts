import { type Command, Option } from 'commander';
import { addUser } from '../accounts/add-user.ts';
import { resetPassword } from '../accounts/reset-password.ts';
import { updateUser } from '../accounts/update-user.ts';
import { ROLES } from '../domain/roles.ts';
import { findAuthorBySlug } from '../store/repositories/author-repository.ts';
import { listUsers } from '../store/repositories/user-repository.ts';
import { DatelineError } from '../errors.ts';
import { formatTable } from './print-table.ts';
import { runCommand } from './run-command.ts';
import { withCliContext } from './with-cli-context.ts';

/**
 * `dateline user add|list|disable|enable|reset-password`. A one-time
 * password is the only thing written to stdout (so scripts can take it);
 * the explanation goes to stderr.
 */
export function userCommand(program: Command): void {
  const user = program.command('user').description('newsroom accounts: add, list, disable, enable, reset-password');

  user
    .command('add')
    .description('open an account and print its one-time password (replaced at first sign-in)')
    .argument('<email>', 'sign-in address')
    .addOption(new Option('--role <role>', 'what they may do').choices(ROLES).makeOptionMandatory())
    .option('--name <name>', 'display name (default: the part of the address before @)')
    .option('--author <slug>', 'link the account to this byline record, so stories credited to it are theirs')
    .action((email: string, opts: { role: string; name?: string; author?: string }) =>
      runCommand(() =>
        withCliContext(async (ctx, actor) => {
          let authorId: number | null = null;
          if (opts.author !== undefined) {
            const author = await findAuthorBySlug(ctx.store.db, opts.author);
            if (!author) throw new DatelineError('not-found', `no author "${opts.author}"`);
            authorId = author.id;
          }
          const { user: created, oneTimePassword } = await addUser(ctx, actor, { email, role: opts.role, name: opts.name, authorId });
          process.stderr.write(`created ${created.role} ${created.email}; one-time password (to be replaced at first sign-in):\n`);
          process.stdout.write(`${oneTimePassword}\n`);
        }),
      ),
    );

  user
    .command('list')
    .description('everyone with an account')
    .option('--json', 'one JSON object per line')
    .action((opts: { json?: boolean }) =>
      runCommand(() =>
        withCliContext(async (ctx) => {
          const users = await listUsers(ctx.store.db);
          if (opts.json) {
            for (const u of users) {
              process.stdout.write(
                `${JSON.stringify({ id: u.id, email: u.email, name: u.name, role: u.role, disabled: u.disabled, mustChangePassword: u.mustChangePassword, lastLoginAt: u.lastLoginAt?.toISOString() ?? null })}\n`,
              );
            }
            return;
          }
          if (users.length === 0) {
            process.stderr.write('no accounts yet; add one with: dateline user add EMAIL --role administrator\n');
            return;
          }
          const rows = users.map((u) => [
            String(u.id), u.email, u.role, u.disabled ? 'disabled' : u.mustChangePassword ? 'one-time password' : 'active',
            u.lastLoginAt ? u.lastLoginAt.toISOString().slice(0, 16).replace('T', ' ') : 'never', u.name,
          ]);
          process.stdout.write(formatTable(['ID', 'EMAIL', 'ROLE', 'STATUS', 'LAST SIGN-IN (UTC)', 'NAME'], rows));
        }),
      ),
    );

  user
    .command('disable')
    .description('shut an account out: its sessions end and its tokens stop working')
    .argument('<email>')
    .action((email: string) =>
      runCommand(() =>
        withCliContext(async (ctx, actor) => {
          const u = await updateUser(ctx, actor, email, { disabled: true });
          process.stdout.write(`disabled ${u.email}\n`);
        }),
      ),
    );

  user
    .command('enable')
    .description('let a disabled account sign in again')
    .argument('<email>')
    .action((email: string) =>
      runCommand(() =>
        withCliContext(async (ctx, actor) => {
          const u = await updateUser(ctx, actor, email, { disabled: false });
          process.stdout.write(`enabled ${u.email}\n`);
        }),
      ),
    );

  user
    .command('reset-password')
    .description('replace a password with a one-time one and print it; ends the account\'s sessions')
    .argument('<email>')
    .action((email: string) =>
      runCommand(() =>
        withCliContext(async (ctx, actor) => {
          const { user: u, oneTimePassword } = await resetPassword(ctx, actor, email);
          process.stderr.write(`reset ${u.email}; one-time password (to be replaced at first sign-in):\n`);
          process.stdout.write(`${oneTimePassword}\n`);
        }),
      ),
    );
}
