import type { DemoImage } from '../demo-types.ts';
import { vignette } from './props.ts';
import { H, W, sceneContext } from './scene-context.ts';
import { scenePainters } from './scene-painters.ts';

/**
 * The illustration for a demo image as an SVG document of the asked size.
 * The scene is composed on a 1600 x 900 canvas and cropped to fill, so any
 * aspect ratio keeps the middle of the picture. It contains no text.
 */
export function sceneSvg(image: Pick<DemoImage, 'key' | 'scene'>, width: number, height: number): string {
  const c = sceneContext(image);
  const body = scenePainters[image.scene.kind](c) + vignette(c);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">` +
    `<defs>${c.defs()}</defs>${body}</svg>`
  );
}
