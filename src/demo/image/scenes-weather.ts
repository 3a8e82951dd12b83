import type { DemoSceneKind } from '../demo-types.ts';
import { ground, tree, windowGrid } from './props.ts';
import type { SceneContext } from './scene-context.ts';
import { H, W } from './scene-context.ts';
import type { ScenePainter } from './scene-painter.ts';
import { circle, ellipse, group, line, path, polygon, polyline, rect, times } from './svg-shapes.ts';

function bolt(c: SceneContext, x: number, top: number, bottom: number): string {
  const pts: number[] = [x, top];
  let px = x;
  for (let y = top; y < bottom; ) {
    y += c.rng.range(30, 70);
    px += c.rng.range(-50, 50);
    pts.push(px, Math.min(y, bottom));
  }
  const glow = c.lit(240, 100, 90);
  return polyline(pts, glow, 18, 'opacity="0.25"') + polyline(pts, '#ffffff', 5);
}

const storm: ScenePainter = (c) => {
  const { rng } = c;
  const bright = c.light === 'day';
  const sky = c.linear([[0, c.lit(215, 18, bright ? 60 : 26)], [0.6, c.lit(205, 16, bright ? 46 : 20)], [1, c.lit(c.light === 'dusk' ? 28 : 200, c.light === 'dusk' ? 70 : 14, bright ? 70 : 44)]]);
  const base = 400;
  const anvil = ellipse(800 + rng.range(-200, 200), 120, 760, 90, c.lit(215, 10, bright ? 82 : 52));
  const tower = times(16, (i) => circle(500 + rng.range(0, 600), 160 + i * 16, rng.range(90, 160), c.lit(215, 12, (bright ? 70 : 40) - i * 1.5)));
  const shelf = path(`M-50,${base + 40} Q400,${base - 20} 800,${base + 10} Q1200,${base + 40} 1650,${base - 10} L1650,${base + 90} Q800,${base + 150} -50,${base + 110} Z`, c.lit(215, 14, bright ? 34 : 14));
  const rain = group(
    times(70, () => {
      const x = rng.range(300, 1500);
      return line(x, base + 80, x - 90, 720, c.lit(210, 14, 70), rng.range(1, 3));
    }),
    'opacity="0.35"',
  );
  const houses = c.mentions('rooftop', 'neighborhood')
    ? times(9, (i) => {
        const x = i * 190 + rng.range(-20, 20);
        const wall = c.col(rng.pick([30, 200, 10, 45]), 20, rng.range(40, 60));
        return rect(x, 690, 150, 110, wall) + polygon([x - 14, 690, x + 75, 630, x + 164, 690], c.col(0, 0, 26)) + windowGrid(c, x + 20, 710, 110, 50, 2, 1, 0.5);
      })
    : times(30, (i) => line(800, 700, -2400 + i * 190, H, c.col(48, 40, 32), 4, 'opacity="0.5"'));
  const strike = c.light !== 'day' ? bolt(c, rng.range(500, 1100), base + 60, 690) : '';
  return (
    rect(0, 0, W, H, sky) +
    anvil + tower + shelf + rain + strike +
    ground(c, 700, c.mentions('wheat') ? 45 : 90, 40, 40) +
    (c.mentions('rooftop', 'neighborhood') ? times(7, (i) => tree(c, 90 + i * 240, 690, rng.range(220, 300), 100)) : '') +
    houses
  );
};

