import { resolve } from 'node:path';

/**
 * Demuxers a newsroom's video files use (MP4/MOV, WebM/Matroska). Naming
 * them, and allowing only the `file` protocol, shuts out the classic ffmpeg
 * attacks where an "mp4" is really an HLS or concat playlist that makes
 * ffmpeg read other local files or fetch URLs.
 */
const DEMUXERS = 'mov,mp4,m4a,3gp,3g2,mj2,matroska,webm';

/** ffmpeg/ffprobe input options for an untrusted video file; they must come before any output options. */
export function videoInputArgs(path: string): string[] {
  // The `file:` prefix keeps a name like "http:x" or "-y" from being read as anything but a path.
  return ['-protocol_whitelist', 'file', '-format_whitelist', DEMUXERS, '-i', `file:${resolve(path)}`];
}
