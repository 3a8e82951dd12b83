import type { DemoSceneKind } from '../demo-types.ts';
import type { ScenePainter } from './scene-painter.ts';
import { interiorScenes } from './scenes-interior.ts';
import { landScenes } from './scenes-land.ts';
import { sportScenes } from './scenes-sport.ts';
import { townScenes } from './scenes-town.ts';
import { weatherScenes } from './scenes-weather.ts';
import { wildScenes } from './scenes-wild.ts';

/** One painter per scene kind; the type makes a missing kind a compile error. */
export const scenePainters: Readonly<Record<DemoSceneKind, ScenePainter>> = {
  ...townScenes,
  ...interiorScenes,
  ...landScenes,
  ...wildScenes,
  ...weatherScenes,
  ...sportScenes,
};
