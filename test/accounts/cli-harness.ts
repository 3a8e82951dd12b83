/**
 * The `dateline` program with the account commands, as the tests run it in
 * a child process: real argument parsing, real output, real exit codes.
 */
import { Command } from 'commander';
import { tokenCommand } from '../../src/cli/token-command.ts';
import { userCommand } from '../../src/cli/user-command.ts';

const program = new Command()
  .name('dateline')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(`dateline: ${text.replace(/^error: /, '')}`) });
userCommand(program);
tokenCommand(program);
await program.parseAsync(process.argv);
