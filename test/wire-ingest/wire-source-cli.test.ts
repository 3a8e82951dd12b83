import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runDateline } from '../support/run-dateline.ts';


describe('dateline wire-source', () => {
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'dateline-cli-sources-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds a source with rules from a file and a push token printed once, lists it, and removes it', async () => {
    const user = await runDateline(['user', 'add', 'wire-desk@station.test', '--role', 'editor'], dataDir);
    assert.equal(user.code, 0, user.stderr);
    const rules = join(dataDir, 'rules.json');
    writeFileSync(rules, JSON.stringify([{ code: 'medtop:15000000', section: 'sports', tags: ['Sports'] }]));
    const added = await runDateline(
      ['wire-source', 'add', 'ap', '--provider', 'ap', '--display-source', 'AP', '--policy', 'hold', '--section', 'news/wire', '--rules', `@${rules}`,
        '--poll-url', 'https://api.ap.example/media/v/content/feed', '--poll-interval', '60', '--push-user', 'wire-desk@station.test'],
      dataDir,
    );
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /^dl_[A-Za-z0-9_-]{43}\n$/, 'stdout holds the token alone');
    assert.match(added.stderr, /shown only now/);

    const listed = await runDateline(['wire-source', 'list', '--json'], dataDir);
    const [source] = listed.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(
      { ...source, pushTokenId: typeof source.pushTokenId },
      {
        name: 'ap', provider: 'ap', displaySource: 'AP', policy: 'hold', defaultSection: 'news/wire',
        subjectRules: [{ code: 'medtop:15000000', section: 'sports', tags: ['Sports'] }], remoteImages: false, pushTokenId: 'number',
        poll: { url: 'https://api.ap.example/media/v/content/feed', intervalSeconds: 60, checkedAt: null, error: null },
      },
    );
    const table = await runDateline(['wire-source', 'list'], dataDir);
    assert.match(table.stdout, /^NAME\s+PROVIDER\s+POLICY/);
    assert.match(table.stdout, /\nap\s+ap\s+hold\s+news\/wire\s+AP\s+1\s+https:\/\/api\.ap\.example\/media\/v\/content\/feed every 60s\s+token \d+\n$/);

    const dup = await runDateline(['wire-source', 'add', 'ap', '--push-user', 'wire-desk@station.test'], dataDir);
    assert.equal(dup.code, 1);
    assert.equal(dup.stdout, '', 'no token is printed when the source could not be added');
    assert.match(dup.stderr, /already exists/);
    const tokens = await runDateline(['token', 'list', '--json'], dataDir);
    const states = tokens.stdout.trim().split('\n').map((l) => JSON.parse(l).state);
    assert.deepEqual(states, ['active', 'revoked'], 'the token made for the refused source is revoked');

    assert.equal((await runDateline(['wire-source', 'remove', 'ap'], dataDir)).stdout, 'removed wire source ap\n');
    const gone = await runDateline(['wire-source', 'remove', 'ap'], dataDir);
    assert.equal(gone.code, 1);
    assert.match(gone.stderr, /no wire source "ap"/);
  });

  it('refuses bad settings with one line and a failing exit', async () => {
    const run = await runDateline(['wire-source', 'add', 'bad', '--rules', '[{"code":"x"}]'], dataDir);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, 'dateline: rule 1 does nothing: give a section, tags or tagWithName\n');
  });
});
