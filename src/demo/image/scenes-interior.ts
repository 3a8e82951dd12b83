import type { DemoSceneKind } from '../demo-types.ts';
import { crowd, flag } from './props.ts';
import type { SceneContext } from './scene-context.ts';
import { H, W } from './scene-context.ts';
import type { ScenePainter } from './scene-painter.ts';
import { circle, ellipse, line, path, polygon, polyline, rect, times } from './svg-shapes.ts';
import { windowView } from './window-view.ts';

/** Interiors are lit by their own lamps, so they use `lit` colours; the scene's light shows in the windows. */

function woodFloor(c: SceneContext, top: number, hue = 30): string {
  const fill = c.linear([[0, c.lit(hue, 45, 48)], [1, c.lit(hue, 50, 34)]]);
  const planks = times(22, (i) => line(800 + (i - 11) * 30, top, 800 + (i - 11) * 150, H, c.lit(hue, 40, 30), 2, 'opacity="0.45"'));
  return rect(0, top, W, H - top, fill) + planks;
}

function ceilingLamps(c: SceneContext, y: number, count: number): string {
  const glow = c.radial([[0, c.lit(48, 100, 92), 0.9], [1, c.lit(48, 100, 80), 0]]);
  return times(count, (i) => {
    const x = ((i + 0.5) * W) / count;
    return line(x, 0, x, y - 14, c.lit(0, 0, 20), 3) + circle(x, y, 90, glow) + ellipse(x, y, 34, 12, c.lit(48, 80, 86));
  });
}

const chamber: ScenePainter = (c) => {
  const wood = c.linear([[0, c.lit(26, 45, 34)], [1, c.lit(24, 48, 22)]]);
  const seatLine = (i: number) => {
    const t = i / 8;
    return { x: 250 + t * 1100, y: 470 - Math.sin(t * Math.PI) * 70 };
  };
  const chairs = times(9, (i) => {
    const { x, y } = seatLine(i);
    return rect(x - 34, y - 110, 68, 120, c.lit(355, 40, 18), 'rx="14"');
  });
  const members = times(9, (i) => {
    const { x, y } = seatLine(i);
    if (i === 4 && c.rng.chance(0.2)) return '';
    const hue = c.rng.pick([220, 0, 210, 30, 270, 150]);
    return path(`M${x - 40},${y + 20} Q${x},${y - 60} ${x + 40},${y + 20} Z`, c.lit(hue, 30, 28)) + circle(x, y - 58, 20, c.lit(c.rng.pick([22, 28, 30]), 40, c.rng.pick([30, 45, 62, 72])));
  });
  const dais = path('M150,560 Q800,400 1450,560 L1450,700 Q800,540 150,700 Z', c.lit(28, 50, 40)) + path('M150,545 Q800,385 1450,545 L1450,565 Q800,405 150,565 Z', c.lit(30, 45, 55));
  const mics = times(9, (i) => {
    const { x, y } = seatLine(i);
    return line(x + 18, y + 54, x + 10, y + 10, c.lit(0, 0, 15), 3) + rect(x - 26, y + 52, 52, 14, c.lit(45, 30, 82));
  });
  const audience = times(4, (row) =>
    times(14, (i) => {
      const x = 40 + i * 118 + (row % 2) * 50;
      const y = 760 + row * 50;
      return rect(x, y - 20, 96, 90, c.lit(0, 0, 14 + row * 2), 'rx="10"') + (c.rng.chance(0.6) ? circle(x + 48, y - 40, 22, c.lit(c.rng.range(15, 35), 35, c.rng.range(18, 60))) : '');
    }),
  );
  return (
    rect(0, 0, W, H, wood) +
    times(16, (i) => rect(i * 100 + 10, 60, 80, 330, c.lit(26, 40, 30), 'rx="4"')) +
    circle(800, 190, 86, c.lit(45, 55, 55)) + circle(800, 190, 70, c.lit(210, 45, 32)) + circle(800, 190, 40, c.lit(45, 60, 62)) +
    ceilingLamps(c, 26, 6) +
    chairs + members + dais + mics +
    rect(1480, 160, 6, 460, c.lit(45, 60, 55)) + flag(c, 1486, 170, 100) +
    woodFloor(c, 700, 24) +
    audience
  );
};

