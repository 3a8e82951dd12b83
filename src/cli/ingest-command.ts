import { relative } from 'node:path';
import { MultiBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { startCaching } from '../cache/start-caching.ts';
import { readConfig } from '../config.ts';
import { DatelineError } from '../errors.ts';
import { openMediaStore } from '../media/open-media-store.ts';
import { findWireSourceByName } from '../store/repositories/wire-source-repository.ts';
import { createWireIngest } from '../wire/ingest/create-wire-ingest.ts';
import { ingestDocuments } from '../wire/ingest/ingest-document.ts';
import { WireParsePool } from '../wire/parse/parse-pool.ts';
import { readWireFile } from '../wire/ingest/ingest-file.ts';
import { listWireFiles } from '../wire/ingest/list-wire-files.ts';
import { contractLine, rejectedResult, type WireIngestResult } from '../wire/ingest/wire-ingest-result.ts';
import { runCommand } from './run-command.ts';
import { withCliContext } from './with-cli-context.ts';

/** Files read ahead of ingesting them (at most so many, or about so many bytes); their items go in groups across files. */
const FILES_PER_CHUNK = 200;
const CHUNK_BYTES = 32 * 1024 * 1024;
/** From this many files on, documents are parsed on worker threads. */
const POOL_FROM_FILES = 20;

const ORDER = ['created', 'updated', 'unchanged', 'embargoed', 'withheld', 'killed', 'rejected'] as const;

/**
 * `dateline ingest PATH... [--json] [--source NAME]`. With `--json`, stdout
 * carries exactly one JSON object per item (the stable contract); anything
 * for people (progress, problems, the summary) goes to stderr. Exits 1
 * when any item was rejected.
 */
export function ingestCommand(program: Command): void {
  program
    .command('ingest')
    .description('ingest wire files or folders (ninjs 1.x-3.x, AP Media API JSON, NewsML-G2; the format is read from the content)')
    .argument('<paths...>', 'files, or folders to read recursively')
    .option('--json', 'one JSON object per item on stdout: {"guid","version","action","url"}, plus "error" when rejected')
    .option('--source <name>', "ingest under this wire source's settings (default: the source configured for each item's provider)")
    .action((paths: string[], opts: { json?: boolean; source?: string }) =>
      runCommand(() =>
        withCliContext(async (ctx) => {
          const config = readConfig();
          const source = opts.source === undefined ? null : await findWireSourceByName(ctx.store.db, opts.source);
          if (opts.source !== undefined && !source) throw new DatelineError('not-found', `no wire source "${opts.source}" (see dateline wire-source list)`);
          // Purges reach the other nodes and the CDN as they do from a server, so a kill from the command line clears caches too.
          const caching = await startCaching({
            settings: { ...config.cache, pageCacheBytes: 0 }, databaseUrl: config.databaseUrl, store: ctx.store, bus: ctx.bus, logger: ctx.logger,
          });
          const deps = await createWireIngest({ ctx, media: openMediaStore(config.dataDir, config.s3), ninjsSchemaDir: config.ninjsSchemaDir });
          const { files, missing } = await listWireFiles(paths);
          const counts = new Map<string, number>();
          const progress = process.stderr.isTTY ? new MultiBar({ stream: process.stderr, clearOnComplete: true, hideCursor: true, format: ' {bar} {value}/{total} files | {items} items' }, Presets.shades_classic) : null;
          const bar = progress?.create(files.length, 0, { items: 0 });
          const tell = (line: string) => (progress ? progress.log(`${line}\n`) : process.stderr.write(`${line}\n`));
          const report = (where: string, r: WireIngestResult) => {
            counts.set(r.action, (counts.get(r.action) ?? 0) + 1);
            if (opts.json) process.stdout.write(`${JSON.stringify(contractLine(r))}\n`);
            const who = [where, r.guid].filter(Boolean).join(': ');
            if (r.action === 'rejected') tell(`rejected${who ? ` ${who}` : ''}: ${r.error}`);
            for (const p of r.problems) tell(`warning${who ? ` ${who}` : ''}: ${p}`);
          };
          // Many files are parsed on worker threads while the ones before are stored; a few are not worth starting them.
          const pool = files.length >= POOL_FROM_FILES ? new WireParsePool({ ninjsSchemaDir: config.ninjsSchemaDir }) : null;
          try {
            for (const p of missing) report('', rejectedResult(`${p}: no such file or folder`));
            let items = 0;
            const done = (file: string, results: readonly WireIngestResult[]) => {
              for (const r of results) report(relative(process.cwd(), file) || file, r);
              items += results.length;
              bar?.increment(1, { items });
            };
            // Files are read a chunk at a time and their items applied in groups (one commit per group).
            for (let start = 0; start < files.length; ) {
              const chunk: string[] = [];
              const read: Awaited<ReturnType<typeof readWireFile>>[] = [];
              for (let bytes = 0; start < files.length && chunk.length < FILES_PER_CHUNK && bytes < CHUNK_BYTES; ) {
                const r = await readWireFile(files[start]);
                chunk.push(files[start++]);
                read.push(r);
                if ('text' in r) bytes += r.text.length;
              }
              // Where each document sits in the chunk: unreadable files are answered in file order around them.
              const positions = read.flatMap((r, i) => ('text' in r ? [i] : []));
              let next = 0;
              const flushUnreadable = (upTo: number) => {
                for (; next < upTo; next++) {
                  const r = read[next];
                  if ('rejected' in r) done(chunk[next], [r.rejected]);
                }
              };
              await ingestDocuments(deps, read.flatMap((r) => ('text' in r ? [{ text: r.text, source }] : [])), {
                parse: pool?.parse,
                onDocument: (index, results) => {
                  const at = positions[index];
                  flushUnreadable(at);
                  done(chunk[at], results);
                  next = at + 1;
                },
              });
              flushUnreadable(chunk.length);
            }
          } finally {
            await pool?.close();
            progress?.stop();
            await caching.close();
          }
          const total = [...counts.values()].reduce((a, b) => a + b, 0);
          const summary = ORDER.filter((a) => counts.has(a)).map((a) => `${counts.get(a)} ${a}`).join(', ');
          const line = `${total} item${total === 1 ? '' : 's'} from ${files.length} file${files.length === 1 ? '' : 's'}${summary ? `: ${summary}` : ''}\n`;
          // With --json, stdout is the item lines alone.
          (opts.json ? process.stderr : process.stdout).write(line);
          if (counts.has('rejected')) process.exitCode = 1;
        }),
      ),
    );
}
