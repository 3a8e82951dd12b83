import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build:admin` writes the newsroom app. */
export const ADMIN_DIST = fileURLToPath(new URL('../../admin/dist/', import.meta.url));

/**
 * The newsroom app runs only its own bundled scripts and styles and talks
 * only to this origin; story previews are framed from here (same origin),
 * and nothing else may frame the newsroom.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' https: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Built file names carry a content hash (`main-4F2K9Q.js`), so a URL never changes meaning. */
const HASHED = /-[A-Z0-9]{8}\.(?:js|css|svg|png|woff2)$/;

const MISSING_STYLE = 'body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}code{background:#f3f4f6;padding:.1rem .3rem}';

/** Shown instead of the app when the bundle was never built: says exactly how to build it. */
export const MISSING_BUNDLE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Newsroom not built</title><style>${MISSING_STYLE}</style></head>
<body><main><h1>The newsroom app has not been built</h1>
<p>The site and the APIs are running, but the files of the newsroom web app are missing from <code>admin/dist/</code>.</p>
<p>Build it with <code>npm run build:admin</code> (<code>npm install</code> and <code>npm ci</code> also build it), then reload this page.</p>
</main></body></html>
`;

const MISSING_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(MISSING_STYLE).digest('base64')}'; frame-ancestors 'none'`;

function guard(reply: FastifyReply, csp: string): FastifyReply {
  return reply.header('content-security-policy', csp).header('x-frame-options', 'DENY').header('x-content-type-options', 'nosniff');
}

async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') return null;
    throw e;
  }
}

/**
 * The newsroom web app under /admin: built files from admin/dist/assets,
 * and index.html for every other path so the app's own routes survive a
 * reload or a shared link. Files are read from disk on each request, so a
 * rebuild needs no restart; hashed ones are cached by browsers for a year.
 */
export async function adminUiRoutes(app: FastifyInstance, opts: { distDir?: string } = {}): Promise<void> {
  const dist = opts.distDir ?? ADMIN_DIST;
  const assets = join(dist, 'assets');

  async function sendIndex(reply: FastifyReply) {
    const index = await readOrNull(join(dist, 'index.html'));
    if (!index) {
      return guard(reply, MISSING_CSP).code(503).header('cache-control', 'no-store').header('retry-after', '60').type('text/html; charset=utf-8').send(MISSING_BUNDLE_PAGE);
    }
    return guard(reply, ADMIN_CSP).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
  }

  app.get('/admin', async (_req, reply) => reply.redirect('/admin/', 301));

  app.get('/admin/assets/*', async (req, reply) => {
    const rest = (req.params as { '*': string })['*'];
    const path = normalize(join(assets, rest));
    const type = TYPES[extname(path)];
    const body = type && path.startsWith(assets + sep) ? await readOrNull(path) : null;
    if (!body) {
      return guard(reply, ADMIN_CSP).code(404).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send('no such file');
    }
    const cache = HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
    return guard(reply, ADMIN_CSP).header('cache-control', cache).type(type).send(body);
  });

  app.get('/admin/*', async (_req, reply) => sendIndex(reply));
}
