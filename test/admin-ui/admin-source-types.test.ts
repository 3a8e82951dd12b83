import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test } from 'node:test';

/**
 * The app's bundler strips types without checking them, and the root
 * project does not include admin/ (it needs DOM and JSX settings of its
 * own), so its types are checked here.
 */
test('the newsroom app source type-checks', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const root = new URL('../../', import.meta.url).pathname;
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', 'admin/tsconfig.json'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
