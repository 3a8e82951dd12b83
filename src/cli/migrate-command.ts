import type { Command } from 'commander';
import { readConfig } from '../config.ts';
import { openMigratedStore } from '../store/open-store.ts';
import { fail } from './fail.ts';

export function migrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('bring the store (SQLite file in DATELINE_DATA, or DATABASE_URL) to the current schema')
    .action(async () => {
      try {
        const config = readConfig();
        const { store, migration } = await openMigratedStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
        await store.close();
        process.stdout.write(
          migration.alreadyCurrent ? `store at ${store.location} is up to date\n` : `applied ${migration.applied.join(', ')} to ${store.location}\n`,
        );
      } catch (e) {
        fail(e);
      }
    });
}
