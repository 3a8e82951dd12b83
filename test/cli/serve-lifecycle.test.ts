import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<Response> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await fetch(url);
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

describe('dateline serve', () => {
  const data = mkdtempSync(join(tmpdir(), 'dateline-serve-'));
  after(() => rmSync(data, { recursive: true, force: true }));

  it('loads the demo into an empty store, serves it, and drains on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [join(root, 'bin/dateline.mjs'), 'serve'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), DATELINE_DATA: data, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    const health = await waitFor(`${base}/healthz`, 120_000);
    assert.equal(await health.text(), 'ok');
    const home = await (await fetch(`${base}/`)).text();
    assert.match(home, /Trending Stories/);
    const stories = (await (await fetch(`${base}/api/v1/articles?limit=100`)).json()) as { data: { id: number }[] };
    assert.ok(stories.data.length >= 30, 'the demo has at least 30 stories');
    const beacon = await fetch(`${base}/beacon`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0' },
      body: JSON.stringify({ id: stories.data[0].id }),
    });
    assert.equal(beacon.status, 204);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { msg: string });
    assert.ok(lines.some((l) => l.msg === 'demo newsroom loaded'));
    assert.equal(lines.at(-1)?.msg, 'stopped');
  });
});