/** A stylised radar map: counties, a river, echoes by intensity, fronts and pressure centres. No text. */
const weatherMap: ScenePainter = (c) => {
  const { rng } = c;
  const sea = c.linear([[0, c.lit(214, 45, 18)], [1, c.lit(220, 50, 10)]]);
  const land = c.lit(95 + c.hueShift, 18, 34);
  const cols = 9;
  const rows = 6;
  const grid: Array<readonly [number, number]> = [];
  for (let r = 0; r <= rows; r++) for (let q = 0; q <= cols; q++) grid.push([80 + (q * 1440) / cols + (q > 0 && q < cols ? rng.range(-30, 30) : 0), 80 + (r * 700) / rows + (r > 0 && r < rows ? rng.range(-22, 22) : 0)]);
  const at = (q: number, r: number) => grid[r * (cols + 1) + q];
  const counties = times(cols * rows, (i) => {
    const q = i % cols;
    const r = Math.floor(i / cols);
    const pts = [at(q, r), at(q + 1, r), at(q + 1, r + 1), at(q, r + 1)].flat();
    const home = q === 4 && r === 3;
    return polygon(pts, home ? c.lit(95 + c.hueShift, 24, 42) : land, `stroke="${c.lit(0, 0, 78)}" stroke-width="${home ? 5 : 2}" stroke-opacity="${home ? 0.95 : 0.45}"`);
  });
  const riverPts: number[] = [];
  for (let x = 80; x <= 1520; x += 60) riverPts.push(x, 520 + Math.sin(x / 140) * 40 + rng.range(-8, 8));
  const river = polyline(riverPts, c.lit(200, 70, 60), c.mentions('river') ? 8 : 4);
  const echo = (x: number, y: number, size: number, strength: number) =>
    ellipse(x, y, size, size * 0.7, c.lit(125, 70, 42), 'opacity="0.75"') +
    (strength > 0.4 ? ellipse(x + size * 0.1, y, size * 0.55, size * 0.4, c.lit(55, 95, 55), 'opacity="0.85"') : '') +
    (strength > 0.7 ? ellipse(x + size * 0.15, y, size * 0.25, size * 0.18, c.lit(0, 85, 50), 'opacity="0.95"') : '');
  let echoes = '';
  let overlay = '';
  if (c.mentions('front')) {
    const pts: number[] = [];
    for (let y = 60; y <= 840; y += 60) pts.push(520 + (y - 60) * 0.35 + rng.range(-20, 20), y);
    overlay += polyline(pts, c.lit(215, 90, 55), 8);
    for (let i = 0; i + 3 < pts.length; i += 2) overlay += polygon([pts[i], pts[i + 1], pts[i] + 30, pts[i + 1] + 30, pts[i + 2], pts[i + 3]], c.lit(215, 90, 55));
    for (let i = 0; i + 1 < pts.length; i += 2) echoes += echo(pts[i] + 60, pts[i + 1], rng.range(40, 80), rng.range(0.3, 1));
  } else if (c.mentions('scattered', 'rain', 'shower')) {
    echoes = times(c.mentions('light') ? 8 : 16, () => echo(rng.range(150, 1450), rng.range(120, 760), rng.range(25, 60), c.mentions('light') ? 0.2 : rng.range(0, 0.8)));
  }
  if (c.mentions('high-pressure', 'no precipitation')) {
    const hx = rng.range(600, 1000);
    const hy = rng.range(300, 500);
    overlay += circle(hx, hy, 120, 'none', `stroke="${c.lit(215, 90, 60)}" stroke-width="8"`) + rect(hx - 40, hy - 50, 18, 100, c.lit(215, 90, 60)) + rect(hx + 22, hy - 50, 18, 100, c.lit(215, 90, 60)) + rect(hx - 22, hy - 9, 44, 18, c.lit(215, 90, 60));
    overlay += group(times(3, (i) => ellipse(hx, hy, 260 + i * 140, 180 + i * 100, 'none', `stroke="${c.lit(30, 90, 60)}" stroke-width="3" stroke-dasharray="18 14"`)), 'opacity="0.5"');
  }
  const home = at(4, 3);
  const legend = times(6, (i) => rect(1180 + i * 52, 846, 48, 18, c.lit([125, 110, 55, 40, 20, 0][i], 80, 50)));
  return rect(0, 0, W, H, sea) + counties + river + echoes + overlay + circle(home[0] + 80, home[1] + 60, 12, c.lit(0, 0, 100)) + circle(home[0] + 80, home[1] + 60, 24, 'none', `stroke="${c.lit(0, 0, 100)}" stroke-width="3"`) + rect(0, 830, W, 70, c.lit(215, 60, 14), 'opacity="0.85"') + rect(0, 826, W, 6, c.lit(c.accentHue, 80, 50)) + legend;
};

