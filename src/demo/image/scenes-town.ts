import type { DemoSceneKind } from '../demo-types.ts';
import { crowd, flagpole, ground, hills, person, tree, treeline, windowGrid } from './props.ts';
import type { SceneContext } from './scene-context.ts';
import { H, W } from './scene-context.ts';
import type { ScenePainter } from './scene-painter.ts';
import { paintSky } from './sky.ts';
import { circle, ellipse, group, line, polygon, rect, times } from './svg-shapes.ts';

function grainElevator(c: SceneContext, x: number, baseY: number, scale: number): string {
  const concrete = c.col(40, 10, 74);
  const shade = c.col(40, 8, 60);
  const silos = times(4, (i) => rect(x + i * 34 * scale, baseY - 230 * scale, 32 * scale, 230 * scale, i % 2 ? shade : concrete, `rx="${16 * scale}"`));
  const head = rect(x + 40 * scale, baseY - 300 * scale, 60 * scale, 80 * scale, concrete) + polygon([x + 36 * scale, baseY - 300 * scale, x + 70 * scale, baseY - 326 * scale, x + 104 * scale, baseY - 300 * scale], shade);
  return silos + head;
}

function waterTower(c: SceneContext, x: number, baseY: number, scale: number): string {
  const steel = c.col(200 + c.hueShift, 12, 70);
  const legs = times(4, (i) => line(x - 40 * scale + i * 27 * scale, baseY, x - 18 * scale + i * 12 * scale, baseY - 150 * scale, c.col(210, 8, 45), 4 * scale));
  return legs + ellipse(x, baseY - 175 * scale, 58 * scale, 38 * scale, steel) + polygon([x - 58 * scale, baseY - 180 * scale, x, baseY - 225 * scale, x + 58 * scale, baseY - 180 * scale], c.col(200, 10, 60));
}

const skyline: ScenePainter = (c) => {
  const { rng } = c;
  const base = 760;
  let far = '';
  for (let x = -20; x < W; ) {
    const w = rng.range(60, 150);
    far += rect(x, base - rng.range(120, 300), w, 400, c.col(215 + c.hueShift, 14, 58));
    x += w + rng.range(0, 10);
  }
  let near = '';
  const tower = rng.range(500, 1100);
  for (let x = -30; x < W; ) {
    const w = rng.range(90, 190);
    const tall = Math.abs(x - tower) < 120;
    const h = tall ? rng.range(400, 470) : rng.range(140, 300);
    const hue = rng.pick([14, 22, 30, 38, 210]);
    const wall = c.col(hue, hue === 210 ? 10 : 34, rng.range(34, 52));
    near += rect(x, base - h, w, h + 10, wall);
    if (tall) near += rect(x + w * 0.2, base - h - 50, w * 0.6, 52, wall) + rect(x + w * 0.45, base - h - 110, w * 0.1, 62, c.col(0, 0, 60));
    near += windowGrid(c, x + 12, base - h + 18, w - 24, h - 40, Math.max(2, Math.round(w / 34)), Math.max(2, Math.round(h / 42)));
    x += w + rng.range(4, 20);
  }
  const left = rng.chance(0.5);
  const street = rect(0, base, W, H - base, c.col(220, 6, 30)) + times(12, (i) => rect(i * 140 + 30, 835, 70, 8, c.col(50, 80, 70)));
  const trees = times(9, (i) => tree(c, 90 + i * 180 + rng.range(-30, 30), base + 14, rng.range(90, 120)));
  const haze = c.mentions('haze', 'hazy') ? rect(0, 0, W, H, c.linear([[0, '#fff7e0', 0.05], [0.7, '#fff2d0', 0.35], [1, '#fff2d0', 0.1]])) : '';
  return (
    paintSky(c, 620) +
    group(hills(c, 640, 40, c.col(220, 12, 66)), 'opacity="0.6"') +
    group(far, 'opacity="0.75"') +
    grainElevator(c, left ? 1300 : 60, base - 40, 1.05) +
    waterTower(c, left ? 160 : 1420, base - 60, 1) +
    near +
    haze +
    street +
    trees
  );
};

