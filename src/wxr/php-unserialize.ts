/**
 * PHP's `serialize()` format read as plain data: strings, numbers, booleans,
 * null and arrays. Objects (`O:`, `C:`), references (`r:`, `R:`) and anything
 * else are refused, so nothing is ever instantiated and a crafted value can
 * only fail to parse. String lengths count UTF-8 bytes, as PHP writes them.
 */
export type PhpValue = string | number | boolean | null | PhpArray;

/** A PHP array: keys in their original order (list-like arrays keep integer keys). */
export type PhpArray = ReadonlyMap<string | number, PhpValue>;

const MAX_DEPTH = 32;
const MAX_ENTRIES = 10_000;

class Reader {
  private at = 0;
  private entries = 0;
  constructor(private readonly bytes: Buffer) {}

  private fail(what: string): never {
    throw new Error(`${what} at byte ${this.at}`);
  }

  private expect(char: string): void {
    if (this.bytes[this.at] !== char.charCodeAt(0)) this.fail(`expected "${char}"`);
    this.at += 1;
  }

  private until(char: string): string {
    const end = this.bytes.indexOf(char.charCodeAt(0), this.at);
    if (end === -1) this.fail(`missing "${char}"`);
    const s = this.bytes.toString('latin1', this.at, end);
    this.at = end + 1;
    return s;
  }

  private count(raw: string): number {
    if (!/^\d{1,9}$/.test(raw)) this.fail('bad length');
    return Number(raw);
  }

  value(depth: number): PhpValue {
    if (depth > MAX_DEPTH) this.fail('nested too deeply');
    if (++this.entries > MAX_ENTRIES) this.fail('too many values');
    const type = String.fromCharCode(this.bytes[this.at] ?? 0);
    this.at += 1;
    if (type === 'N') {
      this.expect(';');
      return null;
    }
    this.expect(':');
    switch (type) {
      case 'b': {
        const v = this.until(';');
        if (v !== '0' && v !== '1') this.fail('bad boolean');
        return v === '1';
      }
      case 'i': {
        const v = this.until(';');
        if (!/^-?\d{1,18}$/.test(v)) this.fail('bad integer');
        return Number(v);
      }
      case 'd': {
        const v = this.until(';');
        const n = Number(v);
        if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^-?INF$|^NAN$/.test(v)) this.fail('bad float');
        return n;
      }
      case 's': {
        const length = this.count(this.until(':'));
        this.expect('"');
        if (this.at + length > this.bytes.length) this.fail('string runs past the end');
        const s = this.bytes.toString('utf8', this.at, this.at + length);
        this.at += length;
        this.expect('"');
        this.expect(';');
        return s;
      }
      case 'a': {
        const length = this.count(this.until(':'));
        this.expect('{');
        const out = new Map<string | number, PhpValue>();
        for (let i = 0; i < length; i++) {
          const key = this.value(depth + 1);
          if (typeof key !== 'string' && typeof key !== 'number') this.fail('bad array key');
          out.set(key, this.value(depth + 1));
        }
        this.expect('}');
        return out;
      }
      default:
        return this.fail(`refused value type "${type}"`);
    }
  }

  done(): boolean {
    return this.at === this.bytes.length;
  }
}

/** The value, or null when the text is not serialized plain data (or holds objects). */
export function phpUnserialize(text: string): PhpValue | null {
  const reader = new Reader(Buffer.from(text.trim(), 'utf8'));
  try {
    const value = reader.value(0);
    return reader.done() ? value : null;
  } catch {
    return null;
  }
}

/** Follows string keys through nested arrays: `phpPath(meta, 'image_meta', 'credit')`. */
export function phpPath(value: PhpValue | null, ...keys: string[]): PhpValue | null {
  let at: PhpValue | null = value;
  for (const key of keys) {
    if (!(at instanceof Map)) return null;
    at = at.get(key) ?? null;
  }
  return at;
}