const fire: ScenePainter = (c) => {
  const { rng } = c;
  const sky = c.linear([[0, c.lit(230, 40, 8)], [0.7, c.lit(10, 50, 18)], [1, c.lit(20, 80, 30)]]);
  const smoke = times(26, (i) => circle(700 + rng.range(-140, 140) + i * 12, 420 - i * 18 + rng.range(-20, 20), 80 + i * 6, c.lit(20, 15, 10 + rng.range(0, 14)), 'opacity="0.85"'));
  const smokeLit = times(10, (i) => circle(660 + rng.range(-80, 120), 380 - i * 10, rng.range(60, 110), c.lit(22, 70, 34), 'opacity="0.35"'));
  const wall = c.lit(10, 40, 16);
  const building = rect(360, 330, 760, 400, wall) + windowGrid(c, 390, 360, 700, 320, 8, 3, 0.45);
  const burningWindows = times(10, () => rect(400 + rng.int(0, 7) * 87, 370 + rng.int(0, 2) * 107, 50, 62, c.lit(rng.range(18, 40), 100, rng.range(50, 66))));
  const flame = (x: number, y: number, s: number) =>
    path(`M${x - 60 * s},${y} Q${x - 70 * s},${y - 120 * s} ${x},${y - 220 * s} Q${x + 20 * s},${y - 120 * s} ${x + 60 * s},${y - 160 * s} Q${x + 80 * s},${y - 60 * s} ${x + 60 * s},${y} Z`, c.lit(18, 100, 52)) +
    path(`M${x - 34 * s},${y} Q${x - 40 * s},${y - 80 * s} ${x},${y - 140 * s} Q${x + 40 * s},${y - 70 * s} ${x + 34 * s},${y} Z`, c.lit(44, 100, 62));
  const flames = times(7, (i) => flame(400 + i * 110 + rng.range(-20, 20), 340, rng.range(0.6, 1.3)));
  const glow = c.radial([[0, c.lit(30, 100, 55), 0.6], [1, c.lit(20, 100, 40), 0]]);
  const truck = rect(980, 700, 520, 140, c.lit(358, 80, 36)) + rect(1360, 640, 140, 80, c.lit(358, 80, 40)) + rect(1380, 655, 100, 40, c.lit(200, 30, 30)) + circle(1060, 846, 34, '#161616') + circle(1400, 846, 34, '#161616') + line(1000, 700, 700, 420, c.lit(0, 0, 72), 16) + line(1000, 700, 700, 420, c.lit(0, 0, 40), 6, 'stroke-dasharray="4 18"');
  const spray = path('M700,420 Q620,330 600,360', 'none', `stroke="${c.lit(200, 60, 85)}" stroke-width="10" opacity="0.6"`);
  const beacons = times(4, (i) => circle(1370 + i * 36, 630, 30, c.lit(i % 2 ? 220 : 0, 100, 55), 'opacity="0.6"') + circle(1370 + i * 36, 630, 9, c.lit(i % 2 ? 220 : 0, 100, 75)));
  return rect(0, 0, W, H, sky) + smoke + smokeLit + ellipse(740, 360, 620, 320, glow) + building + burningWindows + flames + rect(0, 730, W, H - 730, c.lit(20, 20, 14)) + times(20, () => rect(rng.range(0, W), rng.range(760, H), rng.range(60, 200), 4, c.lit(28, 90, 50), 'opacity="0.25"')) + truck + spray + beacons;
};

export const weatherScenes = { storm, 'weather-map': weatherMap, fire } satisfies Partial<Record<DemoSceneKind, ScenePainter>>;