const civic: ScenePainter = (c) => {
  const { rng } = c;
  const stone = c.col(40 + c.hueShift * 0.3, 18, 78);
  const shade = c.col(40, 14, 62);
  const cx = 800 + rng.range(-60, 60);
  const top = 430;
  const columns = times(8, (i) => rect(cx - 300 + i * 82, top + 40, 26, 210, stone) + rect(cx - 304 + i * 82, top + 36, 34, 10, shade));
  const dome = c.mentions('dome') ? ellipse(cx, top - 90, 130, 120, c.col(165, 30, 45)) + rect(cx - 150, top - 95, 300, 90, stone) + rect(cx - 12, top - 250, 24, 50, shade) + circle(cx, top - 250, 16, c.col(165, 30, 45)) : '';
  return (
    paintSky(c, 650) +
    treeline(c, 650, 118, 28) +
    ground(c, 640, 100, 35, 42) +
    dome +
    polygon([cx - 360, top + 40, cx, top - 20, cx + 360, top + 40], stone) +
    rect(cx - 360, top + 36, 720, 12, shade) +
    rect(cx - 340, top + 40, 680, 220, shade) +
    windowGrid(c, cx - 320, top + 70, 640, 160, 8, 2, 0.55) +
    columns +
    times(4, (i) => rect(cx - 380 - i * 20, top + 250 + i * 16, 760 + i * 40, 16, i % 2 ? stone : shade)) +
    flagpole(c, cx + 520, 690, 300) +
    tree(c, cx - 560, 720, 220) +
    tree(c, cx + 640, 740, 240) +
    polygon([cx - 60, H, cx - 20, 700, cx + 20, 700, cx + 60, H], c.col(35, 15, 70))
  );
};

const school: ScenePainter = (c) => {
  const { rng } = c;
  const brick = c.col(12 + c.hueShift * 0.3, 48, 40);
  const trim = c.col(35, 20, 82);
  const x0 = 260;
  const w = 1080;
  const buses = c.mentions('bus')
    ? times(4, (i) => {
        const x = 120 + i * 360 + rng.range(-10, 10);
        return rect(x, 690, 320, 120, c.col(44, 92, 52), 'rx="14"') + windowGrid(c, x + 20, 705, 280, 44, 6, 1, 0.25) + rect(x, 760, 320, 8, c.col(0, 0, 15)) + circle(x + 60, 812, 22, '#222') + circle(x + 260, 812, 22, '#222');
      })
    : '';
  return (
    paintSky(c, 600) +
    hills(c, 600, 20, c.col(110, 30, 40)) +
    ground(c, 640, 95, 36, 44) +
    rect(x0, 380, w, 290, brick) +
    rect(x0, 372, w, 14, trim) +
    windowGrid(c, x0 + 30, 410, 420, 230, 7, 2, 0.3) +
    windowGrid(c, x0 + w - 450, 410, 420, 230, 7, 2, 0.3) +
    rect(x0 + w / 2 - 90, 320, 180, 350, c.col(12, 40, 46)) +
    rect(x0 + w / 2 - 120, 520, 240, 18, trim) +
    rect(x0 + w / 2 - 50, 560, 100, 110, c.col(200, 20, 30)) +
    windowGrid(c, x0 + w / 2 - 70, 340, 140, 150, 2, 2, 0.3) +
    flagpole(c, x0 - 100, 700, 320) +
    rect(0, 670, W, 30, c.col(0, 0, 62)) +
    tree(c, 120, 700, 200) +
    tree(c, 1500, 700, 220) +
    (c.mentions('playground') ? rect(1420, 600, 8, 80, c.col(0, 70, 45)) + rect(1360, 600, 140, 10, c.col(0, 70, 45)) + line(1380, 610, 1380, 660, '#555', 3) + rect(1370, 660, 24, 6, c.col(210, 70, 45)) : '') +
    buses
  );
};

