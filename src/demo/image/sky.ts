import type { SceneContext } from './scene-context.ts';
import { H, W } from './scene-context.ts';
import { circle, ellipse, group, rect, times } from './svg-shapes.ts';

/** Sky for the scene's light: gradient, sun or moon, clouds or stars. Covers the whole canvas. */
export function paintSky(c: SceneContext, horizon = 560): string {
  const { rng, hueShift: j } = c;
  switch (c.light) {
    case 'day': {
      const fill = c.linear([[0, c.lit(212 + j, 62, 46)], [1, c.lit(200 + j, 70, 84)]]);
      const sx = rng.range(180, 1420);
      const sy = rng.range(90, 200);
      const glow = c.radial([[0, '#fffbe8', 0.9], [0.25, '#fff3c4', 0.35], [1, '#ffffff', 0]]);
      return rect(0, 0, W, H, fill) + circle(sx, sy, 260, glow) + circle(sx, sy, 42, '#fffdf2') + cumulus(c, horizon);
    }
    case 'dawn':
    case 'dusk': {
      const dawn = c.light === 'dawn';
      const fill = c.linear([
        [0, c.lit((dawn ? 222 : 252) + j, 42, dawn ? 38 : 24)],
        [0.55, c.lit((dawn ? 330 : 318) + j, 38, dawn ? 70 : 52)],
        [1, c.lit((dawn ? 32 : 22) + j, 92, dawn ? 78 : 62)],
      ]);
      const sx = rng.range(260, 1340);
      const sy = horizon - rng.range(20, 90);
      const glow = c.radial([[0, c.lit(40, 100, 82), 0.95], [0.3, c.lit(28, 100, 66), 0.45], [1, c.lit(20, 100, 60), 0]]);
      const streaks = times(rng.int(4, 7), () => {
        const y = rng.range(80, horizon - 120);
        return ellipse(rng.range(0, W), y, rng.range(180, 420), rng.range(8, 20), c.lit((dawn ? 350 : 335) + j, 55, dawn ? 82 : 62), `opacity="${rng.range(0.35, 0.7).toFixed(2)}"`);
      });
      return rect(0, 0, W, H, fill) + circle(sx, sy, 420, glow) + circle(sx, sy, 62, c.lit(42, 100, 88)) + streaks;
    }
    case 'night': {
      const fill = c.linear([[0, c.lit(232 + j, 52, 7)], [1, c.lit(222 + j, 42, 24)]]);
      const stars = times(140, () => circle(rng.range(0, W), rng.range(0, horizon - 40), rng.range(0.8, 2.4), '#ffffff', `opacity="${rng.range(0.3, 0.95).toFixed(2)}"`));
      const mx = rng.range(200, 1400);
      const my = rng.range(90, 200);
      const glow = c.radial([[0, '#dfe8ff', 0.4], [1, '#dfe8ff', 0]]);
      return rect(0, 0, W, H, fill) + stars + circle(mx, my, 160, glow) + circle(mx, my, 38, '#f4f1e4') + circle(mx + 16, my - 8, 34, c.lit(230 + j, 45, 12));
    }
    case 'overcast': {
      const fill = c.linear([[0, c.lit(214 + j, 12, 52)], [1, c.lit(208 + j, 14, 76)]]);
      const decks = times(5, (i) =>
        group(
          times(9, () => ellipse(rng.range(-100, W + 100), 60 + i * 85 + rng.range(-20, 20), rng.range(160, 320), rng.range(40, 70), c.lit(214 + j, 8, 46 + i * 7))),
          `opacity="${(0.55 - i * 0.06).toFixed(2)}"`,
        ),
      );
      return rect(0, 0, W, H, fill) + decks;
    }
  }
}

function cumulus(c: SceneContext, horizon: number): string {
  const { rng } = c;
  return times(rng.int(3, 6), () => {
    const x = rng.range(0, W);
    const y = rng.range(90, horizon - 150);
    const s = rng.range(0.6, 1.3);
    const puffs = times(rng.int(4, 7), (i) => circle(x + (i - 3) * 48 * s + rng.range(-10, 10), y - rng.range(0, 40) * s, rng.range(36, 64) * s, '#ffffff'));
    return group(ellipse(x, y + 24 * s, 170 * s, 34 * s, '#f4f7fb') + puffs, `opacity="${rng.range(0.75, 0.95).toFixed(2)}"`);
  });
}
