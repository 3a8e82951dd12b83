import type { DemoSceneKind } from '../demo-types.ts';
import { ground, hills, person, tree, treeline, windowGrid } from './props.ts';
import type { SceneContext } from './scene-context.ts';
import { H, W } from './scene-context.ts';
import type { ScenePainter } from './scene-painter.ts';
import { paintSky } from './sky.ts';
import { circle, ellipse, group, line, path, polygon, rect, times } from './svg-shapes.ts';

/** Crop rows running to a vanishing point on the horizon. */
function cropRows(c: SceneContext, horizon: number, hue: number): string {
  const vx = c.rng.range(500, 1100);
  const field = rect(0, horizon, W, H - horizon, c.linear([[0, c.col(hue, 45, 42)], [1, c.col(hue, 50, 30)]]));
  const rows = times(40, (i) => line(vx, horizon, -1600 + i * 120, H, c.col(hue, 45, 24), 5, 'opacity="0.55"'));
  return field + rows;
}

function barn(c: SceneContext, x: number, baseY: number, s: number): string {
  const red = c.col(4, 62, 38);
  return (
    rect(x, baseY - 120 * s, 180 * s, 120 * s, red) +
    polygon([x - 10 * s, baseY - 120 * s, x + 90 * s, baseY - 190 * s, x + 190 * s, baseY - 120 * s], c.col(4, 40, 26)) +
    rect(x + 60 * s, baseY - 80 * s, 60 * s, 80 * s, c.col(0, 0, 90)) +
    line(x + 60 * s, baseY - 80 * s, x + 120 * s, baseY, red, 5 * s) + line(x + 120 * s, baseY - 80 * s, x + 60 * s, baseY, red, 5 * s) +
    rect(x + 200 * s, baseY - 230 * s, 60 * s, 230 * s, c.col(200, 8, 70)) + ellipse(x + 230 * s, baseY - 230 * s, 30 * s, 24 * s, c.col(200, 10, 58))
  );
}

function track(c: SceneContext, y: number): string {
  return rect(0, y, W, 14, c.col(30, 15, 32)) + times(64, (i) => rect(i * 26, y - 4, 10, 22, c.col(28, 30, 24))) + rect(0, y, W, 4, c.col(0, 0, 60)) + rect(0, y + 10, W, 4, c.col(0, 0, 60));
}

function railCar(c: SceneContext, x: number, y: number, kind: 'hopper' | 'tank' | 'box', hue: number): string {
  const body = c.col(hue, kind === 'tank' ? 6 : 40, kind === 'tank' ? 14 : 38);
  const wheels = circle(x + 40, y + 6, 14, '#1c1c1c') + circle(x + 75, y + 6, 14, '#1c1c1c') + circle(x + 185, y + 6, 14, '#1c1c1c') + circle(x + 220, y + 6, 14, '#1c1c1c');
  const shape =
    kind === 'tank'
      ? rect(x + 8, y - 80, 244, 72, body, 'rx="36"') + rect(x + 120, y - 96, 20, 18, body)
      : kind === 'hopper'
        ? polygon([x, y - 110, x + 260, y - 110, x + 240, y - 20, x + 20, y - 20], body) + times(6, (i) => line(x + 30 + i * 40, y - 110, x + 30 + i * 40, y - 22, c.col(hue, 30, 30), 3))
        : rect(x, y - 120, 260, 104, body) + rect(x + 100, y - 110, 60, 90, c.col(hue, 30, 30));
  return shape + rect(x, y - 20, 260, 12, '#2a2a2a') + wheels;
}

const farm: ScenePainter = (c) =>
  paintSky(c, 560) +
  hills(c, 560, 30, c.col(100, 25, 48)) +
  treeline(c, 566, 110, 28) +
  barn(c, c.rng.range(980, 1240), 570, 0.9) +
  cropRows(c, 570, c.mentions('gold', 'wheat stubble') ? 44 : 92);

