#!/usr/bin/env node
// The `dateline` command. It runs the server bundle that `npm install` builds
// (dist/server/dateline.mjs) when that bundle is newer than every source file;
// otherwise (sources edited since, or no bundle) it runs the TypeScript sources
// through tsx's loader, which costs memory and start-up time but no build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/server/dateline.mjs`;

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const fresh = process.env.DATELINE_FROM_SOURCE !== '1' && existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(`${root}src`);
if (fresh) await import(bundle);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
