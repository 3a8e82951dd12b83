import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatelineError } from '../errors.ts';
import { isMediaError } from '../media/media-error.ts';
import { ERROR_STATUS } from './error-status.ts';
import { MEDIA_ERROR_STATUS } from './media-error-status.ts';

export type HtmlErrorRenderer = (req: FastifyRequest, status: 404 | 410) => Promise<string>;

const wantsJson = (req: FastifyRequest) => /^\/(api|beacon)(\/|\?|$)/.test(req.url);

/**
 * Maps every failure once: our typed errors to their status and message,
 * framework errors (bad JSON, too-large body) to 4xx, anything else to a
 * bare 500 whose details go to the log only.
 */
export function handleErrors(app: FastifyInstance, renderHtml: HtmlErrorRenderer | null): void {
  app.setErrorHandler(async (error: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) => {
    let status = 500;
    let code = 'internal';
    let message = 'Something went wrong on our side.';
    let details: unknown;
    if (isDatelineError(error)) {
      status = ERROR_STATUS[error.code];
      code = error.code;
      message = error.message;
      details = error.details;
    } else if (isMediaError(error)) {
      status = MEDIA_ERROR_STATUS[error.code];
      code = status === 404 ? 'not-found' : error.code;
      message = status === 404 ? 'no such image' : error.message;
    } else if ('statusCode' in error && typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      status = error.statusCode;
      code = status === 413 ? 'too-large' : status === 415 ? 'unsupported-media' : 'invalid-input';
      message = error.message;
    }
    if (status >= 500) req.log.error({ err: error }, 'request failed');
    if (!wantsJson(req) && renderHtml && (status === 404 || status === 410)) {
      return reply.code(status).type('text/html; charset=utf-8').send(await renderHtml(req, status));
    }
    return reply.code(status).send({ error: { code, message, ...(details ? { details } : {}) } });
  });

  app.setNotFoundHandler(async (req, reply) => {
    if (!wantsJson(req) && renderHtml && (req.method === 'GET' || req.method === 'HEAD')) {
      return reply.code(404).type('text/html; charset=utf-8').send(await renderHtml(req, 404));
    }
    return reply.code(404).send({ error: { code: 'not-found', message: `no route for ${req.method} ${req.url.split('?')[0]}` } });
  });
}
