import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatelineError } from '../errors.ts';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, FILES_KIND, MANIFEST_FILE, type Manifest } from './export-format.ts';
import { RECORD_KINDS } from './record-kinds.ts';
import { sha256File } from './sha256-file.ts';

/**
 * Reads and checks an export's manifest: the right format, a version this
 * Dateline reads, every kind of record present and each file whole (its
 * sha256 as written).
 */
export async function readManifest(dir: string): Promise<Manifest> {
  let raw: string;
  try {
    raw = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    throw new DatelineError('invalid-input', `${dir} holds no ${MANIFEST_FILE}: not a Dateline export, or an export that did not finish`);
  }
  let m: Partial<Manifest>;
  try {
    m = JSON.parse(raw) as Partial<Manifest>;
  } catch {
    throw new DatelineError('invalid-input', `${MANIFEST_FILE} is not JSON`);
  }
  if (m.format !== EXPORT_FORMAT) throw new DatelineError('invalid-input', `${dir} is not a Dateline export (format "${String(m.format)}")`);
  if (typeof m.version !== 'number' || !Number.isInteger(m.version) || m.version < 1) throw new DatelineError('invalid-input', 'the export has no valid format version');
  if (m.version > EXPORT_FORMAT_VERSION) {
    throw new DatelineError('invalid-input', `the export is format version ${m.version}, made by a newer Dateline; this one reads version ${EXPORT_FORMAT_VERSION}`);
  }
  const expected = [...RECORD_KINDS.map((k) => k.kind), FILES_KIND];
  const kinds = Array.isArray(m.records) ? m.records.map((r) => r?.kind) : [];
  if (kinds.join() !== expected.join()) {
    throw new DatelineError('invalid-input', `the export's record kinds (${kinds.join(', ')}) are not the ${expected.length} kinds of format version ${EXPORT_FORMAT_VERSION}`);
  }
  for (const entry of m.records!) {
    if (entry.file !== `${entry.kind}.jsonl` || !Number.isInteger(entry.count) || typeof entry.sha256 !== 'string') {
      throw new DatelineError('invalid-input', `the manifest entry for ${entry.kind} is malformed`);
    }
    const actual = await sha256File(join(dir, entry.file)).catch(() => null);
    if (!actual) throw new DatelineError('invalid-input', `${entry.file} is missing from the export`);
    if (actual.sha256 !== entry.sha256) throw new DatelineError('invalid-input', `${entry.file} does not match the manifest: the export is damaged or was edited`);
  }
  if (!Array.isArray(m.missingFiles) || !m.missingFiles.every((k) => typeof k === 'string')) throw new DatelineError('invalid-input', 'the manifest lists no missingFiles');
  return m as Manifest;
}
