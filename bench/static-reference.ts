import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerProcess, startProcess } from './server-process.ts';

const NODE_STATIC = fileURLToPath(new URL('./static-server.ts', import.meta.url));

function hasNginx(): boolean {
  return !spawnSync('nginx', ['-v']).error;
}

/**
 * A static file server serving `root` on `port`: nginx when installed (one
 * worker, sendfile, no access log: a common production setup), else a
 * minimal Node static server. It is the yardstick for the cache-hit path.
 */
export async function startStaticReference(root: string, port: number, workDir: string, prefix: readonly string[]): Promise<ServerProcess> {
  if (!hasNginx()) {
    return startProcess('node static server', [...prefix, process.execPath, '--import', 'tsx', NODE_STATIC, root, String(port)], { port, readyPath: '/ready.txt' });
  }
  const dir = join(workDir, 'nginx');
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  open_file_cache max=1000 inactive=60s;
  keepalive_requests 1000000;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
  }
}
`,
  );
  return startProcess('nginx', [...prefix, 'nginx', '-c', conf, '-e', join(dir, 'error.log')], { port, readyPath: '/ready.txt' });
}

/** Puts the bytes to serve under `root`, with a file the readiness check asks for. */
export function writeStaticFiles(root: string, files: Readonly<Record<string, Buffer>>): void {
  mkdirSync(root, { recursive: true });
  // nginx's workers run as an unprivileged user when it is started as root.
  chmodSync(join(root, '..'), 0o755);
  chmodSync(root, 0o755);
  writeFileSync(join(root, 'ready.txt'), 'ok');
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, name), bytes);
}
