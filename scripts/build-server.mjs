// Bundles the server (src/cli.ts) into dist/server/dateline.mjs, which `bin/dateline.mjs` runs
// when it is newer than every source file. Packages stay outside the bundle and load from node_modules.
// Usage: npm run build:server. Runs on every `npm install` and `npm ci` with the newsroom app's build.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const outfile = join(root, 'dist', 'server', 'dateline.mjs');
mkdirSync(join(root, 'dist', 'server'), { recursive: true });

await esbuild.build({
  entryPoints: [join(root, 'src', 'cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // Not minified: a stack trace reads as the source does, each module under a `// src/...` comment.
  legalComments: 'none',
  logLevel: 'warning',
});
process.stdout.write(`server bundle written to ${outfile}\n`);
