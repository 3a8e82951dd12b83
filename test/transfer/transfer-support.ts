import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder with its bytes, by relative path, for byte-for-byte comparison. */
export function folderContents(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const p = join(at, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

export function readLines(dir: string, kind: string): unknown[] {
  return readFileSync(join(dir, `${kind}.jsonl`), 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
}
