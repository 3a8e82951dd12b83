import { loadSharp } from '../media/load-sharp.ts';
import type { DemoImage } from './demo-types.ts';
import { sceneSvg, vignetteSvg } from './image/scene-svg.ts';

export { renderStationLogo, stationLogoSvg } from './station-logo.ts';

const vignettes = new Map<string, Promise<Buffer>>();

function vignette(width: number, height: number): Promise<Buffer> {
  const key = `${width}x${height}`;
  let overlay = vignettes.get(key);
  if (!overlay) {
    overlay = loadSharp().then((sharp) => sharp(Buffer.from(vignetteSvg(width, height))).png().toBuffer());
    vignettes.set(key, overlay);
  }
  return overlay;
}

/**
 * A JPEG illustration for a demo image, drawn locally from its scene: the
 * same key always gives the same picture, and nothing is downloaded.
 */
export async function renderDemoImage(image: Pick<DemoImage, 'key' | 'scene'>, width = 1600, height = 900): Promise<Buffer> {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 16 || height < 16 || width > 6000 || height > 6000) {
    throw new RangeError(`demo image size must be whole pixels between 16 and 6000, got ${width} x ${height}`);
  }
  const sharp = await loadSharp();
  return sharp(Buffer.from(sceneSvg(image, width, height)))
    .resize(width, height, { fit: 'cover' })
    .composite([{ input: await vignette(width, height) }])
    .jpeg({ quality: 84, chromaSubsampling: '4:2:0' })
    .toBuffer();
}
