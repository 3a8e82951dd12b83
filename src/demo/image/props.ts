import type { SceneContext } from './scene-context.ts';
import { H, W } from './scene-context.ts';
import { circle, ellipse, group, num, path, polygon, rect, times } from './svg-shapes.ts';

/** Ground from `top` to the bottom of the canvas, darker toward the viewer. */
export function ground(c: SceneContext, top: number, h: number, s: number, l: number): string {
  return rect(0, top, W, H - top, c.linear([[0, c.col(h, s, l)], [1, c.col(h, s, l * 0.62)]]));
}

/** A smooth ridge line across the canvas, filled down to the bottom. */
export function hills(c: SceneContext, baseY: number, amplitude: number, fill: string): string {
  const { rng } = c;
  const n = rng.int(4, 7);
  const pts = Array.from({ length: n + 1 }, (_, i) => [(W * i) / n, baseY - rng.range(0, amplitude)] as const);
  let d = `M0,${num(H)} L0,${num(pts[0][1])}`;
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1];
    const [x1, y1] = pts[i];
    const mx = (x0 + x1) / 2;
    d += ` C${num(mx)},${num(y0)} ${num(mx)},${num(y1)} ${num(x1)},${num(y1)}`;
  }
  return path(`${d} L${W},${H} Z`, fill);
}

/** A broadleaf tree: trunk and a canopy of overlapping crowns, lit from the upper left. */
export function tree(c: SceneContext, x: number, baseY: number, size: number, hue = 110): string {
  const { rng } = c;
  const h = hue + rng.range(-12, 12);
  const trunk = rect(x - size * 0.06, baseY - size * 0.55, size * 0.12, size * 0.55, c.col(28, 30, 24));
  const dark = c.col(h, 38, 24);
  const light = c.col(h, 42, 36);
  const crowns = times(5, (i) => {
    const a = (i / 5) * Math.PI * 2;
    return circle(x + Math.cos(a) * size * 0.22, baseY - size * 0.78 + Math.sin(a) * size * 0.16, size * rng.range(0.24, 0.32), i < 3 ? dark : light);
  });
  return trunk + crowns + circle(x - size * 0.1, baseY - size * 0.86, size * 0.22, light);
}

/** A conifer: stacked triangles. */
export function pine(c: SceneContext, x: number, baseY: number, size: number, hue = 150): string {
  const fill = c.col(hue + c.rng.range(-10, 10), 34, 22 + c.rng.range(-4, 6));
  const tiers = times(4, (i) => {
    const top = baseY - size + i * size * 0.2;
    const half = size * (0.16 + i * 0.07);
    return polygon([x, top, x + half, top + size * 0.36, x - half, top + size * 0.36], fill);
  });
  return rect(x - size * 0.03, baseY - size * 0.1, size * 0.06, size * 0.1, c.col(25, 30, 20)) + tiers;
}

/** A standing figure, seen as a silhouette with a coloured top. */
export function person(c: SceneContext, x: number, baseY: number, height: number, hue: number): string {
  const u = height / 10;
  const skin = c.col(c.rng.pick([25, 28, 30, 22]), 40, c.rng.pick([28, 42, 58, 70]));
  const shirt = c.col(hue, 55, 45);
  const legs = c.col(220, 25, 22);
  return (
    rect(x - u * 1.2, baseY - u * 4.6, u * 2.4, u * 4.6, legs, `rx="${num(u * 0.6)}"`) +
    path(`M${num(x - u * 1.7)},${num(baseY - u * 4.2)} Q${num(x - u * 1.8)},${num(baseY - u * 8)} ${num(x)},${num(baseY - u * 8.1)} Q${num(x + u * 1.8)},${num(baseY - u * 8)} ${num(x + u * 1.7)},${num(baseY - u * 4.2)} Z`, shirt) +
    circle(x, baseY - u * 9, u * 1.05, skin)
  );
}

/** Heads in a crowd, as dots in varied colours. */
export function crowd(c: SceneContext, x: number, y: number, w: number, h: number, count: number): string {
  const { rng } = c;
  return times(count, () => circle(x + rng.range(0, w), y + rng.range(0, h), rng.range(3, 6), c.col(rng.range(0, 360), rng.range(20, 60), rng.range(25, 65))));
}

/** Stars-and-stripes flag with its top left corner at (x, y). */
export function flag(c: SceneContext, x: number, y: number, width: number): string {
  const h = width * 0.53;
  const stripe = h / 13;
  const stripes = times(13, (i) => rect(x, y + i * stripe, width, stripe + 0.5, i % 2 === 0 ? c.col(355, 70, 44) : c.col(0, 0, 96)));
  const cw = width * 0.4;
  const ch = stripe * 7;
  const stars = times(20, (i) => circle(x + cw * (0.12 + (i % 5) * 0.19), y + ch * (0.14 + Math.floor(i / 5) * 0.24), Math.max(0.8, width * 0.008), c.col(0, 0, 98)));
  return stripes + rect(x, y, cw, ch, c.col(225, 55, 30)) + stars;
}

/** A flagpole with a flag flying from its top. */
export function flagpole(c: SceneContext, x: number, baseY: number, height: number): string {
  return rect(x - 3, baseY - height, 6, height, c.col(0, 0, 78)) + circle(x, baseY - height, 6, c.col(45, 60, 60)) + flag(c, x + 3, baseY - height + 6, height * 0.34);
}

/** A grid of windows; after dark some of them glow. */
export function windowGrid(c: SceneContext, x: number, y: number, w: number, h: number, cols: number, rows: number, gap = 0.35): string {
  const { rng } = c;
  const cw = w / cols;
  const rh = h / rows;
  const glass = c.col(205 + c.hueShift, 30, 40);
  return times(cols * rows, (i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    const glow = c.lightsOn && rng.chance(0.55);
    const fill = glow ? c.lit(42, 90, rng.range(62, 78)) : glass;
    return rect(x + col * cw + (cw * gap) / 2, y + row * rh + (rh * gap) / 2, cw * (1 - gap), rh * (1 - gap), fill);
  });
}

/** A low band of trees along a horizon line. */
export function treeline(c: SceneContext, y: number, hue = 115, lightness = 26): string {
  const { rng } = c;
  return group(times(46, (i) => ellipse(i * 36 + rng.range(-10, 10), y - rng.range(0, 14), rng.range(28, 46), rng.range(16, 34), c.col(hue + rng.range(-10, 10), 32, lightness + rng.range(-4, 4)))));
}
