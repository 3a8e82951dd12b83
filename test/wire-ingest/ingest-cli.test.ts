import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type DatelineRun, repoRoot, runDateline } from '../support/run-dateline.ts';

const batch = join(repoRoot, 'test/fixtures/wire/cli-batch');

const lines = (run: DatelineRun) => run.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('dateline ingest --json', () => {
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'dateline-cli-ingest-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints one JSON object per item with exactly the contract keys, and exits 1 when an item was rejected', async () => {
    const run = await runDateline(['ingest', batch, '--json'], dataDir);
    assert.equal(run.code, 1, run.stderr);
    const out = lines(run);
    assert.deepEqual(out, [
      {
        guid: 'https://wire.test-agency.example/items/cli-orchard-harvest', version: 2, action: 'created',
        url: '/news/orchard-harvest-beats-forecasts/',
      },
      { guid: 'urn:newsml:wire.test-agency.example:20260504:cli-ferry', version: 3, action: 'created', url: '/news/ferry-timetable-changes-on-monday/' },
      { guid: 'urn:newsml:wire.test-agency.example:20260504:cli-recall', version: 2, action: 'withheld', url: null },
      { guid: null, version: null, action: 'rejected', url: null, error: out[3]?.error },
    ]);
    assert.match(String(out[3].error), /^malformed JSON/);
    for (const line of out) {
      const keys = Object.keys(line);
      assert.deepEqual(keys, line.action === 'rejected' ? ['guid', 'version', 'action', 'url', 'error'] : ['guid', 'version', 'action', 'url']);
    }
    assert.match(run.stderr, /4 items from 3 files: 2 created, 1 withheld, 1 rejected/);
  });

  it('reports a repeat as unchanged, and exits 0 when nothing was rejected', async () => {
    const run = await runDateline(['ingest', join(batch, 'a-story.json'), join(batch, 'b-message.xml'), '--json'], dataDir);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(lines(run).map((l) => [l.action, l.url]), [
      ['unchanged', '/news/orchard-harvest-beats-forecasts/'],
      ['unchanged', '/news/ferry-timetable-changes-on-monday/'],
      ['unchanged', null],
    ]);
  });

  it('takes a newer version, a kill, and reports a path that does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-batch-'));
    try {
      const killed = join(dir, 'kill.json');
      writeFileSync(killed, JSON.stringify({ uri: 'https://wire.test-agency.example/items/cli-orchard-harvest', version: '3', pubstatus: 'canceled' }));
      const run = await runDateline(['ingest', killed, join(dir, 'missing.json'), '--json'], dataDir);
      assert.equal(run.code, 1);
      const out = lines(run);
      assert.deepEqual(out[0], { guid: null, version: null, action: 'rejected', url: null, error: `${join(dir, 'missing.json')}: no such file or folder` });
      assert.deepEqual(out[1], {
        guid: 'https://wire.test-agency.example/items/cli-orchard-harvest', version: 3, action: 'killed', url: '/news/orchard-harvest-beats-forecasts/',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder of many files: parsed on worker threads, one line per item in file order, unreadable files in their place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-many-'));
    try {
      const names: string[] = [];
      for (let i = 0; i < 30; i++) {
        const name = `item-${String(i).padStart(2, '0')}.json`;
        names.push(name);
        const body = i === 7 ? '{"broken": ' : JSON.stringify({
          uri: `https://wire.test-agency.example/items/cli-many-${i}`, type: 'text', version: '1', pubstatus: 'usable',
          headline: `River crossing ${i} opens`, body_html: `<p>Crossing ${i} opened <script>x()</script>on Monday.</p>`,
        });
        writeFileSync(join(dir, name), body);
      }
      writeFileSync(join(dir, 'item-20.json'), 'x'.repeat(6 * 1024 * 1024));
      const run = await runDateline(['ingest', dir, '--json'], dataDir);
      assert.equal(run.code, 1, run.stderr);
      const out = lines(run);
      assert.equal(out.length, 30);
      for (const [i, line] of out.entries()) {
        if (i === 7) assert.match(String(line.error), /^malformed JSON/);
        else if (i === 20) assert.match(String(line.error), /over the limit/);
        else assert.deepEqual([line.guid, line.action], [`https://wire.test-agency.example/items/cli-many-${i}`, 'created']);
      }
      assert.match(run.stderr, /30 items from 30 files: 28 created, 2 rejected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without --json prints a summary and keeps stdout free of item lines', async () => {
    const run = await runDateline(['ingest', join(batch, 'a-story.json')], dataDir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '1 item from 1 file: 1 unchanged\n');
  });
});
