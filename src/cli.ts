import { Command } from 'commander';
import { exportCommand } from './cli/export-command.ts';
import { importCommand } from './cli/import-command.ts';
import { importWxrCommand } from './cli/import-wxr-command.ts';
import { ingestCommand } from './cli/ingest-command.ts';
import { migrateCommand } from './cli/migrate-command.ts';
import { serveCommand } from './cli/serve-command.ts';
import { tokenCommand } from './cli/token-command.ts';
import { userCommand } from './cli/user-command.ts';
import { wireSourceCommand } from './cli/wire-source-command.ts';

const program = new Command()
  .name('dateline')
  .description('Dateline: the news-publishing platform for local newsrooms')
  .version('0.1.0')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(`dateline: ${text.replace(/^error: /, '')}`) });

serveCommand(program);
migrateCommand(program);
userCommand(program);
tokenCommand(program);
ingestCommand(program);
wireSourceCommand(program);
importWxrCommand(program);
exportCommand(program);
importCommand(program);

await program.parseAsync(process.argv);
