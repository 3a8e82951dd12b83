import type { FastifyInstance, FastifyReply } from 'fastify';
import { DatelineError } from '../errors.ts';
import { isSafeMediaKey } from '../media/media-key.ts';
import type { MediaStore } from '../media/media-store.ts';

function parseRange(header: string, size: number): { start: number; end: number } | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  return start <= end && start < size ? { start, end } : null;
}

/**
 * Stored files such as uploaded video, under `/media/files/`. Video players
 * seek with Range requests, so those are answered with 206, streamed from
 * the media store whatever the file's size.
 */
export async function mediaFileRoute(app: FastifyInstance, opts: { media: MediaStore }): Promise<void> {
  app.get('/media/files/:name', async (req, reply: FastifyReply) => {
    const name = (req.params as { name: string }).name;
    const key = `files/${name}`;
    if (!/^[a-z0-9][a-z0-9._-]{0,120}$/.test(name) || !isSafeMediaKey(key)) throw new DatelineError('not-found', 'no such file');
    const stream = await opts.media.open(key);
    if (!stream) throw new DatelineError('not-found', 'no such file');
    reply.header('accept-ranges', 'bytes').header('cache-control', 'public, max-age=86400').type(stream.contentType);
    const range = req.headers.range;
    if (range) {
      stream.body.destroy();
      const r = parseRange(range, stream.size);
      if (!r) return reply.code(416).header('content-range', `bytes */${stream.size}`).send();
      const part = await opts.media.open(key, r);
      if (!part) throw new DatelineError('not-found', 'no such file');
      return reply
        .code(206)
        .header('content-range', `bytes ${r.start}-${r.end}/${stream.size}`)
        .header('content-length', r.end - r.start + 1)
        .send(part.body);
    }
    return reply.header('content-length', stream.size).send(stream.body);
  });
}
