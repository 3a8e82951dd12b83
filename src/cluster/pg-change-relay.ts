import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type pg from 'pg';
import type { ChangeBus } from '../events/change-bus.ts';
import type { ChangeEvent, ChangeKind } from '../events/change-event.ts';
import type { Logger } from '../logger.ts';
import { loadPg } from '../store/postgres/load-pg.ts';
import type { Store } from '../store/store.ts';
import { changeChannel, decodeNotice, encodeNotices } from './change-notice.ts';
import { isRemoteChange, markRemote } from './remote-change.ts';

export interface PgChangeRelayOptions {
  /** The same PostgreSQL the store uses; the listening connection is opened from it. */
  readonly connectionString: string;
  readonly store: Store;
  readonly bus: ChangeBus;
  readonly logger: Logger;
  /** Called when the listening connection is back after a loss: notices sent meanwhile are gone. */
  readonly onResync?: () => void;
  readonly reconnectMs?: { readonly min: number; readonly max: number };
  /** How often the listening connection is checked; a silent dead connection would lose every notice. */
  readonly heartbeatMs?: number;
}

/** What a node that missed notices must assume changed: the settings and sections every page reads. */
const RESYNC_KINDS: readonly ChangeKind[] = ['settings.changed', 'sections.changed', 'trending.changed'];

/**
 * Fans changes out between the nodes that share one PostgreSQL store. Each
 * change committed on this node is sent with NOTIFY; each notice from
 * another node is published on this node's bus, marked remote, so its page
 * cache and in-memory settings follow. The listening connection reconnects
 * by itself; after a gap the node drops what it cached.
 */
export class PgChangeRelay {
  readonly nodeId = randomBytes(6).toString('hex');
  readonly channel: string;
  private client: pg.Client | null = null;
  private stopped = false;
  private needsResync = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private delivering: Promise<void> = Promise.resolve();

  constructor(private readonly options: PgChangeRelayOptions) {
    if (options.store.schema === undefined || !options.store.dialect.supportsNotify) {
      throw new Error('the change relay needs a PostgreSQL store');
    }
    this.channel = changeChannel(options.store.schema);
  }

  /** Starts sending this node's changes and listening for the others'. A first connection failure is retried, not thrown. */
  async start(): Promise<void> {
    this.unsubscribe ??= this.options.bus.subscribe((event) => this.send(event));
    await this.connect();
  }

  /** Whether notices from other nodes are being received now. */
  get listening(): boolean {
    return this.client !== null;
  }

  /** The server process of the listening connection, or null; lets operators and tests find it. */
  get backendPid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    await this.delivering;
    await client?.end().catch(() => {});
  }

  private async send(event: ChangeEvent): Promise<void> {
    if (this.stopped || isRemoteChange(event)) return;
    try {
      for (const payload of encodeNotices(this.nodeId, event)) {
        await sql`select pg_notify(${this.channel}, ${payload})`.execute(this.options.store.db);
      }
    } catch (err) {
      this.options.logger.error({ err, event: event.kind }, 'change not sent to the other nodes');
    }
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    this.attempt += 1;
    const { Client } = await loadPg();
    if (this.stopped) return;
    const client = new Client({ connectionString: this.options.connectionString, keepAlive: true, connectionTimeoutMillis: 5000, query_timeout: 5000 });
    client.on('notification', (msg) => this.receive(msg));
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel.replace(/"/g, '""')}"`);
    } catch (err) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
      this.options.logger.warn({ err, attempt: this.attempt }, 'cannot listen for changes from other nodes; retrying');
      this.needsResync = true;
      this.scheduleReconnect();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.attempt = 0;
    this.heartbeat = setInterval(() => {
      client.query('select 1').catch((err) => this.lost(client, err));
    }, this.options.heartbeatMs ?? 10_000);
    this.heartbeat.unref();
    if (this.needsResync) {
      this.needsResync = false;
      this.resync();
    }
  }

  private lost(client: pg.Client, err: Error | null): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.needsResync = true;
    this.options.logger.warn({ err }, 'lost the connection that listens for changes from other nodes; reconnecting');
    client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer) return;
    const { min, max } = this.options.reconnectMs ?? { min: 200, max: 5000 };
    const wait = Math.min(max, min * 2 ** Math.min(this.attempt, 10));
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, wait);
    this.retryTimer.unref();
  }

  private receive(msg: pg.Notification): void {
    if (msg.channel !== this.channel) return;
    const notice = decodeNotice(msg.payload);
    if (notice === null || notice.node === this.nodeId) return;
    const event = markRemote(Object.freeze({ kind: notice.kind, id: notice.id, keys: Object.freeze([...notice.keys]), at: new Date(notice.at) }));
    this.deliver([event]);
  }

  private resync(): void {
    this.options.logger.info('listening for changes from other nodes again; dropping cached pages');
    this.options.onResync?.();
    const at = new Date();
    this.deliver(RESYNC_KINDS.map((kind) => markRemote(Object.freeze({ kind, id: null, keys: Object.freeze([]), at }))));
  }

  /** In arrival order, one batch after the other. */
  private deliver(events: readonly ChangeEvent[]): void {
    this.delivering = this.delivering.then(() => this.options.bus.publish(events)).catch(() => {});
  }
}
