import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/**
 * A bare Node.js server answering every request with one buffer read at
 * start: the floor for any Node HTTP path, so the benchmark can tell the
 * cost of Node's HTTP stack from the cost of the page cache in front of it.
 * Run as: node bench/bare-node-server.ts FILE PORT
 */
const [file, port] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) };

createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}).listen(Number(port), '127.0.0.1');
