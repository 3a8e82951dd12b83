import { stat } from 'node:fs/promises';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { startCaching } from '../cache/start-caching.ts';
import { readConfig } from '../config.ts';
import { isValidSectionPath } from '../domain/slug.ts';
import { DatelineError } from '../errors.ts';
import { openMediaStore } from '../media/open-media-store.ts';
import { importWxr } from '../wxr/import-wxr.ts';
import { readWxrFile } from '../wxr/read-wxr-file.ts';
import { formatWxrReport } from '../wxr/wxr-import-report.ts';
import { runCommand } from './run-command.ts';
import { withCliContext } from './with-cli-context.ts';

interface ImportWxrFlags {
  uploads?: string;
  pages?: boolean;
  pagesSection: string;
  defaultSection: string;
  sectionsUnder?: string;
  json?: boolean;
}

function sectionPath(flag: string, value: string): string {
  const path = value.replace(/^\/+|\/+$/g, '');
  if (!isValidSectionPath(path)) throw new DatelineError('config', `${flag} must be a section path like "news/local", got "${value}"`);
  return path;
}

async function uploadsFolder(dir: string | undefined): Promise<string | null> {
  if (dir === undefined) return null;
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new DatelineError('config', `--uploads ${dir} is not a folder`);
  return dir;
}

/**
 * `dateline import-wxr FILE`: imports a WordPress export (see src/wxr/).
 * The report goes to stdout (as JSON with `--json`); the progress bar to
 * stderr on a terminal. Running it again with the same file changes
 * nothing. Exits 1 when an item failed.
 */
export function importWxrCommand(program: Command): void {
  program
    .command('import-wxr')
    .description('import a WordPress export (WXR): posts, categories as sections, tags, authors, pictures, drafts and scheduled posts, redirects from old links')
    .argument('<file>', 'the .xml file from WordPress: Tools → Export')
    .option('--uploads <dir>', "a copy of the site's wp-content/uploads folder, to import pictures from (files are never downloaded)")
    .option('--pages', 'import pages as stories too (skipped by default)')
    .option('--pages-section <path>', 'section for imported pages', 'pages')
    .option('--default-section <path>', 'section for posts without a category', 'uncategorized')
    .option('--sections-under <path>', 'nest the imported categories under this section instead of at the top')
    .option('--json', 'print the report as JSON')
    .action((file: string, flags: ImportWxrFlags) =>
      runCommand(() =>
        withCliContext(async (ctx) => {
          const config = readConfig();
          const options = {
            pages: flags.pages ?? false,
            pagesSection: sectionPath('--pages-section', flags.pagesSection),
            defaultSection: sectionPath('--default-section', flags.defaultSection),
            sectionsUnder: flags.sectionsUnder === undefined ? null : sectionPath('--sections-under', flags.sectionsUnder),
            uploadsDir: await uploadsFolder(flags.uploads),
          };
          const doc = await readWxrFile(file);
          // Purges reach running servers and the CDN, as they would for a story saved in the newsroom.
          const caching = await startCaching({
            settings: { ...config.cache, pageCacheBytes: 0 }, databaseUrl: config.databaseUrl, store: ctx.store, bus: ctx.bus, logger: ctx.logger,
          });
          const bar = process.stderr.isTTY
            ? new SingleBar({ stream: process.stderr, clearOnComplete: true, hideCursor: true, format: ' {bar} {value}/{total} items' }, Presets.shades_classic)
            : null;
          bar?.start(doc.items.length, 0);
          let report;
          try {
            report = await importWxr(ctx, openMediaStore(config.dataDir, config.s3), doc, { ...options, onProgress: (done) => bar?.update(done) });
          } finally {
            bar?.stop();
            await caching.close();
          }
          process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatWxrReport(report));
          if (report.items.some((i) => i.outcome === 'failed')) process.exitCode = 1;
        }),
      ),
    );
}
