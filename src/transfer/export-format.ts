/** What the first line of `manifest.json` says an export is. */
export const EXPORT_FORMAT = 'dateline-export';

/** Bumped whenever a record kind, a field or the layout changes; an import refuses newer versions. */
export const EXPORT_FORMAT_VERSION = 1;

export const MANIFEST_FILE = 'manifest.json';
/** Media store objects are copied under this folder, at their store keys. */
export const FILES_FOLDER = 'media';
/** The record kind listing the copied media files. */
export const FILES_KIND = 'files';

export interface ManifestEntry {
  readonly kind: string;
  readonly file: string;
  readonly count: number;
  /** sha256 hex of the file, so an import notices a damaged or edited export. */
  readonly sha256: string;
}

export interface Manifest {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: number;
  /** In import order; `files` last. */
  readonly records: readonly ManifestEntry[];
  /** Media keys that records refer to but the media store did not have when exporting. */
  readonly missingFiles: readonly string[];
}

/** One line per media file in `files.jsonl`. */
export interface FileRecord {
  readonly key: string;
  readonly contentType: string;
  readonly bytes: number;
  readonly sha256: string;
}