const wind: ScenePainter = (c) => {
  const { rng } = c;
  const turbine = (x: number, baseY: number, h: number) => {
    const hubY = baseY - h;
    const a0 = rng.range(0, 120);
    const blades = times(3, (i) => {
      const a = ((a0 + i * 120) * Math.PI) / 180;
      const len = h * 0.48;
      const tx = x + Math.cos(a) * len;
      const ty = hubY + Math.sin(a) * len;
      const nx = -Math.sin(a) * h * 0.025;
      const ny = Math.cos(a) * h * 0.025;
      return polygon([x + nx, hubY + ny, tx, ty, x - nx, hubY - ny], c.col(0, 0, 96));
    });
    return polygon([x - h * 0.022, baseY, x - h * 0.01, hubY, x + h * 0.01, hubY, x + h * 0.022, baseY], c.col(0, 0, 92)) + rect(x - h * 0.05, hubY - h * 0.025, h * 0.1, h * 0.05, c.col(0, 0, 88), 'rx="6"') + blades + circle(x, hubY, h * 0.02, c.col(0, 0, 80));
  };
  const far = times(6, (i) => turbine(120 + i * 280 + rng.range(-40, 40), 600, rng.range(150, 200)));
  return paintSky(c, 600) + group(far, 'opacity="0.8"') + hills(c, 620, 50, c.col(85, 40, 46)) + turbine(rng.range(300, 500), 720, 560) + turbine(rng.range(1000, 1300), 700, 460) + hills(c, 760, 40, c.col(80, 42, 36));
};

const grain: ScenePainter = (c) => {
  const { rng } = c;
  const concrete = c.col(40, 10, 76);
  const shade = c.col(40, 8, 58);
  const x = rng.range(240, 700);
  const elevator = times(5, (i) => rect(x + i * 62, 290, 60, 340, i % 2 ? shade : concrete, 'rx="30"')) + rect(x + 110, 200, 110, 110, concrete) + polygon([x + 100, 200, x + 165, 160, x + 230, 200], shade);
  const bins = times(3, (i) => {
    const bx = x + 380 + i * 150;
    return rect(bx, 440, 130, 190, c.col(210, 6, 74)) + times(10, (k) => rect(bx, 450 + k * 18, 130, 2, c.col(210, 6, 60))) + polygon([bx - 6, 440, bx + 65, 390, bx + 136, 440], c.col(210, 6, 66));
  });
  const cars = times(7, (i) => railCar(c, -120 + i * 270 + rng.range(-6, 6), 760, 'hopper', rng.pick([20, 200, 10, 210])));
  return paintSky(c, 630) + ground(c, 630, 45, 40, 52) + elevator + bins + track(c, 770) + cars;
};

const rail: ScenePainter = (c) => {
  const { rng } = c;
  const tank = c.mentions('tank');
  const horizon = 600;
  const far = c.mentions('downtown') ? times(14, (i) => rect(300 + i * 70, horizon - rng.range(40, 140), 64, 200, c.col(215, 12, 50))) : '';
  const spur = 722;
  const rails = polygon([700, spur, 740, spur, 1120, H, 980, H], c.col(30, 15, 34)) + line(708, spur, 1000, H, c.col(0, 0, 64), 6) + line(732, spur, 1090, H, c.col(0, 0, 64), 6);
  const ties = times(12, (i) => {
    const t = (i + 1) / 12;
    const y = spur + t * t * (H - spur);
    return line(700 + t * 270, y, 740 + t * 380, y, c.col(28, 30, 24), 3 + t * 10);
  });
  const cars = times(6, (i) => railCar(c, -200 + i * 275, 700, tank ? 'tank' : rng.chance(0.5) ? 'box' : 'hopper', rng.pick([10, 25, 200, 30])));
  return paintSky(c, horizon) + group(far, 'opacity="0.8"') + ground(c, horizon, 50, 30, 48) + track(c, 712) + cars + rails + ties + times(40, () => line(rng.range(0, W), rng.range(760, H), rng.range(0, W), rng.range(760, H), c.col(70, 30, 40), 2));
};

