import type { Command } from 'commander';
import { readConfig } from '../config.ts';
import { startServer } from '../server.ts';
import { fail } from './fail.ts';

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the site, APIs and newsroom on HOST:PORT (default 127.0.0.1:3000); data in DATELINE_DATA (default ./data), ' +
        'or PostgreSQL when DATABASE_URL is a postgres:// URL. An empty store is migrated and given the demo newsroom.',
    )
    .action(async () => {
      try {
        await startServer(readConfig());
      } catch (e) {
        fail(e);
      }
    });
}
