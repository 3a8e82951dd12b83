/**
 * UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("companyâ€™s"
 * for "company’s") is turned back, one complete byte sequence at a time.
 * Only whole, valid UTF-8 sequences are replaced, so genuine accented text
 * ("für", "café") is left alone; a sequence whose continuation bytes were
 * lost ("companyâs") cannot be recovered and is reported instead.
 */
const CP1252: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** The byte a character stood for when UTF-8 was misread, or -1. */
function byteOf(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252[code] ?? -1;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

export function repairMojibake(text: string): { readonly text: string; readonly repaired: number; readonly suspicious: boolean } {
  const chars = [...text];
  let out = '';
  let repaired = 0;
  for (let i = 0; i < chars.length; i++) {
    const lead = byteOf(chars[i]);
    const n = continuationCount(lead);
    if (n > 0 && i + n < chars.length) {
      const bytes = [lead];
      for (let k = 1; k <= n; k++) bytes.push(byteOf(chars[i + k]));
      if (bytes.slice(1).every((b) => b >= 0x80 && b <= 0xbf)) {
        try {
          out += decoder.decode(Uint8Array.from(bytes));
          repaired += 1;
          i += n;
          continue;
        } catch {
          // Not a valid sequence after all: keep the characters as they are.
        }
      }
    }
    out += chars[i];
  }
  // An English apostrophe (’ = E2 80 99) whose last two bytes were lost leaves "companyâs", "donât".
  const suspicious = /[a-z]â(?:s|t|ll|re|ve|d|m)\b/i.test(out);
  return { text: out, repaired, suspicious };
}
