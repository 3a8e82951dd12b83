import type { SceneContext } from './scene-context.ts';

/** What a window shows from inside: the sky in the scene's light, as a vertical gradient fill. */
export function windowView(c: SceneContext): string {
  const j = c.hueShift;
  switch (c.light) {
    case 'day':
      return c.linear([[0, c.lit(208 + j, 70, 62)], [1, c.lit(195 + j, 60, 88)]]);
    case 'dawn':
      return c.linear([[0, c.lit(225 + j, 40, 55)], [1, c.lit(30 + j, 90, 82)]]);
    case 'dusk':
      return c.linear([[0, c.lit(255 + j, 40, 30)], [1, c.lit(22 + j, 90, 62)]]);
    case 'night':
      return c.linear([[0, c.lit(230 + j, 50, 9)], [1, c.lit(222 + j, 40, 24)]]);
    case 'overcast':
      return c.linear([[0, c.lit(214, 10, 62)], [1, c.lit(210, 10, 84)]]);
  }
}
