import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

/**
 * The benchmark's static reference when nginx is not installed: a minimal
 * file server of the kind any Node tutorial shows (stat, then stream the
 * file), run as its own process: node bench/static-server.ts ROOT PORT.
 */
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.xml': 'application/xml', '.json': 'application/json' };
const [root, port] = process.argv.slice(2);

createServer((req, res) => {
  const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]));
  if (path.includes('..')) {
    res.writeHead(400).end();
    return;
  }
  const file = join(root, path);
  let size: number;
  try {
    const s = statSync(file);
    if (!s.isFile()) throw new Error('not a file');
    size = s.size;
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
  createReadStream(file).pipe(res);
}).listen(Number(port), '127.0.0.1');
