import { readFile, stat } from 'node:fs/promises';
import { DatelineError } from '../errors.ts';
import { parseWxr } from './parse-wxr.ts';
import type { WxrDocument } from './wxr-document.ts';

/** Large sites export hundreds of megabytes; past this the file is better split with WordPress's export filters. */
export const MAX_WXR_BYTES = 256 * 1024 * 1024;

/** Reads and parses an export file; its size is checked before it is read. */
export async function readWxrFile(path: string): Promise<WxrDocument> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DatelineError('invalid-input', `${path} is not a file`);
    size = info.size;
  } catch (e) {
    if (e instanceof DatelineError) throw e;
    throw new DatelineError('not-found', `cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (size > MAX_WXR_BYTES) {
    throw new DatelineError('too-large', `${path} is ${size} bytes, over the limit of ${MAX_WXR_BYTES}; export the site in parts (by date or type)`);
  }
  return parseWxr(await readFile(path, 'utf8'));
}
