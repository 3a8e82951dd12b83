import { ADMIN_API_PREFIX, type AdminRoute } from '../admin-route.ts';
import { openApiDocument } from '../openapi-document.ts';

/** The route serving the OpenAPI document; it is handed the table lazily because it is part of it. */
export function openApiRoute(table: () => readonly AdminRoute[]): AdminRoute {
  let cached: unknown = null;
  return Object.freeze({
    method: 'GET',
    url: '/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This description of the admin API.',
    tag: 'meta',
    access: 'account.self',
    beforePasswordChange: true,
    async handle() {
      cached ??= openApiDocument(table(), ADMIN_API_PREFIX);
      return cached;
    },
  } satisfies AdminRoute);
}
