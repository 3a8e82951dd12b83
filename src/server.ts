import type { Config } from './config.ts';
import { DatelineError } from './errors.ts';
import { buildApp } from './http/build-app.ts';
import { createRuntime } from './runtime.ts';

/**
 * Serves until SIGTERM or SIGINT, then stops taking connections, lets the
 * requests in flight finish, writes the counted page views and closes the
 * store.
 */
export async function startServer(config: Config): Promise<void> {
  const runtime = await createRuntime(config);
  const app = await buildApp(runtime, { pageCache: runtime.caching.pageCache });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await runtime.close();
    const code = (e as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new DatelineError('config', `port ${config.port} on ${config.host} is already in use; set PORT to another`);
    if (code === 'EACCES') throw new DatelineError('config', `not allowed to listen on ${config.host}:${config.port}; set PORT above 1023`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new DatelineError('config', `HOST ${config.host} is not an address of this machine`);
    throw e;
  }
  runtime.views.start();
  // Webhooks listen before the scheduler announces what went live while the server was down.
  runtime.webhooks.start();
  await runtime.scheduler.start();
  await runtime.wire.start();
  runtime.logger.info({ url: `http://${config.host}:${(app.server.address() as { port: number }).port}/`, store: runtime.store.location }, 'dateline serving');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    runtime.logger.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => {
      runtime.logger.error('requests did not drain in 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    try {
      await app.close();
      await runtime.close();
      runtime.logger.info('stopped');
      process.exit(0);
    } catch (e) {
      runtime.logger.error({ err: e }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
