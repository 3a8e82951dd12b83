/** Minimal SVG element builders. Every value is ours (numbers and colours), so nothing needs escaping. */

/** Numbers with at most one decimal keep the markup short. */
export const num = (n: number): string => String(Math.round(n * 10) / 10);

const tail = (extra: string) => (extra ? ` ${extra}` : '');

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${fill}"${tail(extra)}/>`;

export const circle = (cx: number, cy: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${fill}"${tail(extra)}/>`;

export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string =>
  `<ellipse cx="${num(cx)}" cy="${num(cy)}" rx="${num(rx)}" ry="${num(ry)}" fill="${fill}"${tail(extra)}/>`;

/** Points as a flat list: x1, y1, x2, y2, ... */
export const polygon = (points: readonly number[], fill: string, extra = ''): string =>
  `<polygon points="${pairs(points)}" fill="${fill}"${tail(extra)}/>`;

export const polyline = (points: readonly number[], stroke: string, width: number, extra = ''): string =>
  `<polyline points="${pairs(points)}" fill="none" stroke="${stroke}" stroke-width="${num(width)}" stroke-linejoin="round" stroke-linecap="round"${tail(extra)}/>`;

export const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra = ''): string =>
  `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}" stroke-width="${num(width)}"${tail(extra)}/>`;

export const path = (d: string, fill: string, extra = ''): string => `<path d="${d}" fill="${fill}"${tail(extra)}/>`;

export const group = (body: string, attrs = ''): string => `<g${tail(attrs)}>${body}</g>`;

function pairs(points: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) out.push(`${num(points[i])},${num(points[i + 1])}`);
  return out.join(' ');
}

/** Repeat a drawing `count` times: `times(5, (i) => rect(...))`. */
export const times = (count: number, draw: (i: number) => string): string =>
  Array.from({ length: Math.max(0, Math.floor(count)) }, (_, i) => draw(i)).join('');