const roadWork: ScenePainter = (c) => {
  const { rng } = c;
  const horizon = 520;
  const facade = (x: number, w: number, h: number) => rect(x, horizon - h, w, h + 80, c.col(rng.pick([12, 24, 34]), 35, rng.range(34, 48))) + windowGrid(c, x + 14, horizon - h + 20, w - 28, h - 40, Math.round(w / 50), Math.round(h / 60));
  let left = '';
  for (let x = 0; x < 560; x += 140) left += facade(x, 136, rng.range(160, 300));
  let right = '';
  for (let x = 1040; x < W; x += 140) right += facade(x, 136, rng.range(160, 300));
  const road = polygon([600, horizon + 80, 1000, horizon + 80, 1500, H, 100, H], c.col(30, 8, 32)) + polygon([640, horizon + 80, 960, horizon + 80, 1300, H, 300, H], c.col(28, 30, 40));
  const barrel = (x: number, y: number, s: number) => rect(x - 20 * s, y - 60 * s, 40 * s, 60 * s, c.col(22, 95, 52), `rx="${6 * s}"`) + rect(x - 20 * s, y - 46 * s, 40 * s, 8 * s, '#ffffff') + rect(x - 20 * s, y - 26 * s, 40 * s, 8 * s, '#ffffff');
  const barrels = times(7, (i) => {
    const t = (i + 1) / 7;
    const y = horizon + 90 + t * t * 300;
    return barrel(640 - t * 320, y, 0.6 + t * 1.4) + barrel(960 + t * 320, y, 0.6 + t * 1.4);
  });
  const ex = rng.range(700, 860);
  const excavator =
    rect(ex, 640, 200, 40, '#2a2a2a', 'rx="18"') + rect(ex + 20, 560, 150, 80, c.col(45, 90, 50)) + rect(ex + 110, 520, 70, 60, c.col(45, 90, 46)) + rect(ex + 120, 530, 50, 36, c.col(200, 30, 60)) +
    path(`M${ex + 40},${580} L${ex - 80},${470} L${ex - 160},${590}`, 'none', `stroke="${c.col(45, 90, 44)}" stroke-width="22" stroke-linejoin="round"`) +
    polygon([ex - 190, 590, ex - 130, 590, ex - 150, 630], '#333');
  const dirt = ellipse(ex - 140, 660, 140, 40, c.col(30, 40, 34));
  const barricade = rect(560, 740, 480, 26, c.col(22, 95, 52)) + times(6, (i) => polygon([580 + i * 80, 740, 620 + i * 80, 740, 600 + i * 80, 766, 560 + i * 80, 766], '#ffffff')) + rect(580, 766, 12, 70, '#555') + rect(1010, 766, 12, 70, '#555');
  return paintSky(c, horizon) + left + right + rect(0, horizon + 80, W, H, c.col(0, 0, 62)) + road + dirt + excavator + barrels + barricade;
};

function water(c: SceneContext, top: number, bottom: number, muddy: boolean): string {
  const { rng } = c;
  const base = muddy ? c.col(34, 35, 40) : c.col(205 + c.hueShift, 45, 42);
  const near = muddy ? c.col(30, 35, 30) : c.col(210, 45, 30);
  const glints = times(50, () => rect(rng.range(0, W), rng.range(top + 10, bottom), rng.range(30, 120), 3, c.col(0, 0, 100), `opacity="${rng.range(0.15, 0.45).toFixed(2)}"`));
  return rect(0, top, W, bottom - top, c.linear([[0, base], [1, near]])) + glints;
}

const bridge: ScenePainter = (c) => {
  const deck = 520;
  const steel = c.col(205 + c.hueShift, 25, 44);
  const truss = times(12, (i) => {
    const x = 160 + i * 110;
    return line(x, deck, x + 55, deck - 120, steel, 8) + line(x + 55, deck - 120, x + 110, deck, steel, 8);
  });
  return (
    paintSky(c, 560) +
    treeline(c, 570, 105, 30) +
    water(c, 570, H, c.mentions('muddy')) +
    group(polygon([160, deck + 300, 1480, deck + 300, 1480, deck + 360, 160, deck + 360], steel), 'opacity="0.25"') +
    rect(100, deck, 1400, 26, c.col(0, 0, 60)) +
    line(160, deck - 120, 1480, deck - 120, steel, 10) +
    truss +
    times(4, (i) => rect(260 + i * 360, deck + 26, 50, 300, c.col(35, 8, 58))) +
    times(6, (i) => rect(1150 + i * 40, deck - 24, 16, 24, c.col(22, 95, 52))) +
    tree(c, 60, 760, 300) +
    tree(c, 1540, 780, 260)
  );
};

