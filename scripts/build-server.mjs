// Bundles the server (src/cli.ts) into dist/server/dateline.mjs, with the wire parsing thread beside it;
// `bin/dateline.mjs` runs the bundle when it is newer than every source file. Packages stay outside the
// bundle and load from node_modules.
// Usage: npm run build:server. Runs on every `npm install` and `npm ci` with the newsroom app's build.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
mkdirSync(join(root, 'dist', 'server'), { recursive: true });

await esbuild.build({
  // The wire parsing threads (src/wire/parse/parse-pool.ts) load their own file beside the bundle.
  entryPoints: [
    { in: join(root, 'src', 'cli.ts'), out: 'dateline' },
    { in: join(root, 'src', 'wire', 'parse', 'parse-worker.ts'), out: 'parse-worker' },
  ],
  outdir: join(root, 'dist', 'server'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // Not minified: a stack trace reads as the source does, each module under a `// src/...` comment.
  legalComments: 'none',
  logLevel: 'warning',
});
process.stdout.write(`server bundle written to ${join(root, 'dist', 'server')}\n`);
