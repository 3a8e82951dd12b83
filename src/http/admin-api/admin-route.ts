import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/actor.ts';
import type { Permission } from '../../domain/roles.ts';
import type { FfmpegPaths } from '../../media/detect-ffmpeg.ts';
import type { MediaStore } from '../../media/media-store.ts';
import type { RenditionService } from '../../media/rendition-service.ts';
import type { ServiceContext } from '../../service-context.ts';
import type { JsonSchema } from './json-schema.ts';
import type { Authenticated } from './request-actor.ts';

/** Where the admin API is mounted. */
export const ADMIN_API_PREFIX = '/api/admin';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler gets: the request already authenticated, authorized and validated. */
export interface AdminCall {
  readonly ctx: ServiceContext;
  readonly req: FastifyRequest;
  readonly reply: FastifyReply;
  /** The caller; routes open to anonymous callers (sign-in) must not read it. */
  readonly actor: Actor;
  readonly auth: Authenticated | null;
  /** Path parameters, all numeric ids. */
  readonly params: Readonly<Record<string, number>>;
  readonly query: Readonly<Record<string, unknown>>;
  /** The JSON body; for an upload, the file (a `Uint8Array`, or a `Readable` when the route streams it), or undefined when none was sent. */
  readonly body: unknown;
  readonly options: AdminApiServices;
  /** The route being answered, so a handler reads its own settings (an upload's byte limit). */
  readonly route: AdminRoute;
}

/** What the admin API is handed besides the service context. */
export interface AdminApiServices {
  /** Sends due webhook deliveries now (after a ping or a retry) rather than at the next round. */
  readonly webhooks?: { runDue(): Promise<void> };
  /** Mark the session cookie Secure: always, never, or when the request came over TLS ('auto'). */
  readonly secureCookies?: boolean | 'auto';
  /** Where uploaded pictures and video files are kept; uploads fail without it. */
  readonly media?: MediaStore;
  /** The rendition queue page serving uses, so video posters wait their turn rather than crowd it. */
  readonly renditions?: RenditionService;
  /** Where ffmpeg and ffprobe are, for video uploads; found on PATH when omitted. */
  readonly ffmpeg?: FfmpegPaths;
}

/**
 * One admin API endpoint, as data: the plugin registers it, the OpenAPI
 * document describes it, and the security test walks every one of them.
 */
export interface AdminRoute {
  readonly method: HttpMethod;
  /** Under /api/admin; `:name` segments are numeric ids. */
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  /** `public` only for signing in; anything else needs credentials and this permission. */
  readonly access: 'public' | Permission;
  /** False for acts a leaked token must not be able to do (minting tokens, changing a password). */
  readonly tokens?: boolean;
  /** Open while the account still has its one-time password (to see who you are, replace it, sign out). */
  readonly beforePasswordChange?: boolean;
  readonly body?: JsonSchema;
  /**
   * A file sent as the raw body (a picture), instead of a JSON `body`: which types, and how many bytes at most.
   * `stream` hands the handler the unread body as a `Readable` (for files too big to hold in memory); a
   * declared Content-Length over `maxBytes` is still refused up front, but the handler must count the rest.
   */
  readonly upload?: { readonly types: readonly string[]; readonly maxBytes: number; readonly stream?: boolean };
  readonly query?: JsonSchema;
  /** Success status; 204 sends no body. */
  readonly status?: 200 | 201 | 202 | 204;
  /** Request headers worth documenting (If-Match). */
  readonly headers?: readonly { name: string; description: string; required?: boolean }[];
  readonly handle: (call: AdminCall) => Promise<unknown>;
}

export function defineRoutes(routes: readonly AdminRoute[]): readonly AdminRoute[] {
  return Object.freeze(routes.map((r) => Object.freeze(r)));
}
