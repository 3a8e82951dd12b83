// Builds the newsroom web app (admin/src) into admin/dist, which `dateline serve` serves under /admin.
// Usage: npm run build:admin [-- --watch]
// Runs on every `npm install` and `npm ci` (the `prepare` script), so a fresh checkout serves a working app.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import * as esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const source = join(root, 'admin', 'src');
const dist = join(root, 'admin', 'dist');
const assets = join(dist, 'assets');
const watch = process.argv.includes('--watch');

/** The page every /admin route answers with; file names carry content hashes, so the page alone is revalidated. */
function indexHtml(script, stylesheet) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Newsroom</title>
<link rel="stylesheet" href="/admin/assets/${stylesheet}">
<script type="module" src="/admin/assets/${script}"></script>
</head>
<body>
<div id="app"><p class="boot">Loading the newsroom…</p></div>
<noscript><p>The newsroom needs JavaScript. The public site works without it.</p></noscript>
</body>
</html>
`;
}

/** Writes index.html for the entry chunk and its stylesheet, found in esbuild's metafile. */
function writeIndex(metafile) {
  const outputs = Object.entries(metafile.outputs);
  const entry = outputs.find(([, o]) => o.entryPoint?.endsWith('main.tsx'));
  const css = outputs.find(([file]) => file.endsWith('.css') && basename(file).startsWith('main-'));
  if (!entry || !css) throw new Error('the build produced no entry script or stylesheet');
  writeFileSync(join(dist, 'index.html'), indexHtml(basename(entry[0]), basename(css[0])));
}

function report(metafile) {
  const rows = Object.entries(metafile.outputs)
    .filter(([file]) => !file.endsWith('.map'))
    .map(([file]) => [relative(dist, join(root, file)), statSync(join(root, file)).size]);
  const total = rows.reduce((sum, [, size]) => sum + size, 0);
  for (const [file, size] of rows) console.log(`  ${file.padEnd(48)} ${(size / 1024).toFixed(1).padStart(7)} KiB`);
  console.log(`admin/dist: ${(total / 1024).toFixed(1)} KiB before compression`);
}

const options = {
  absWorkingDir: root,
  entryPoints: [join(source, 'main.tsx')],
  outdir: assets,
  bundle: true,
  // The editor is loaded only when a story is opened, so sign-in and the dashboard stay small.
  splitting: true,
  format: 'esm',
  target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: !watch,
  sourcemap: 'linked',
  entryNames: '[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  assetNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': watch ? '"development"' : '"production"' },
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });

if (watch) {
  const ctx = await esbuild.context({
    ...options,
    plugins: [
      {
        name: 'write-index',
        setup(build) {
          build.onEnd((result) => {
            if (result.errors.length === 0 && result.metafile) {
              writeIndex(result.metafile);
              console.log(`admin/dist rebuilt at ${new Date().toLocaleTimeString()}`);
            }
          });
        },
      },
    ],
  });
  await ctx.watch();
  console.log('watching admin/src; reload the browser after a rebuild');
} else {
  const result = await esbuild.build(options);
  writeIndex(result.metafile);
  report(result.metafile);
}
