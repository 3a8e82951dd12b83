import type { DemoSceneKind } from '../demo-types.ts';
import { crowd, ground, hills, person, tree, treeline, windowGrid } from './props.ts';
import type { SceneContext } from './scene-context.ts';
import { H, W } from './scene-context.ts';
import type { ScenePainter } from './scene-painter.ts';
import { paintSky } from './sky.ts';
import { circle, ellipse, group, line, path, polygon, rect, times } from './svg-shapes.ts';

/** Playing surfaces under stadium lights keep their daytime colour. */
const surface = (c: SceneContext) => (c.lightsOn ? c.lit : c.col);

function lightTower(c: SceneContext, x: number, baseY: number, h: number): string {
  const on = c.lightsOn;
  const head = times(12, (i) => rect(x - 48 + (i % 4) * 24, baseY - h - 60 + Math.floor(i / 4) * 20, 20, 16, on ? c.lit(50, 100, 92) : c.col(0, 0, 70)));
  const glow = on ? circle(x, baseY - h - 30, 220, c.radial([[0, c.lit(50, 100, 90), 0.7], [1, c.lit(50, 100, 80), 0]])) : '';
  return line(x, baseY, x, baseY - h, c.col(0, 0, 45), 10) + rect(x - 56, baseY - h - 66, 112, 70, c.col(0, 0, 30)) + head + glow;
}

function bleachers(c: SceneContext, x: number, y: number, w: number, h: number): string {
  return times(6, (i) => rect(x, y + (i * h) / 6, w, h / 6 - 3, c.col(210, 8, 62 - i * 3))) + crowd(c, x + 6, y - 6, w - 12, h - 10, Math.round((w * h) / 900));
}

const ballfield: ScenePainter = (c) => {
  const s = surface(c);
  const fence = 440;
  const grass = s(105, 50, 40);
  const stripes = times(8, (i) => path(`M0,${fence + 40 + i * 60} Q800,${fence - 40 + i * 60} 1600,${fence + 40 + i * 60} L1600,${fence + 70 + i * 60} Q800,${fence - 10 + i * 60} 0,${fence + 70 + i * 60} Z`, s(105, 50, 46), 'opacity="0.5"'));
  const home = [800, 850] as const;
  const first = [1130, 680] as const;
  const second = [800, 560] as const;
  const third = [470, 680] as const;
  const dirt = s(28, 45, 52);
  const infield = path(`M${home[0]},${home[1] + 30} L${first[0] + 70},${first[1]} Q${second[0]},${second[1] - 170} ${third[0] - 70},${third[1]} Z`, dirt);
  const grassDiamond = polygon([home[0], home[1] - 40, first[0] - 50, first[1], second[0], second[1] + 40, third[0] + 50, third[1]], grass);
  const base = (x: number, y: number) => polygon([x, y - 10, x + 14, y, x, y + 10, x - 14, y], '#ffffff');
  const scoreboard = rect(200, fence - 210, 300, 150, c.col(150, 40, 18)) + times(18, (i) => circle(230 + (i % 9) * 30, fence - 170 + Math.floor(i / 9) * 60, 9, c.lit(i % 5 ? 45 : 0, 100, 60))) + rect(340, fence - 60, 20, 60, c.col(0, 0, 30));
  const fielders = times(6, (i) => {
    const spots = [[800, 690], [990, 630], [620, 640], [1180, 520], [800, 470], [420, 520]];
    return person(c, spots[i][0], spots[i][1], 50, c.accentHue);
  });
  return (
    paintSky(c, fence) +
    treeline(c, fence - 10, 115, 28) +
    lightTower(c, 120, fence, 300) + lightTower(c, 1480, fence, 300) +
    scoreboard +
    rect(0, fence, W, H - fence, grass) + stripes +
    rect(0, fence - 34, W, 36, c.col(150, 35, 22)) +
    infield + grassDiamond +
    line(home[0], home[1], -200, fence + 120, '#ffffff', 5) + line(home[0], home[1], 1800, fence + 120, '#ffffff', 5) +
    ellipse(800, 690, 60, 22, dirt) + base(first[0], first[1]) + base(second[0], second[1]) + base(third[0], third[1]) + polygon([790, 850, 810, 850, 810, 858, 800, 866, 790, 858], '#ffffff') +
    fielders + person(c, 800, 880, 70, c.accentHue + 160) +
    bleachers(c, -10, 720, 340, 190) + bleachers(c, 1270, 720, 340, 190)
  );
};

