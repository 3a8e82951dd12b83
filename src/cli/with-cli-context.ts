import { userInfo } from 'node:os';
import { readConfig } from '../config.ts';
import type { Actor } from '../domain/actor.ts';
import { ChangeBus } from '../events/change-bus.ts';
import { createLogger } from '../logger.ts';
import type { ServiceContext } from '../service-context.ts';
import { openMigratedStore } from '../store/open-store.ts';

/** Who the audit log names for a command: the operating-system account that ran it. */
function cliActor(): Actor {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // Some containers run under a uid with no passwd entry; the log still says it came from the command line.
  }
  return Object.freeze({ principal: null, label: `cli:${name}`, via: 'cli', ip: null });
}

/**
 * Opens the store named by the environment (as `serve` does), runs one
 * command against the services, and closes it. Whoever can run the command
 * on the server already holds the data, so the command line has no role
 * limits; it is still named in the audit log.
 */
export async function withCliContext<T>(fn: (ctx: ServiceContext, actor: Actor) => Promise<T>): Promise<T> {
  const config = readConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr);
  const { store } = await openMigratedStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const ctx: ServiceContext = { store, bus: new ChangeBus((err) => logger.error({ err }, 'change listener failed')), now: () => new Date(), logger };
  try {
    return await fn(ctx, cliActor());
  } finally {
    await store.close();
  }
}
