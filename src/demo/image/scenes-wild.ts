import type { DemoSceneKind } from '../demo-types.ts';
import { pine } from './props.ts';
import type { SceneContext } from './scene-context.ts';
import { H, W } from './scene-context.ts';
import type { ScenePainter } from './scene-painter.ts';
import { paintSky } from './sky.ts';
import { ellipse, group, line, path, polygon, rect, times } from './svg-shapes.ts';

/** A jagged range: peaks from left to right, with snow above `snowLine` when asked. */
function range(c: SceneContext, baseY: number, minH: number, maxH: number, fill: string, snow: string | null): string {
  const { rng } = c;
  const n = rng.int(5, 8);
  const peaks = Array.from({ length: n + 1 }, (_, i) => [(W * i) / n + rng.range(-60, 60), baseY - rng.range(minH, maxH)] as const);
  const pts: number[] = [0, H, -40, baseY];
  let caps = '';
  for (let i = 0; i < peaks.length; i++) {
    const [x, y] = peaks[i];
    const valley = baseY - rng.range(0, minH * 0.6);
    pts.push(x - 100, valley, x, y);
    if (snow) {
      const d = (baseY - y) * 0.28;
      caps += polygon([x, y, x + d * 0.9, y + d, x + d * 0.35, y + d * 0.8, x, y + d * 1.15, x - d * 0.4, y + d * 0.75, x - d * 0.8, y + d], snow);
    }
  }
  pts.push(W + 40, baseY, W, H);
  return polygon(pts, fill) + caps;
}

const mountains: ScenePainter = (c) => {
  const { rng } = c;
  const snow = c.col(210, 30, 96);
  const shore = c.col(34, 30, 62);
  const lake = c.linear([[0, c.col(205 + c.hueShift, 50, 48)], [1, c.col(210, 50, 32)]]);
  return (
    paintSky(c, 560) +
    group(range(c, 560, 160, 330, c.col(220, 20, 58), snow), 'opacity="0.85"') +
    range(c, 620, 90, 220, c.col(215, 18, 40), snow) +
    rect(0, 640, W, H - 640, c.col(90, 20, 36)) +
    ellipse(800, 760, 760, 120, shore) +
    ellipse(800, 770, 640, 86, lake) +
    times(30, () => rect(rng.range(240, 1300), rng.range(730, 830), rng.range(30, 90), 2, '#ffffff', 'opacity="0.3"')) +
    times(18, (i) => pine(c, i < 9 ? 20 + i * 24 : 1380 + (i - 9) * 26, 700 + rng.range(0, 200), rng.range(110, 200)))
  );
};

const harbor: ScenePainter = (c) => {
  const { rng } = c;
  const horizon = 560;
  const sea = c.linear([[0, c.col(208 + c.hueShift, 40, 46)], [1, c.col(215, 45, 24)]]);
  const crane = (x: number, s: number) => {
    const col = c.col(rng.pick([10, 200, 45]), 60, 46);
    return line(x, horizon + 40, x + 20 * s, horizon - 240 * s, col, 10 * s) + line(x + 120 * s, horizon + 40, x + 100 * s, horizon - 240 * s, col, 10 * s) + line(x - 160 * s, horizon - 250 * s, x + 260 * s, horizon - 250 * s, col, 14 * s) + line(x + 10 * s, horizon - 120 * s, x + 110 * s, horizon - 120 * s, col, 8 * s);
  };
  const hullTop = 640;
  const containers = times(7, (row) =>
    times(18, (i) => {
      if (row > 4 && rng.chance(0.4)) return '';
      return rect(300 + i * 52, hullTop - (row + 1) * 30, 50, 28, c.col(rng.pick([4, 22, 44, 200, 150, 210, 0]), rng.range(40, 70), rng.range(30, 52)));
    }),
  );
  const hull = polygon([240, hullTop, 1380, hullTop, 1320, 740, 320, 740], c.col(0, 0, 12)) + polygon([240, hullTop, 1380, hullTop, 1372, 660, 248, 660], c.col(2, 60, 34));
  const bridge = rect(1270, hullTop - 220, 90, 220, c.col(0, 0, 92)) + rect(1270, hullTop - 200, 90, 14, c.col(210, 30, 34)) + rect(1300, hullTop - 270, 26, 50, c.col(0, 0, 30));
  return (
    paintSky(c, horizon) +
    rect(0, horizon, W, H - horizon, sea) +
    group(crane(80, 1) + crane(380, 0.8) + rect(0, horizon + 20, 620, 40, c.col(0, 0, 40)), 'opacity="0.9"') +
    containers + hull + bridge +
    group(polygon([320, 740, 1320, 740, 1280, 860, 360, 860], c.col(0, 0, 10)), 'opacity="0.3"') +
    times(40, () => rect(rng.range(0, W), rng.range(760, H), rng.range(40, 160), 3, '#ffffff', `opacity="${rng.range(0.1, 0.35).toFixed(2)}"`))
  );
};

const forest: ScenePainter = (c) => {
  const { rng } = c;
  const butterflies = c.mentions('butterfl');
  const ferns = c.mentions('fern');
  const layers = times(4, (layer) => {
    const base = 560 + layer * 110;
    const size = 180 + layer * 110;
    const l = 40 - layer * 7;
    return group(times(14 - layer * 2, (i) => pine(c, i * (W / (13 - layer * 2)) + rng.range(-40, 40), base + rng.range(0, 60), size * rng.range(0.8, 1.2), 150 + layer * 4)), `opacity="${(0.55 + layer * 0.15).toFixed(2)}"`) + (layer === 0 ? rect(0, base + 30, W, 40, c.col(140, 25, l)) : '');
  });
  const wings = (x: number, y: number, s: number) => {
    const orange = c.lit(28, 95, c.light === 'night' ? 30 : 55);
    return ellipse(x - 6 * s, y, 7 * s, 5 * s, orange, `transform="rotate(-30 ${x} ${y})"`) + ellipse(x + 6 * s, y, 7 * s, 5 * s, orange, `transform="rotate(30 ${x} ${y})"`);
  };
  const swarm = butterflies
    ? times(6, () => {
        const cx = rng.range(100, 1500);
        const cy = rng.range(240, 700);
        return times(34, () => wings(cx + rng.range(-110, 110), cy + rng.range(-70, 70), rng.range(0.8, 1.9)));
      })
    : '';
  const frond = (x: number, y: number, len: number) =>
    times(9, (i) => {
      const a = Math.PI * (1.1 + (i / 8) * 0.8);
      return path(`M${x},${y} Q${x + Math.cos(a) * len * 0.5},${y + Math.sin(a) * len * 0.9} ${x + Math.cos(a) * len},${y + Math.sin(a) * len * 0.4}`, 'none', `stroke="${c.col(118, 50, c.light === 'night' ? 62 : 34)}" stroke-width="7"`);
    });
  return (
    paintSky(c, 520) +
    polygon([0, 520, 500, 300, 1100, 420, 1600, 340, 1600, 900, 0, 900], c.col(150, 20, 34)) +
    layers +
    swarm +
    (ferns ? times(7, (i) => frond(80 + i * 240 + rng.range(-40, 40), H + 20, rng.range(220, 320))) : '')
  );
};

export const wildScenes = { mountains, harbor, forest } satisfies Partial<Record<DemoSceneKind, ScenePainter>>;
