import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { PgChangeRelay } from '../src/cluster/pg-change-relay.ts';
import { ChangeBus } from '../src/events/change-bus.ts';
import { createArticle } from '../src/newsroom/create-article.ts';
import type { ServiceContext } from '../src/service-context.ts';
import { openPostgresStore } from '../src/store/postgres/open-postgres-store.ts';
import type { ServerProcess } from './server-process.ts';

export interface PublishLatency {
  /** Per publication: time until the last node served the new story on its home page and at its own URL. */
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  readonly maxMs: number;
  /** Per node, the slowest publication. */
  readonly perNodeMaxMs: Readonly<Record<string, number>>;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function serves(node: ServerProcess, path: string, text: string): Promise<boolean> {
  const res = await fetch(node.baseUrl + path);
  const body = await res.text();
  return res.status === 200 && body.includes(text);
}

/**
 * Until the node answers its home page from its cache. The visibility
 * scheduler announces a publication again when its moment passes (within a
 * second), which purges the home page once more; this waits that out.
 */
async function warmHome(node: ServerProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const res = await fetch(`${node.baseUrl}/`);
    await res.arrayBuffer();
    if (res.headers.get('x-cache') === 'hit') return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${node.name} does not keep its home page in its cache`);
}

/**
 * Publishes stories through the publish service against the nodes' shared
 * PostgreSQL store, as a newsroom does, and times each from the call until
 * every node answers with the story on its (cached) home page and at the
 * story's URL. Each node's home page is in its cache before each publication.
 */
export async function measurePublishToVisible(options: {
  readonly databaseUrl: string;
  readonly nodes: readonly ServerProcess[];
  readonly sectionPath: string;
  readonly runs: number;
}): Promise<PublishLatency> {
  const logger = pino({ level: 'warn' });
  const store = await openPostgresStore({ url: options.databaseUrl, poolSize: 2 });
  const bus = new ChangeBus((err) => logger.error({ err }, 'change listener failed'));
  const relay = new PgChangeRelay({ connectionString: options.databaseUrl, store, bus, logger });
  await relay.start();
  const ctx: ServiceContext = { store, bus, now: () => new Date(), logger };
  try {
    const section = await store.db.selectFrom('sections').select('id').where('path', '=', options.sectionPath).executeTakeFirstOrThrow();
    const runsMs: number[] = [];
    const perNodeMaxMs: Record<string, number> = {};
    for (let run = 0; run < options.runs; run++) {
      for (const node of options.nodes) await warmHome(node);
      const headline = `Breaking news bulletin ${randomBytes(4).toString('hex')}`;
      const started = performance.now();
      const article = await createArticle(
        ctx,
        { headline, sectionId: section.id, bodyHtml: '<p>The story is developing.</p>' },
        { status: 'published', actor: null },
      );
      const path = `/${options.sectionPath}/${article.slug}/`;
      const perNode = await Promise.all(
        options.nodes.map(async (node) => {
          const deadline = started + 30_000;
          while (!((await serves(node, '/', headline)) && (await serves(node, path, headline)))) {
            if (performance.now() > deadline) throw new Error(`${node.name} never showed the published story`);
            await new Promise((r) => setTimeout(r, 2));
          }
          return performance.now() - started;
        }),
      );
      options.nodes.forEach((node, i) => (perNodeMaxMs[node.name] = Math.max(perNodeMaxMs[node.name] ?? 0, Math.round(perNode[i]))));
      runsMs.push(Math.round(Math.max(...perNode)));
    }
    return { runsMs, medianMs: median(runsMs), maxMs: Math.max(...runsMs), perNodeMaxMs };
  } finally {
    await relay.stop();
    await store.close();
  }
}