const track: ScenePainter = (c) => {
  const { rng } = c;
  const s = surface(c);
  const stands = rect(0, 260, W, 180, c.col(210, 8, 58)) + crowd(c, 10, 270, W - 20, 150, 520) + rect(0, 220, W, 40, c.col(210, 12, 40)) + times(9, (i) => rect(i * 200 + 10, 220, 8, 220, c.col(0, 0, 35)));
  const trackFill = s(8, 55, 42);
  const lanes = times(7, (i) => ellipse(800, 720, 900 + i * 60, 210 + i * 24, 'none', `stroke="#ffffff" stroke-width="3" opacity="0.85"`));
  const runners = times(4, (i) => {
    const x = 420 + i * 230 + rng.range(-30, 30);
    return group(person(c, x, 880 - i * 4, 150, c.accentHue + i * 70), `transform="rotate(8 ${x} ${880 - i * 4})"`);
  });
  return (
    paintSky(c, 440) + stands +
    rect(0, 440, W, H - 440, s(110, 45, 40)) +
    ellipse(800, 720, 1340, 440, trackFill) +
    ellipse(800, 720, 880, 200, s(110, 48, 42)) +
    lanes +
    line(1180, 540, 1230, H, '#ffffff', 10) +
    runners
  );
};

const golf: ScenePainter = (c) => {
  const { rng } = c;
  const fairway = c.col(100, 48, 44);
  const greenX = rng.range(700, 1000);
  return (
    paintSky(c, 520) +
    hills(c, 540, 40, c.col(110, 30, 38)) +
    times(10, (i) => tree(c, i * 170 + rng.range(-30, 30), 560 + rng.range(0, 20), rng.range(170, 240), 105)) +
    ground(c, 590, 100, 42, 34) +
    path('M300,900 C500,700 600,640 900,610 C1200,590 1400,620 1600,640 L1600,900 Z', fairway) +
    times(6, (i) => path(`M${420 + i * 120},900 C${560 + i * 100},720 ${700 + i * 80},650 ${900 + i * 60},620`, 'none', `stroke="${c.col(100, 48, 50)}" stroke-width="40" opacity="0.35"`)) +
    ellipse(greenX, 680, 330, 90, c.col(105, 55, 50)) +
    ellipse(greenX - 380, 720, 170, 45, c.col(42, 50, 80)) +
    ellipse(greenX + 60, 690, 12, 5, '#1a1a1a') +
    line(greenX + 60, 690, greenX + 60, 470, c.col(0, 0, 94), 6) +
    polygon([greenX + 63, 470, greenX + 150, 495, greenX + 63, 520], c.col(c.accentHue, 80, 50)) +
    circle(greenX - 60, 700, 7, '#ffffff')
  );
};

