import { stat } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative, resolve } from 'node:path';
import { phpPath, phpUnserialize } from './php-unserialize.ts';
import type { WxrItem } from './wxr-document.ts';

/** Paths under the uploads folder where an attachment's file may be, best first. */
export function uploadCandidates(item: WxrItem): string[] {
  const out: string[] = [];
  const attached = item.meta.get('_wp_attached_file')?.trim();
  if (attached) out.push(attached);
  const metadataFile = phpPath(phpUnserialize(item.meta.get('_wp_attachment_metadata') ?? ''), 'file');
  if (typeof metadataFile === 'string' && metadataFile.trim()) out.push(metadataFile.trim());
  for (const url of [item.attachmentUrl, item.guid]) {
    if (!url) continue;
    let path: string;
    try {
      path = decodeURIComponent(new URL(url).pathname);
    } catch {
      continue;
    }
    const inUploads = /\/uploads\/(.+)$/.exec(path);
    if (inUploads) out.push(inUploads[1]);
    out.push(path.replace(/^\/+/, ''));
    out.push(path.slice(path.lastIndexOf('/') + 1));
  }
  return [...new Set(out.filter((p) => p !== ''))];
}

/** The candidate as a path inside `root`, or null when it would leave it. */
function inside(root: string, candidate: string): string | null {
  if (isAbsolute(candidate) || candidate.includes('\0')) return null;
  const full = resolve(root, normalize(candidate));
  const rel = relative(root, full);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : join(root, rel);
}

/**
 * Finds an attachment's file in a copy of the site's `wp-content/uploads`
 * folder. Paths come from the export, so each is checked to stay inside it.
 */
export async function locateUpload(uploadsDir: string, item: WxrItem): Promise<{ path: string | null; tried: string[] }> {
  const root = resolve(uploadsDir);
  const tried = uploadCandidates(item);
  for (const candidate of tried) {
    const path = inside(root, candidate);
    if (!path) continue;
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) return { path, tried };
  }
  return { path: null, tried };
}
