import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readConfig } from '../config.ts';
import { openMediaStore } from '../media/open-media-store.ts';
import { importNewsroom } from '../transfer/import-newsroom.ts';
import { runCommand } from './run-command.ts';
import { withTransferProgress } from './transfer-progress-bar.ts';
import { withCliContext } from './with-cli-context.ts';

/**
 * `dateline import DIR`: reads an export made by `dateline export` into the
 * store named by the environment, which must be empty (a new SQLite data
 * folder, or a new PostgreSQL database or schema). All or nothing.
 */
export function importCommand(program: Command): void {
  program
    .command('import')
    .description('read a folder written by "dateline export" into an empty store (DATELINE_DATA, or DATABASE_URL)')
    .argument('<dir>', 'the export folder')
    .action((dir: string) =>
      runCommand(() =>
        withCliContext(async (ctx) => {
          const config = readConfig();
          const summary = await withTransferProgress((onProgress) =>
            importNewsroom(ctx.store, openMediaStore(config.dataDir, config.s3), resolve(dir), onProgress),
          );
          const counts = Object.entries(summary.counts).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`).join(', ');
          process.stdout.write(`imported into ${ctx.store.location}: ${counts || 'an empty newsroom'}\n`);
          if (summary.counts.users > 0) {
            process.stdout.write(`accounts have no password yet: give each one with "dateline user reset-password EMAIL"\n`);
          }
          for (const key of summary.missingFiles) process.stderr.write(`dateline: media file ${key} was missing when the export was made\n`);
        }),
      ),
    );
}
