import { MINIMUM_ROLE, type Permission } from '../../domain/roles.ts';
import { ERROR_CODES } from '../../errors.ts';
import type { AdminRoute } from './admin-route.ts';
import { CSRF_HEADER } from './authenticate.ts';
import type { JsonSchema } from './json-schema.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

const ERROR_RESPONSE = { $ref: '#/components/responses/Error' };

const paramsOf = (url: string) => [...url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
const openApiPath = (url: string) => url.replace(/:([A-Za-z]+)/g, '{$1}');

function queryParameters(query: JsonSchema | undefined) {
  const properties = (query?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((query?.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({ name, in: 'query', required: required.has(name), schema: s }));
}

function security(route: AdminRoute) {
  if (route.access === 'public') return [];
  const writes = route.method !== 'GET';
  const session = writes ? { sessionCookie: [], csrfToken: [] } : { sessionCookie: [] };
  return route.tokens === false ? [session] : [session, { bearerToken: [] }];
}

function operation(route: AdminRoute) {
  const status = String(route.status ?? 200);
  const permission = route.access === 'public' ? null : (route.access as Permission);
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    security: security(route),
    ...(permission ? { 'x-permission': permission, 'x-minimum-role': MINIMUM_ROLE[permission] } : {}),
    parameters: [
      ...paramsOf(route.url).map((name) => ({ name, in: 'path', required: true, schema: { type: 'integer', minimum: 1 } })),
      ...queryParameters(route.query),
      ...(route.headers ?? []).map((h) => ({ name: h.name, in: 'header', required: h.required ?? false, description: h.description, schema: { type: 'string' } })),
    ],
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
    ...(route.upload
      ? { requestBody: { required: true, content: Object.fromEntries(route.upload.types.map((t) => [t, { schema: { type: 'string', format: 'binary', maxLength: route.upload!.maxBytes } }])) } }
      : {}),
    responses: {
      [status]: status === '204' ? { description: 'Done; no content.' } : { description: 'Success: `{ "data": ... }`.', content: { 'application/json': { schema: { type: 'object', properties: { data: {} } } } } },
      ...(route.body || route.query ? { 400: ERROR_RESPONSE } : {}),
      ...(route.access !== 'public' ? { 401: ERROR_RESPONSE, 403: ERROR_RESPONSE } : { 401: ERROR_RESPONSE, 429: ERROR_RESPONSE }),
      ...(route.url.includes(':') ? { 404: ERROR_RESPONSE } : {}),
      ...(route.method !== 'GET' ? { 409: ERROR_RESPONSE } : {}),
    },
  };
}

/** The OpenAPI 3.1 description of the admin API, generated from the same route table the server runs. */
export function openApiDocument(routes: readonly AdminRoute[], prefix: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = prefix + openApiPath(route.url);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dateline admin API',
      version: '1',
      description:
        'Everything a newsroom does: stories and their revisions, publishing, curation, the wire queue, people, tokens, webhooks and the audit log. ' +
        `Authenticate with the session cookie from POST ${prefix}/session (changes must repeat its CSRF token in the ${CSRF_HEADER} header) ` +
        'or with an API token as "Authorization: Bearer <token>". Errors are { "error": { "code", "message", "details" } }.',
    },
    paths,
    components: {
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        csrfToken: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
        bearerToken: { type: 'http', scheme: 'bearer' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string', enum: [...Object.keys(ERROR_CODES), 'internal'] }, message: { type: 'string' }, details: { type: 'object' } },
            },
          },
        },
      },
      responses: { Error: { description: 'A failure the caller can act on.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
    },
  };
}
