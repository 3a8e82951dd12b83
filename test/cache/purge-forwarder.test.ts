import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { CdnPurger } from '../../src/cache/cdn-purger.ts';
import { PurgeForwarder } from '../../src/cache/purge-forwarder.ts';
import { VarnishPurger } from '../../src/cache/varnish-purger.ts';
import { isRemoteChange, markRemote } from '../../src/cluster/remote-change.ts';
import { ChangeBus } from '../../src/events/change-bus.ts';
import type { ChangeEvent } from '../../src/events/change-event.ts';

interface Received {
  readonly method: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** A stand-in for a CDN's purge API or Varnish, on loopback; answers with the next queued status. */
function fakeEdge() {
  const received: Received[] = [];
  const statuses: number[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push({ method: req.method as string, headers: req.headers, body });
      res.writeHead(statuses.shift() ?? 200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    });
  });
  return {
    received,
    statuses,
    server,
    url: () => `http://127.0.0.1:${(server.address() as { port: number }).port}`,
  };
}

const change = (keys: string[]): ChangeEvent => ({ kind: 'article.updated', id: 1, keys, at: new Date() });
const logger = pino({ level: 'silent' });

describe('purge forwarding', () => {
  const edge = fakeEdge();
  before(() => new Promise<void>((r) => edge.server.listen(0, '127.0.0.1', r)));
  after(() => new Promise<void>((r) => edge.server.close(() => r())));

  it('sends the keys of changes made together to a CDN in one request, in Fastly\'s batch shape', async () => {
    edge.received.length = 0;
    const bus = new ChangeBus();
    const forwarder = new PurgeForwarder([new CdnPurger(`${edge.url()}/service/abc/purge`, 'secret-token')], logger);
    forwarder.attach(bus, (e) => !isRemoteChange(e));
    await bus.publish([change(['a1', 's2', 'front']), change(['a3', 'front'])]);
    await forwarder.flush();
    assert.equal(edge.received.length, 1);
    const [sent] = edge.received;
    assert.equal(sent.method, 'POST');
    assert.equal(sent.headers['fastly-key'], 'secret-token');
    assert.deepEqual(JSON.parse(sent.body), { surrogate_keys: ['a1', 's2', 'front', 'a3'] });
  });

  it('leaves changes made on other nodes to them', async () => {
    edge.received.length = 0;
    const bus = new ChangeBus();
    const forwarder = new PurgeForwarder([new VarnishPurger(edge.url())], logger);
    forwarder.attach(bus, (e) => !isRemoteChange(e));
    await bus.publish([markRemote(change(['a9']))]);
    await forwarder.flush();
    assert.equal(edge.received.length, 0);
    await bus.publish([change(['a10', 'latest'])]);
    await forwarder.flush();
    assert.equal(edge.received.length, 1);
    assert.equal(edge.received[0].method, 'PURGE');
    assert.equal(edge.received[0].headers['xkey-purge'], 'a10 latest');
  });

  it('splits many keys into requests the target accepts', async () => {
    edge.received.length = 0;
    const forwarder = new PurgeForwarder([new CdnPurger(edge.url(), undefined)], logger);
    const keys = Array.from({ length: 600 }, (_, i) => `t${i}`);
    forwarder.add(keys);
    await forwarder.flush();
    const batches = edge.received.map((r) => (JSON.parse(r.body) as { surrogate_keys: string[] }).surrogate_keys);
    assert.deepEqual(batches.map((b) => b.length), [256, 256, 88]);
    assert.deepEqual(batches.flat(), keys);
    assert.equal(edge.received[0].headers['fastly-key'], undefined);
  });

  it('tries a failed purge once more, then gives up without throwing', async () => {
    edge.received.length = 0;
    edge.statuses.push(503);
    const forwarder = new PurgeForwarder([new VarnishPurger(edge.url())], logger, { retryMs: 1 });
    forwarder.add(['a1']);
    await forwarder.flush();
    assert.equal(edge.received.length, 2);
    edge.received.length = 0;
    edge.statuses.push(500, 500);
    forwarder.add(['a2']);
    await forwarder.flush();
    assert.equal(edge.received.length, 2);
  });
});
