import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Every request seen, as "METHOD /path?query", with its headers. */
  readonly requests: { readonly line: string; readonly headers: IncomingMessage['headers'] }[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 only, answering the routes a test gives it and 404 otherwise. */
export async function localServer(): Promise<LocalServer> {
  const routes = new Map<string, Handler>();
  const requests: LocalServer['requests'][number][] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ line: `${req.method} ${req.url}`, headers: req.headers });
    const handler = routes.get((req.url ?? '/').split('?')[0]);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
