import { readFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { createApiToken } from '../accounts/create-api-token.ts';
import { revokeApiToken } from '../accounts/revoke-api-token.ts';
import type { WireSource } from '../domain/wire-source.ts';
import { DatelineError } from '../errors.ts';
import { listWireSources } from '../store/repositories/wire-source-repository.ts';
import { addWireSource, removeWireSource } from '../wire/sources/save-wire-source.ts';
import { formatTable } from './print-table.ts';
import { runCommand } from './run-command.ts';
import { withCliContext } from './with-cli-context.ts';

interface AddOptions {
  provider?: string;
  displaySource?: string;
  policy: string;
  section?: string;
  rules?: string;
  remoteImages?: boolean;
  pollUrl?: string;
  pollInterval?: string;
  pushUser?: string;
  pushToken?: string;
}

function wholeNumber(flag: string, raw: string | undefined): number | null {
  if (raw === undefined) return null;
  if (!/^\d{1,9}$/.test(raw)) throw new DatelineError('invalid-input', `${flag} takes a whole number, got "${raw}"`);
  return Number(raw);
}

/** `--rules` takes JSON, or `@file` to read it from a file. */
async function rulesText(raw: string | undefined): Promise<string | undefined> {
  if (raw === undefined || !raw.startsWith('@')) return raw;
  try {
    return await readFile(raw.slice(1), 'utf8');
  } catch (error) {
    throw new DatelineError('invalid-input', `cannot read subject rules from ${raw.slice(1)}: ${(error as Error).message}`);
  }
}

function asJson(s: WireSource): Record<string, unknown> {
  return {
    name: s.name, provider: s.provider, displaySource: s.displaySource, policy: s.policy, defaultSection: s.defaultSection,
    subjectRules: s.subjectRules, remoteImages: s.remoteImages, pushTokenId: s.pushTokenId,
    poll: s.poll
      ? { url: s.poll.url, intervalSeconds: s.poll.intervalSeconds, checkedAt: s.poll.checkedAt?.toISOString() ?? null, error: s.poll.error }
      : null,
  };
}

/**
 * `dateline wire-source add|list|remove`: the agency feeds and how their
 * stories are placed and published. A push token made with `--push-user` is
 * printed once, alone on stdout.
 */
export function wireSourceCommand(program: Command): void {
  const cmd = program.command('wire-source').description('agency feeds: policy, sections, datelines, polling and push tokens (add, list, remove)');

  cmd
    .command('add')
    .description('configure a wire source')
    .argument('<name>', 'what to call it, e.g. "ap"')
    .option('--provider <key>', 'provider key of the items these settings apply to (ap, dpa, tt, or the host in their ids)')
    .option('--display-source <text>', 'dateline source shown after the place, e.g. "AP" in "MOSCOW (AP) —"')
    .addOption(new Option('--policy <policy>', 'publish usable stories at once, or hold them for an editor').choices(['publish', 'hold']).default('publish'))
    .option('--section <path>', 'section for stories no subject rule places (default: news)')
    .option('--rules <json>', 'subject rules as a JSON array, or @file; e.g. [{"code":"medtop:15000000","section":"sports","tags":["Sports"]}]')
    .option('--remote-images', "show pictures from the agency's URLs instead of downloading them")
    .option('--poll-url <url>', 'an HTTP feed to poll for this source')
    .option('--poll-interval <seconds>', 'how often to poll it')
    .option('--push-user <email>', 'issue a wire:push token for this editor and tie it to the source (printed once)')
    .option('--push-token <id>', 'tie an existing wire:push token to the source')
    .action((name: string, opts: AddOptions) =>
      runCommand(() =>
        withCliContext(async (ctx, actor) => {
          if (opts.pushUser !== undefined && opts.pushToken !== undefined) throw new DatelineError('invalid-input', 'give --push-user or --push-token, not both');
          const base = {
            name, provider: opts.provider ?? null, displaySource: opts.displaySource ?? null, policy: opts.policy, defaultSection: opts.section ?? null,
            subjectRules: await rulesText(opts.rules), remoteImages: opts.remoteImages ?? false, pollUrl: opts.pollUrl ?? null,
            pollIntervalSeconds: wholeNumber('--poll-interval', opts.pollInterval),
          };
          if (opts.pushUser === undefined) {
            const source = await addWireSource(ctx, actor, { ...base, pushTokenId: wholeNumber('--push-token', opts.pushToken) });
            process.stdout.write(`added wire source ${source.name}\n`);
            return;
          }
          const issued = await createApiToken(ctx, actor, { user: opts.pushUser, name: `wire push: ${name}`, scopes: ['wire:push'] });
          try {
            await addWireSource(ctx, actor, { ...base, pushTokenId: issued.info.id });
          } catch (error) {
            // The token was made for this source only; without it, it must not stay usable.
            await revokeApiToken(ctx, actor, issued.info.id);
            throw error;
          }
          process.stderr.write(`added wire source ${name}; its push token (${issued.info.hint}..., for ${opts.pushUser}) is shown only now:\n`);
          process.stdout.write(`${issued.token}\n`);
        }),
      ),
    );

  cmd
    .command('list')
    .description('configured wire sources')
    .option('--json', 'one JSON object per line')
    .action((opts: { json?: boolean }) =>
      runCommand(() =>
        withCliContext(async (ctx) => {
          const sources = await listWireSources(ctx.store.db);
          if (opts.json) {
            for (const s of sources) process.stdout.write(`${JSON.stringify(asJson(s))}\n`);
            return;
          }
          if (sources.length === 0) {
            process.stderr.write('no wire sources; items use the defaults (publish, section "news")\n');
            return;
          }
          const rows = sources.map((s) => [
            s.name, s.provider ?? '-', s.policy, s.defaultSection ?? 'news', s.displaySource ?? '-', String(s.subjectRules.length),
            s.poll ? `${s.poll.url} every ${s.poll.intervalSeconds}s${s.poll.error ? ` (failing: ${s.poll.error})` : ''}` : '-',
            s.pushTokenId === null ? '-' : `token ${s.pushTokenId}`,
          ]);
          process.stdout.write(formatTable(['NAME', 'PROVIDER', 'POLICY', 'SECTION', 'DATELINE', 'RULES', 'POLL', 'PUSH'], rows));
        }),
      ),
    );

  cmd
    .command('remove')
    .description('forget a wire source (its stories stay); its push token stops working for pushes')
    .argument('<name>')
    .action((name: string) =>
      runCommand(() =>
        withCliContext(async (ctx, actor) => {
          const removed = await removeWireSource(ctx, actor, name);
          process.stdout.write(`removed wire source ${removed.name}\n`);
        }),
      ),
    );
}