const river: ScenePainter = (c) => {
  const { rng } = c;
  const muddy = c.mentions('muddy', 'brown');
  const bank = path('M0,620 C400,600 600,700 900,690 C1200,680 1400,610 1600,620 L1600,900 L0,900 Z', c.col(95, 30, 40));
  const flow = path('M0,640 C420,630 600,720 900,712 C1180,705 1380,640 1600,650 L1600,900 C1200,820 500,880 0,900 Z', muddy ? c.linear([[0, c.col(34, 50, 50)], [1, c.col(30, 45, 34)]]) : c.col(205 + c.hueShift, 45, 42));
  const ripples = times(40, () => {
    const y = rng.range(700, 880);
    return rect(rng.range(0, W), y, rng.range(40, 140), 3, '#ffffff', `opacity="${rng.range(0.15, 0.4).toFixed(2)}"`);
  });
  const plant = c.mentions('plant')
    ? rect(900, 500, 380, 130, c.col(14, 40, 42)) + windowGrid(c, 920, 520, 340, 60, 6, 1) + ellipse(1380, 620, 110, 22, c.col(0, 0, 70)) + ellipse(1380, 616, 96, 16, c.col(190, 40, 50))
    : '';
  const trees = times(6, (i) => {
    const x = 60 + i * 300 + rng.range(-50, 50);
    return plant && x > 820 && x < 1520 ? '' : tree(c, x, 660 + rng.range(-10, 10), rng.range(160, 240), 95);
  });
  return paintSky(c, 600) + treeline(c, 606, 110, 30) + bank + trees + plant + flow + ripples;
};

const park: ScenePainter = (c) => {
  const { rng } = c;
  const young = c.mentions('young');
  const footbridge = c.mentions('footbridge') ? path('M560,640 Q800,520 1040,640', 'none', `stroke="${c.col(30, 40, 40)}" stroke-width="16"`) + times(9, (i) => line(600 + i * 55, 640 - Math.sin(((i + 0.5) / 9) * Math.PI) * 100, 600 + i * 55, 600 - Math.sin(((i + 0.5) / 9) * Math.PI) * 100, c.col(30, 40, 40), 6)) : '';
  const pathFill = c.col(35, 25, 72);
  return (
    paintSky(c, 580) +
    treeline(c, 590, 110, 30) +
    rect(0, 590, W, 70, c.col(205 + c.hueShift, 40, 48)) +
    footbridge +
    ground(c, 650, 100, 40, 46) +
    path('M700,650 C760,720 520,760 560,900 L820,900 C760,780 900,720 760,650 Z', pathFill) +
    (young
      ? times(10, (i) => {
          const x = 80 + i * 150 + rng.range(-20, 20);
          const y = 720 + rng.range(-20, 60);
          return x > 480 && x < 860 ? '' : line(x, y, x, y - 90, c.col(28, 30, 28), 5) + circle(x, y - 100, 26, c.col(105, 45, 42));
        })
      : times(4, (i) => tree(c, 150 + i * (i < 2 ? 180 : 400) + rng.range(-20, 20), 760 + rng.range(-20, 30), rng.range(240, 320)))) +
    times(3, (i) => person(c, 640 + i * 40 + rng.range(-10, 10), 780 + i * 30, 80 + i * 10, c.accentHue + i * 60))
  );
};

export const landScenes = { farm, wind, grain, rail, 'road-work': roadWork, bridge, river, park } satisfies Partial<Record<DemoSceneKind, ScenePainter>>;
