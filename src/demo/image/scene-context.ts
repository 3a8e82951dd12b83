import type { DemoImage, DemoLight } from '../demo-types.ts';
import { hsl } from './colour.ts';
import { seededRandom, type SeededRandom } from './seeded-random.ts';

/** Every scene is drawn on this canvas and scaled to the asked size. */
export const W = 1600;
export const H = 900;

export type GradientStop = readonly [offset: number, colour: string, opacity?: number];

/** What a scene painter draws with: seeded randomness, light-aware colours and gradients. */
export interface SceneContext {
  readonly rng: SeededRandom;
  readonly light: DemoLight;
  /** Dusk or night: windows and lamps are on. */
  readonly lightsOn: boolean;
  /** Small per-image hue offset, so two scenes of one kind still differ. */
  readonly hueShift: number;
  /** A hue picked for this image's accents (awnings, jerseys, banners). */
  readonly accentHue: number;
  /** True when the scene description names any of the words; painters add optional details this way. */
  mentions(...words: string[]): boolean;
  /** A surface colour as the scene's light shows it. */
  col(h: number, s: number, l: number): string;
  /** A colour that gives off its own light (lamps, flames, screens): never dimmed. */
  lit(h: number, s: number, l: number): string;
  /** A gradient in object space (0..1), returned as a `url(#id)` fill. */
  linear(stops: readonly GradientStop[], x1?: number, y1?: number, x2?: number, y2?: number): string;
  radial(stops: readonly GradientStop[], cx?: number, cy?: number, r?: number): string;
  /** The `<defs>` collected so far. */
  defs(): string;
}

const LIGHTING: Record<DemoLight, { readonly l: number; readonly s: number }> = {
  day: { l: 1, s: 1 },
  dawn: { l: 0.84, s: 0.92 },
  dusk: { l: 0.7, s: 0.86 },
  night: { l: 0.4, s: 0.62 },
  overcast: { l: 0.88, s: 0.55 },
};

export function sceneContext(image: Pick<DemoImage, 'key' | 'scene'>): SceneContext {
  const rng = seededRandom(`${image.key}:${image.scene.kind}`);
  const { light } = image.scene;
  const lighting = LIGHTING[light];
  const description = image.scene.description.toLowerCase();
  const defs: string[] = [];
  let nextId = 0;
  const stopsMarkup = (stops: readonly GradientStop[]) =>
    stops
      .map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`)
      .join('');
  return {
    rng,
    light,
    lightsOn: light === 'dusk' || light === 'night',
    hueShift: rng.range(-14, 14),
    accentHue: rng.range(0, 360),
    mentions: (...words) => words.some((w) => description.includes(w.toLowerCase())),
    col: (h, s, l) => hsl(h, s * lighting.s, l * lighting.l),
    lit: (h, s, l) => hsl(h, s, l),
    linear(stops, x1 = 0, y1 = 0, x2 = 0, y2 = 1) {
      const id = `g${nextId++}`;
      defs.push(`<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopsMarkup(stops)}</linearGradient>`);
      return `url(#${id})`;
    },
    radial(stops, cx = 0.5, cy = 0.5, r = 0.5) {
      const id = `g${nextId++}`;
      defs.push(`<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stopsMarkup(stops)}</radialGradient>`);
      return `url(#${id})`;
    },
    defs: () => defs.join(''),
  };
}
