import sharp from 'sharp';

/** A photo-like picture: blurred noise, so encoders work about as hard as on real photos. */
export async function photo(width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'avif' = 'jpeg'): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 50 } } });
  const smooth = sharp(await image.png().toBuffer()).blur(2);
  switch (format) {
    case 'jpeg':
      return smooth.jpeg({ quality: 90 }).toBuffer();
    case 'png':
      return smooth.png().toBuffer();
    case 'webp':
      return smooth.webp().toBuffer();
    case 'avif':
      return smooth.avif({ effort: 0 }).toBuffer();
  }
}

export async function solid(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();
}

/**
 * A JPEG as a phone writes it: pixels stored sideways with EXIF orientation 6
 * (rotate 90° clockwise to view), camera make and a GPS position. The stored
 * pixels are 60×40 with the left half red, so upright it is 40×60 with the
 * top half red.
 */
export async function phoneJpeg(): Promise<Buffer> {
  const left = await solid(30, 40, '#ff0000');
  const base = sharp({ create: { width: 60, height: 40, channels: 3, background: '#0000ff' } }).composite([{ input: left, left: 0, top: 0 }]);
  return sharp(await base.png().toBuffer())
    .jpeg({ quality: 95 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'Acme', Model: 'Phone 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .toBuffer();
}

/** A two-frame animated GIF: red, then blue. */
export async function animatedGif(): Promise<Buffer> {
  const frames = [await solid(40, 30, '#ff0000'), await solid(40, 30, '#0000ff')];
  return sharp(frames, { join: { animated: true } }).gif().toBuffer();
}

/**
 * A decompression bomb: a PNG under 1 MB that declares 16000×16000 pixels
 * (256 megapixels, 768 MB decoded) — just under sharp's own default limit, so
 * only the pipeline's limit stands between it and memory.
 */
export async function bombPng(): Promise<Buffer> {
  return sharp({ create: { width: 16000, height: 16000, channels: 3, background: '#ffffff' }, limitInputPixels: false })
    .greyscale()
    .png({ compressionLevel: 9, adaptiveFiltering: false })
    .toBuffer();
}

/** The colour of one pixel of any image sharp reads. */
export async function pixelAt(image: Uint8Array, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i], data[i + 1], data[i + 2]];
}
