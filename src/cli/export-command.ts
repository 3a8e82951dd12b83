import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readConfig } from '../config.ts';
import { openMediaStore } from '../media/open-media-store.ts';
import { exportNewsroom } from '../transfer/export-newsroom.ts';
import { runCommand } from './run-command.ts';
import { withTransferProgress } from './transfer-progress-bar.ts';
import { withCliContext } from './with-cli-context.ts';

/**
 * `dateline export DIR`: writes the whole newsroom into a new or empty
 * folder (format: docs/export-format.md). Counts go to stdout; media files
 * the store should have but does not are named on stderr, and make the
 * exit code 1.
 */
export function exportCommand(program: Command): void {
  program
    .command('export')
    .description('write the whole newsroom (stories with revisions, media files, lists, series, videos, accounts without secrets, settings) into a folder')
    .argument('<dir>', 'a new or empty folder')
    .action((dir: string) =>
      runCommand(() =>
        withCliContext(async (ctx) => {
          const config = readConfig();
          const summary = await withTransferProgress((onProgress) =>
            exportNewsroom(ctx.store, openMediaStore(config.dataDir, config.s3), resolve(dir), onProgress),
          );
          const { records, missingFiles } = summary.manifest;
          const counts = records.filter((r) => r.count > 0).map((r) => `${r.count} ${r.kind}`).join(', ');
          process.stdout.write(`exported to ${resolve(dir)}: ${counts || 'an empty newsroom'}\n`);
          for (const key of missingFiles) process.stderr.write(`dateline: media file ${key} is missing from the media store; its record is exported without it\n`);
          if (missingFiles.length > 0) process.exitCode = 1;
        }),
      ),
    );
}
