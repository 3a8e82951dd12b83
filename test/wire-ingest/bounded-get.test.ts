import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { isPrivateAddress } from '../../src/wire/fetch/address-policy.ts';
import { boundedGet, FetchError } from '../../src/wire/fetch/bounded-get.ts';
import { createWireFetcher } from '../../src/wire/fetch/wire-fetcher.ts';
import { nextPageLink } from '../../src/wire/sources/next-page-link.ts';
import { localServer, type LocalServer } from './support/local-server.ts';

describe('bounded fetches of wire links', () => {
  let server: LocalServer;
  before(async () => {
    server = await localServer();
    server.route('/ok', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('fine'));
    server.route('/big', (_req, res) => res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000)));
    server.route('/stream', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      res.end();
    });
    server.route('/gzip', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.from('z'.repeat(4000)))));
    server.route('/slow', () => {
      // Never answers.
    });
    server.route('/loop', (_req, res) => res.writeHead(302, { location: '/loop' }).end());
    server.route('/to-ok', (_req, res) => res.writeHead(301, { location: '/ok' }).end());
    server.route('/to-file', (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
  });
  after(() => server.close());

  const opts = { maxBytes: 2000, timeoutMs: 2000, allowPrivateAddresses: true };

  it('refuses private and loopback addresses unless allowed', async () => {
    await assert.rejects(createWireFetcher().fetch(`${server.origin}/ok`, 1000), (e: Error) => e instanceof FetchError && /private address/.test(e.message));
    await assert.rejects(createWireFetcher().fetch('http://localhost:9/x', 1000), /resolves to (127\.0\.0\.1|::1), a private address/);
    assert.equal((await createWireFetcher({ allowPrivateAddresses: true }).fetch(`${server.origin}/ok`, 1000)).toString(), 'fine');
    for (const a of ['10.1.2.3', '169.254.169.254', '192.168.0.1', '::1', 'fd00::1', '::ffff:127.0.0.1', '100.64.0.1']) assert.ok(isPrivateAddress(a), a);
    for (const a of ['93.184.216.34', '2606:4700::1111']) assert.ok(!isPrivateAddress(a), a);
  });

  it('fetches only http and https, also after a redirect, and stops redirect loops', async () => {
    await assert.rejects(boundedGet('file:///etc/passwd', opts), /only http and https/);
    await assert.rejects(boundedGet('ftp://example.org/x', opts), /only http and https/);
    await assert.rejects(boundedGet(`${server.origin}/to-file`, opts), /only http and https/);
    await assert.rejects(boundedGet(`${server.origin}/loop`, { ...opts, maxRedirects: 3 }), /more than 3 redirects/);
    assert.equal((await boundedGet(`${server.origin}/to-ok`, opts)).body.toString(), 'fine');
  });

  it('caps the size, whether declared or streamed, after decompression too', async () => {
    await assert.rejects(boundedGet(`${server.origin}/big`, opts), /5000 bytes, over the limit of 2000/);
    await assert.rejects(boundedGet(`${server.origin}/stream`, opts), /more than 2000 bytes/);
    await assert.rejects(boundedGet(`${server.origin}/gzip`, opts), /more than 2000 bytes/);
    assert.equal((await boundedGet(`${server.origin}/gzip`, { ...opts, maxBytes: 5000 })).body.toString(), 'z'.repeat(4000));
  });

  it('gives up at the deadline', async () => {
    const started = Date.now();
    await assert.rejects(boundedGet(`${server.origin}/slow`, { ...opts, timeoutMs: 300 }), /timed out/);
    assert.ok(Date.now() - started < 2000);
  });

  it('fails on an error status unless asked to return it', async () => {
    await assert.rejects(boundedGet(`${server.origin}/nothing`, opts), /answered 404/);
    assert.equal((await boundedGet(`${server.origin}/nothing`, { ...opts, acceptAnyStatus: true })).status, 404);
  });
});

describe('next-page links of feeds', () => {
  it('reads a Link header, else AP\'s next_page, resolved against the page and http(s) only', () => {
    const page = 'https://feeds.example/wire?p=1';
    assert.equal(nextPageLink(page, { link: '</wire?p=2>; rel="next", </wire?p=9>; rel="last"' }, ''), 'https://feeds.example/wire?p=2');
    assert.equal(nextPageLink(page, { link: '<https://feeds.example/a>; rel="prev"' }, ''), null);
    assert.equal(nextPageLink(page, {}, JSON.stringify({ data: { next_page: 'https://api.example/feed?seq=7' } })), 'https://api.example/feed?seq=7');
    assert.equal(nextPageLink(page, {}, JSON.stringify({ next: '/wire?p=3' })), 'https://feeds.example/wire?p=3');
    assert.equal(nextPageLink(page, {}, JSON.stringify({ next_page: 'javascript:alert(1)' })), null);
    assert.equal(nextPageLink(page, {}, '<newsMessage/>'), null);
  });
});