const fair: ScenePainter = (c) => {
  const { rng } = c;
  const cx = rng.range(440, 620);
  const cy = 380;
  const r = 270;
  const steel = c.col(0, 0, 85);
  const spokes = times(16, (i) => {
    const a = (i / 16) * Math.PI * 2;
    return line(cx, cy, cx + Math.cos(a) * r, cy + Math.sin(a) * r, steel, 3);
  });
  const cars = times(16, (i) => {
    const a = (i / 16) * Math.PI * 2;
    const x = cx + Math.cos(a) * r;
    const y = cy + Math.sin(a) * r;
    return line(x, y, x, y + 20, steel, 3) + rect(x - 20, y + 18, 40, 30, c.col((i * 45 + c.accentHue) % 360, 70, 50), 'rx="6"');
  });
  const bulbs = c.lightsOn ? times(48, (i) => circle(cx + Math.cos((i / 48) * Math.PI * 2) * r, cy + Math.sin((i / 48) * Math.PI * 2) * r, 5, c.lit(rng.pick([50, 0, 200, 120]), 100, 70))) : '';
  const tent = (x: number, w: number, h: number, hue: number) =>
    times(6, (i) => polygon([x + (i * w) / 6, 760 - h * 0.55, x + ((i + 1) * w) / 6, 760 - h * 0.55, x + w / 2, 760 - h], i % 2 ? c.col(hue, 70, 48) : c.col(0, 0, 94))) +
    rect(x, 760 - h * 0.55, w, h * 0.55, c.col(hue, 40, 30)) + rect(x + w * 0.2, 760 - h * 0.45, w * 0.6, h * 0.3, c.lightsOn ? c.lit(45, 90, 70) : c.col(40, 30, 70));
  const strand = path('M0,520 Q400,620 800,540 Q1200,620 1600,520', 'none', `stroke="${c.col(0, 0, 20)}" stroke-width="2"`) +
    times(40, (i) => {
      const t = i / 40;
      const x = t * W;
      const local = (t % 0.5) / 0.5;
      const y = 520 + Math.sin(local * Math.PI) * 80 + (t >= 0.5 ? 0 : 0);
      return circle(x, y + 6, 6, c.lightsOn ? c.lit(rng.pick([50, 0, 200, 120]), 100, 70) : c.col(0, 0, 90));
    });
  return (
    paintSky(c, 700) +
    line(cx - 160, 760, cx, cy, steel, 12) + line(cx + 160, 760, cx, cy, steel, 12) +
    circle(cx, cy, r, 'none', `stroke="${steel}" stroke-width="8"`) + circle(cx, cy, r * 0.4, 'none', `stroke="${steel}" stroke-width="4"`) +
    spokes + cars + bulbs + circle(cx, cy, 16, steel) +
    tent(880, 260, 300, c.accentHue) + tent(1180, 300, 340, c.accentHue + 120) + tent(40, 200, 220, c.accentHue + 220) +
    strand +
    ground(c, 760, 30, 25, 36) +
    times(22, (i) => person(c, i * 75 + rng.range(-20, 20), 880 + rng.range(-20, 20), rng.range(90, 120), rng.range(0, 360)))
  );
};

const foodDrive: ScenePainter = (c) => {
  const { rng } = c;
  const brick = c.col(8, 45, 38);
  const station = rect(900, 220, 700, 560, brick) + windowGrid(c, 930, 250, 640, 110, 6, 1, 0.3) + rect(940, 420, 280, 360, c.col(0, 0, 20)) + rect(1260, 420, 280, 360, c.col(0, 70, 40)) +
    times(8, (i) => rect(1260, 430 + i * 44, 280, 4, c.col(0, 60, 30))) + rect(960, 520, 240, 200, c.col(358, 80, 42)) + rect(990, 540, 180, 70, c.col(200, 30, 40)) + circle(1010, 760, 26, '#1a1a1a') + circle(1150, 760, 26, '#1a1a1a');
  const canopyTop = polygon([120, 380, 780, 380, 840, 450, 60, 450], c.col(0, 0, 96)) + times(13, (i) => ellipse(90 + i * 60, 452, 30, 14, c.col(c.accentHue, 60, 45)));
  const legs = rect(80, 450, 10, 330, c.col(0, 0, 60)) + rect(810, 450, 10, 330, c.col(0, 0, 60));
  const box = (x: number, y: number, w: number, h: number) => rect(x, y, w, h, c.col(32, 45, 56)) + rect(x, y + h * 0.2, w, 4, c.col(32, 40, 42)) + rect(x + w / 2 - 8, y, 16, h * 0.2, c.col(45, 20, 80));
  const stacks = times(3, (t) => {
    const x = 140 + t * 230;
    return rect(x, 650, 200, 16, c.col(30, 30, 40)) + rect(x + 10, 666, 8, 110, '#555') + rect(x + 182, 666, 8, 110, '#555') +
      times(6, (k) => box(x + (k % 3) * 64 + 4, 590 - Math.floor(k / 3) * 56, 60, 54)) +
      times(8, (k) => rect(x + 10 + k * 22, 626, 16, 24, c.col(rng.pick([0, 45, 120, 210, 30]), 65, 48), 'rx="3"'));
  });
  const pallet = (x: number) => rect(x, 820, 220, 18, c.col(34, 40, 45)) + times(8, (k) => box(x + (k % 3) * 72, 760 - Math.floor(k / 3) * 62, 70, 60));
  return (
    paintSky(c, 300) +
    rect(0, 780, W, H - 780, c.col(30, 5, 58)) +
    station + canopyTop + legs + stacks +
    pallet(60) + pallet(600) +
    person(c, 420, 860, 150, 0) + person(c, 520, 870, 160, c.accentHue) + person(c, 880, 860, 150, 45)
  );
};

export const sportScenes = { ballfield, track, golf, fair, 'food-drive': foodDrive } satisfies Partial<Record<DemoSceneKind, ScenePainter>>;
