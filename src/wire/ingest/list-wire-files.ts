import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * The files named, and every file under the folders named (recursively, in
 * name order), skipping hidden entries. Links to folders are not followed,
 * so a loop cannot make the walk endless. A path that does not exist is
 * reported rather than silently skipped.
 */
export async function listWireFiles(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const full = resolve(p);
    let info;
    try {
      info = await stat(full);
    } catch {
      missing.push(p);
      continue;
    }
    if (info.isDirectory()) files.push(...(await walk(full)));
    else files.push(full);
  }
  return { files, missing };
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile()) out.push(full);
    else if (e.isSymbolicLink()) {
      const target = await stat(full).catch(() => null);
      if (target?.isFile()) out.push(full);
    }
  }
  return out;
}
