import { isSafeMediaKey } from '../media/media-key.ts';
import type { Executor } from '../store/database.ts';

/** A video's source as a media store key: `/media/files/clip.mp4` or `files/clip.mp4`; null for a URL elsewhere. */
export function videoFileKey(sourceUrl: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(sourceUrl)) return null;
  const key = sourceUrl.startsWith('/media/') ? sourceUrl.slice('/media/'.length) : sourceUrl;
  return isSafeMediaKey(key) ? key : null;
}

/** Every media store object the records refer to: image originals and uploaded video files, sorted. */
export async function mediaFileKeys(db: Executor): Promise<string[]> {
  const [images, videos] = await Promise.all([
    db.selectFrom('media_assets').select('storage_key').execute(),
    db.selectFrom('videos').select('source_url').execute(),
  ]);
  const keys = new Set<string>(images.map((r) => r.storage_key));
  for (const v of videos) {
    const key = videoFileKey(v.source_url);
    if (key) keys.add(key);
  }
  return [...keys].sort();
}
