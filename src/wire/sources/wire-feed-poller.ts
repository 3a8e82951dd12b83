import type { WireSource } from '../../domain/wire-source.ts';
import { claimPoll, listWireSources, savePollError, savePollState } from '../../store/repositories/wire-source-repository.ts';
import { boundedGet } from '../fetch/bounded-get.ts';
import { ingestDocument } from '../ingest/ingest-document.ts';
import type { WireIngestDeps } from '../ingest/wire-ingest-deps.ts';
import type { WireIngestResult } from '../ingest/wire-ingest-result.ts';
import { nextPageLink } from './next-page-link.ts';

export interface WireFeedPollerOptions {
  readonly ingest: WireIngestDeps;
  /** How often sources are checked for being due. */
  readonly tickMs?: number;
  /** Pages followed in one poll; the rest waits for the next one. */
  readonly maxPages?: number;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** Extra request headers (an agency API key). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface PollOutcome {
  readonly source: string;
  /** Pages fetched with content (a 304 fetches none). */
  readonly pages: number;
  readonly notModified: boolean;
  readonly results: readonly WireIngestResult[];
  readonly error: string | null;
}

const ACCEPT = 'application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';

/**
 * Polls the HTTP feeds of the configured wire sources, each at its own
 * interval. Requests are conditional (If-None-Match, If-Modified-Since from
 * the last answer), so an unchanged feed costs a 304. Next-page links are
 * followed while pages bring items, up to `maxPages` per poll; a poll that
 * stops at a page with a next link starts from that link next time (AP's
 * feed works this way), otherwise from the configured URL. State survives
 * restarts in the sources table. Polls never overlap, and servers sharing
 * one store take turns: each due poll is claimed by one of them.
 */
export class WireFeedPoller {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: WireFeedPollerOptions) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.options.tickMs ?? 1000);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Polls every source that is due. */
  tick(): Promise<void> {
    this.running = this.running.then(async () => {
      if (this.stopped) return;
      const { ctx } = this.options.ingest;
      try {
        const now = ctx.now().getTime();
        for (const source of await listWireSources(ctx.store.db)) {
          if (this.stopped) return;
          const poll = source.poll;
          if (!poll || (poll.checkedAt && now - poll.checkedAt.getTime() < poll.intervalSeconds * 1000)) continue;
          if (!(await claimPoll(ctx.store.db, source.id, poll.checkedAt, ctx.now()))) continue;
          await this.pollSource(source);
        }
      } catch (error) {
        ctx.logger.error({ err: error }, 'wire feed polling failed');
      }
    });
    return this.running;
  }

  /** One poll of one source, due or not. */
  async pollSource(source: WireSource): Promise<PollOutcome> {
    const poll = source.poll;
    if (!poll) throw new Error(`wire source ${source.name} has no feed to poll`);
    const { ctx } = this.options.ingest;
    const maxPages = this.options.maxPages ?? 10;
    const results: WireIngestResult[] = [];
    let url = poll.cursor ?? poll.url;
    let validators = { etag: poll.etag, lastModified: poll.lastModified };
    // Validators are kept only for the configured URL: cursor links change with every page.
    let configuredValidators: { etag: string | null; lastModified: string | null } | null = null;
    let pages = 0;
    try {
      for (;;) {
        const res = await boundedGet(url, {
          maxBytes: this.options.maxBytes ?? 20 * 1024 * 1024,
          timeoutMs: this.options.timeoutMs ?? 30_000,
          // The newsroom configured this address; it may well be on its own network.
          allowPrivateAddresses: true,
          acceptAnyStatus: true,
          headers: {
            accept: ACCEPT,
            ...this.options.headers,
            ...(validators.etag ? { 'if-none-match': validators.etag } : {}),
            ...(validators.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
          },
        });
        if (res.status === 304) {
          await savePollState(ctx.store.db, source.id, { cursor: poll.cursor, etag: poll.etag, lastModified: poll.lastModified, checkedAt: ctx.now(), error: null });
          return { source: source.name, pages, notModified: true, results, error: null };
        }
        if (res.status < 200 || res.status > 299) throw new Error(`${url} answered ${res.status}`);
        pages += 1;
        if (url === poll.url) configuredValidators = { etag: headerValue(res.headers.etag), lastModified: headerValue(res.headers['last-modified']) };
        const text = res.body.toString('utf8');
        const page = await ingestDocument(this.options.ingest, text, { source });
        results.push(...page);
        const next = nextPageLink(url, res.headers, text);
        const onward = next !== null && next !== url;
        if (onward && page.some((r) => r.guid !== null) && pages < maxPages) {
          url = next;
          validators = { etag: null, lastModified: null };
          continue;
        }
        // Stopped before a link onward (the page was empty, or enough pages for one poll): start there next time.
        // A page that links to itself says "ask me again"; a page with no link ends the feed, which starts over.
        const here = { etag: headerValue(res.headers.etag), lastModified: headerValue(res.headers['last-modified']) };
        const state = onward
          ? { cursor: next, etag: null, lastModified: null }
          : next === url && url !== poll.url
            ? { cursor: url, ...here }
            : { cursor: null, etag: configuredValidators?.etag ?? null, lastModified: configuredValidators?.lastModified ?? null };
        await savePollState(ctx.store.db, source.id, { ...state, checkedAt: ctx.now(), error: null });
        return { source: source.name, pages, notModified: false, results, error: null };
      }
    } catch (error) {
      const message = (error as Error).message;
      ctx.logger.warn({ source: source.name, err: error }, 'wire feed poll failed');
      await savePollError(ctx.store.db, source.id, message, ctx.now()).catch(() => {});
      return { source: source.name, pages, notModified: false, results, error: message };
    }
  }
}

function headerValue(v: string | string[] | undefined): string | null {
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.trim() !== '' ? s.trim() : null;
}