const library: ScenePainter = (c) => {
  const view = windowView(c);
  const sunny = c.light === 'day' || c.light === 'dawn';
  const wall = c.lit(40, 35, 84);
  const arched = (x: number) =>
    path(`M${x},640 L${x},260 A110,110 0 0 1 ${x + 220},260 L${x + 220},640 Z`, view) +
    line(x + 110, 150, x + 110, 640, c.lit(30, 30, 30), 6) +
    times(4, (i) => line(x, 330 + i * 80, x + 220, 330 + i * 80, c.lit(30, 30, 30), 5)) +
    (sunny ? polygon([x, 640, x + 220, 640, x + 420, H, x + 40, H], '#fff8e0', 'opacity="0.22"') : '');
  const shelf = (x: number, w: number) => {
    let books = '';
    for (let row = 0; row < 6; row++) {
      for (let bx = x + 8; bx < x + w - 16; ) {
        const bw = c.rng.range(10, 22);
        books += rect(bx, 180 + row * 76 + c.rng.range(6, 20), bw, 54, c.lit(c.rng.pick([0, 20, 40, 120, 210, 280, 350]), c.rng.range(25, 60), c.rng.range(22, 48)));
        bx += bw + 2;
      }
    }
    return rect(x, 160, w, 480, c.lit(24, 45, 26)) + books + times(7, (i) => rect(x, 236 + i * 76 - 2, w, 8, c.lit(24, 45, 32)));
  };
  const skylight = times(14, (i) => rect(300 + i * 72, 0, 70, 70, c.lit([45, 200, 350, 120, 30][i % 5], 55, sunny ? 68 : 40)));
  const lampGlow = c.radial([[0, c.lit(50, 100, 80), 0.8], [1, c.lit(50, 100, 70), 0]]);
  const table = (y: number, w: number) =>
    rect(800 - w / 2, y, w, 26, c.lit(26, 50, 30)) + rect(800 - w / 2 + 20, y + 26, 16, 70, c.lit(26, 50, 22)) + rect(800 + w / 2 - 36, y + 26, 16, 70, c.lit(26, 50, 22)) +
    times(4, (i) => {
      const x = 800 - w / 2 + (i + 0.5) * (w / 4);
      return circle(x, y - 20, 70, lampGlow) + line(x, y, x, y - 30, c.lit(45, 60, 40), 4) + path(`M${x - 30},${y - 28} Q${x},${y - 60} ${x + 30},${y - 28} Z`, c.lit(140, 60, 30));
    });
  return (
    rect(0, 0, W, H, wall) +
    skylight +
    rect(0, 70, W, 16, c.lit(30, 30, 60)) +
    arched(340) + arched(690) + arched(1040) +
    shelf(20, 280) + shelf(1300, 280) +
    woodFloor(c, 640) +
    table(700, 900) +
    table(800, 1180)
  );
};

const classroom: ScenePainter = (c) => {
  const wall = c.lit(c.accentHue, 30, 86);
  const board = rect(300, 180, 760, 330, c.lit(35, 40, 40)) + rect(316, 196, 728, 298, c.lit(150, 30, 22));
  const chalk = times(6, (i) => {
    const y = 240 + i * 42;
    const x = 350 + c.rng.range(0, 40);
    const pts: number[] = [];
    for (let k = 0; k < c.rng.int(8, 20); k++) pts.push(x + k * 24, y + c.rng.range(-8, 8));
    return polyline(pts, '#f0f0e8', 3, 'opacity="0.6"');
  });
  const view = windowView(c);
  const windows = times(2, (i) => rect(1200, 160 + i * 260, 320, 230, view) + rect(1200, 160 + i * 260, 320, 230, 'none', `stroke="${c.lit(0, 0, 96)}" stroke-width="12"`) + line(1360, 160 + i * 260, 1360, 390 + i * 260, c.lit(0, 0, 96), 8));
  const plants = c.mentions('plant') ? times(3, (i) => rect(1220 + i * 100, 370, 40, 30, c.lit(18, 55, 45)) + circle(1240 + i * 100, 355, 26, c.lit(120, 45, 38))) : '';
  const papers = times(9, (i) => rect(110 + (i % 3) * 52, 200 + Math.floor(i / 3) * 66, 44, 56, c.lit(c.rng.range(0, 360), 70, 72)));
  const desks = times(3, (row) =>
    times(5 - (row === 0 ? 1 : 0), (i) => {
      const scale = 0.8 + row * 0.25;
      const y = 660 + row * 80;
      const x = 170 + i * (260 * scale) + (row === 0 ? 130 : 0) - row * 40;
      return rect(x, y, 150 * scale, 20 * scale, c.lit(35, 40, 68)) + rect(x + 10 * scale, y + 20 * scale, 8 * scale, 70 * scale, c.lit(0, 0, 40)) + rect(x + 130 * scale, y + 20 * scale, 8 * scale, 70 * scale, c.lit(0, 0, 40)) + rect(x + 40 * scale, y - 70 * scale, 70 * scale, 60 * scale, c.lit(c.accentHue + 180, 55, 50), 'rx="8"');
    }),
  );
  return (
    rect(0, 0, W, H, wall) +
    rect(0, 600, W, H - 600, c.lit(40, 12, 78)) +
    times(9, (i) => line(i * 200, 600, i * 240 - 160, H, c.lit(40, 10, 66), 2)) +
    rect(0, 585, W, 18, c.lit(c.accentHue, 20, 60)) +
    board + chalk + rect(300, 505, 760, 14, c.lit(35, 40, 50)) +
    rect(100, 190, 170, 220, c.lit(30, 45, 60)) + papers +
    circle(680, 110, 44, c.lit(0, 0, 98)) + circle(680, 110, 44, 'none', `stroke="${c.lit(0, 0, 20)}" stroke-width="5"`) + line(680, 110, 680, 82, '#222', 4) + line(680, 110, 700, 120, '#222', 4) +
    rect(1110, 150, 5, 300, c.lit(45, 50, 55)) + flag(c, 1115, 156, 82) +
    windows + plants + desks
  );
};

