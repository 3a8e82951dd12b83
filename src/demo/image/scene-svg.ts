import type { DemoImage } from '../demo-types.ts';
import { H, W, sceneContext } from './scene-context.ts';
import { scenePainters } from './scene-painters.ts';

/**
 * The illustration for a demo image as an SVG document of the asked size.
 * The scene is composed on a 1600 x 900 canvas and cropped to fill, so any
 * aspect ratio keeps the middle of the picture. It contains no text.
 */
export function sceneSvg(image: Pick<DemoImage, 'key' | 'scene'>, width: number, height: number): string {
  const c = sceneContext(image);
  const body = scenePainters[image.scene.kind](c);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">` +
    `<defs>${c.defs()}</defs>${body}</svg>`
  );
}

/**
 * A soft dark frame laid over every picture for a photographic finish. It is
 * the same for every image of a size, so it is drawn once and composited:
 * a full-canvas radial gradient is the slowest thing to rasterize.
 */
export function vignetteSvg(width: number, height: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<defs><radialGradient id="v" cx="0.5" cy="0.5" r="0.75"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.38"/></radialGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#v)"/></svg>`
  );
}