const clinic: ScenePainter = (c) => {
  const glass = c.linear([[0, c.col(200 + c.hueShift, 45, 70)], [1, c.col(210, 40, 38)]]);
  const wall = c.col(30, 10, 88);
  const lobby = c.lightsOn ? c.lit(45, 70, 78) : glass;
  return (
    paintSky(c, 620) +
    hills(c, 620, 30, c.col(110, 25, 45)) +
    ground(c, 650, 0, 0, 46) +
    rect(140, 400, 1320, 270, wall) +
    rect(140, 392, 1320, 16, c.col(200, 10, 60)) +
    rect(200, 440, 460, 180, glass) +
    times(6, (i) => rect(200 + i * 77, 440, 4, 180, c.col(0, 0, 90))) +
    rect(760, 430, 260, 240, lobby) +
    rect(720, 420, 340, 22, c.col(200, 12, 52)) +
    rect(1100, 440, 300, 180, glass) +
    rect(1220, 330, 40, 120, c.col(170, 60, 38)) + rect(1180, 370, 120, 40, c.col(170, 60, 38)) +
    rect(140, 320, 220, 80, wall) +
    times(6, (i) => rect(120 + i * 250, 780, 160, 6, c.col(0, 0, 90))) +
    times(5, (i) => tree(c, 180 + i * 300, 720, 110, 95))
  );
};

const storefront: ScenePainter = (c) => {
  const { rng } = c;
  const brick = c.col(10 + rng.range(0, 20), 42, 38);
  const stripeA = c.col(c.accentHue, 60, 45);
  const stripeB = c.col(0, 0, 94);
  const windowFill = c.light === 'day' ? c.linear([[0, c.col(205, 30, 62)], [1, c.col(205, 30, 34)]]) : c.lit(40, 85, 70);
  const awning = times(12, (i) => polygon([200 + i * 100, 330, 300 + i * 100, 330, 300 + i * 100, 420, 200 + i * 100, 420], i % 2 ? stripeA : stripeB)) + times(24, (i) => ellipse(225 + i * 50, 420, 25, 16, i % 4 < 2 ? stripeB : stripeA));
  const goods = c.light === 'day' ? '' : times(14, (i) => ellipse(330 + (i % 7) * 70, 640 + Math.floor(i / 7) * 50, 26, 14, c.lit(32, 60, 52)));
  return (
    paintSky(c, 180) +
    rect(0, 120, W, 640, brick) +
    times(26, (i) => rect(0, 140 + i * 24, W, 2, c.col(10, 30, 30))) +
    windowGrid(c, 220, 160, 1160, 140, 6, 1, 0.4) +
    awning +
    rect(260, 450, 720, 280, windowFill) +
    goods +
    rect(1060, 450, 200, 300, c.col(200, 30, 22)) + rect(1080, 470, 160, 150, windowFill) +
    rect(240, 730, 760, 20, c.col(0, 0, 70)) +
    rect(0, 760, W, H - 760, c.col(30, 6, 60)) +
    times(10, (i) => rect(i * 170, 760, 4, H - 760, c.col(30, 6, 50))) +
    rect(1320, 700, 180, 14, c.col(28, 40, 32)) + rect(1330, 714, 10, 46, '#333') + rect(1480, 714, 10, 46, '#333') +
    rect(100, 680, 90, 80, c.col(20, 40, 35)) + circle(145, 660, 60, c.col(110, 40, 34))
  );
};

const memorial: ScenePainter = (c) => {
  const granite = c.linear([[0, c.col(210, 6, 70)], [1, c.col(210, 6, 46)]], 0, 0, 1, 0);
  const cx = 800;
  return (
    paintSky(c, 640) +
    treeline(c, 640, 120, 30) +
    ground(c, 640, 105, 40, 44) +
    polygon([cx - 70, 640, cx - 48, 170, cx, 110, cx + 48, 170, cx + 70, 640], granite) +
    times(3, (i) => rect(cx - 140 - i * 40, 640 + i * 24, 280 + i * 80, 26, c.col(210, 6, 60 - i * 6))) +
    rect(cx - 52, 470, 104, 110, c.col(35, 60, 38)) +
    flagpole(c, cx - 330, 690, 360) +
    flagpole(c, cx + 300, 690, 360) +
    times(6, (i) => ellipse(cx - 100 + i * 40, 728, 18, 10, c.col(i % 2 ? 0 : 45, 70, 50))) +
    polygon([cx - 80, H, cx - 40, 720, cx + 40, 720, cx + 80, H], c.col(35, 12, 72)) +
    tree(c, 140, 740, 260) +
    tree(c, 1460, 760, 280) +
    crowd(c, 300, 800, 1000, 80, c.light === 'day' ? 90 : 0) +
    person(c, 560, 860, 120, c.accentHue)
  );
};

export const townScenes = { skyline, civic, school, clinic, storefront, memorial } satisfies Partial<Record<DemoSceneKind, ScenePainter>>;