const gym: ScenePainter = (c) => {
  const banquet = c.mentions('banquet', 'tables');
  const upper = c.lit(220 + c.hueShift, 18, banquet ? 22 : 30);
  const block = c.lit(40, 10, 80);
  const banners = times(6, (i) => {
    const x = 140 + i * 240;
    const col = c.lit(i % 2 ? c.accentHue : c.accentHue + 150, 60, 42);
    return polygon([x, 60, x + 90, 60, x + 90, 190, x + 45, 220, x, 190], col) + rect(x + 20, 90, 50, 8, c.lit(0, 0, 96));
  });
  const bleachers = (x: number, dir: 1 | -1) =>
    times(7, (i) => rect(dir === 1 ? x : x - 420 + i * 30, 350 + i * 40, 420 - i * 30, 40, c.lit(30, 25, 50 - i * 2))) +
    crowd(c, dir === 1 ? x : x - 420, 330, 400, 280, banquet ? 0 : 220);
  const floor = c.linear([[0, c.lit(34, 55, 62)], [1, c.lit(30, 55, 44)]]);
  const court = ellipse(800, 720, 220, 60, 'none', `stroke="${c.lit(0, 0, 96)}" stroke-width="5"`) + line(800, 620, 800, H, c.lit(0, 0, 96), 5) + polygon([0, 640, W, 640, W, 648, 0, 648], c.lit(0, 0, 96));
  const stage = banquet || c.mentions('screen') ? rect(500, 240, 600, 300, c.lit(0, 0, c.mentions('screen') ? 92 : 14)) + rect(460, 220, 40, 360, c.lit(350, 55, 30)) + rect(1100, 220, 40, 360, c.lit(350, 55, 30)) : '';
  const tables = banquet
    ? times(10, (i) => {
        const row = Math.floor(i / 5);
        const x = 220 + (i % 5) * 290 + row * 60;
        const y = 700 + row * 120;
        return ellipse(x, y + 40, 110, 40, c.lit(0, 0, 90)) + ellipse(x, y, 110, 32, c.lit(0, 0, 98)) + times(5, (k) => circle(x - 80 + k * 40, y - 40, 16, c.lit(c.rng.range(15, 35), 35, c.rng.range(20, 65))));
      })
    : '';
  const chairs = c.mentions('chairs', 'seated')
    ? times(60, (i) => {
        const row = Math.floor(i / 12);
        const x = 270 + (i % 12) * 96 + (row % 2) * 20;
        const y = 660 + row * 50;
        const gown = c.mentions('gown');
        return rect(x - 26, y, 52, 40, c.lit(0, 0, 20), 'rx="6"') + circle(x, y - 12, 17, c.lit(c.rng.range(15, 35), 35, c.rng.range(20, 65))) + (gown || c.rng.chance(0.4) ? rect(x - 22, y - 34, 44, 8, c.lit(c.accentHue, 60, 30)) : '');
      })
    : '';
  return (
    rect(0, 0, W, 330, upper) +
    rect(0, 330, W, 310, block) +
    times(14, (i) => line(0, 350 + i * 22, W, 350 + i * 22, c.lit(40, 8, 70), 1)) +
    ceilingLamps(c, 30, 5) +
    (banquet ? '' : banners) +
    stage +
    bleachers(0, 1) +
    bleachers(W, -1) +
    rect(0, 640, W, H - 640, floor) +
    (banquet ? '' : court) +
    tables +
    chairs
  );
};

export const interiorScenes = { chamber, library, classroom, gym } satisfies Partial<Record<DemoSceneKind, ScenePainter>>;

