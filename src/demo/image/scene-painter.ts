import type { SceneContext } from './scene-context.ts';

/** Draws one scene on the 1600 x 900 canvas and returns the SVG markup. */
export type ScenePainter = (c: SceneContext) => string;
