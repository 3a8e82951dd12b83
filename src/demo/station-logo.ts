import { loadSharp } from '../media/load-sharp.ts';

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Rough advance width of bold sans-serif capitals, in ems; enough to size the badge. */
const EM_PER_CHAR = 0.68;

/**
 * A broadcast-style wordmark: a channel number in a red disc beside the call
 * letters on a navy plate. "KQBX 8 News" gives KQBX, 8 and NEWS; a name
 * without a channel number is set as a plain wordmark.
 */
export function stationLogoSvg(name: string, height = 120): string {
  const match = /^\s*([A-Za-z]{2,6})\s+(\d{1,2})\b\s*(.*)$/.exec(name);
  const font = `font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-weight="700"`;
  const h = height;
  if (!match) {
    const text = name.trim() || 'News';
    const width = Math.round(h * 0.6 + text.length * h * 0.5 * EM_PER_CHAR);
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}">` +
      `<rect width="${width}" height="${h}" rx="${h * 0.16}" fill="#14264a"/>` +
      `<text x="${h * 0.3}" y="${h * 0.66}" ${font} font-size="${h * 0.5}" fill="#ffffff">${escapeXml(text)}</text></svg>`
    );
  }
  const [, call, channel, rest] = match;
  const tag = rest.trim().toUpperCase();
  const callSize = h * 0.46;
  const tagSize = h * 0.2;
  const discX = h * 0.52;
  const textX = h * 1.0;
  const callWidth = call.length * callSize * EM_PER_CHAR;
  const tagWidth = tag.length * tagSize * EM_PER_CHAR * 1.3;
  const width = Math.round(textX + Math.max(callWidth, tagWidth) + h * 0.3);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}">` +
    `<defs><linearGradient id="plate" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1d3a6e"/><stop offset="1" stop-color="#0e1d3b"/></linearGradient></defs>` +
    `<rect width="${width}" height="${h}" rx="${h * 0.16}" fill="url(#plate)"/>` +
    `<rect x="${h * 0.08}" y="${h * 0.86}" width="${width - h * 0.16}" height="${h * 0.05}" fill="#e23b2e"/>` +
    `<circle cx="${discX}" cy="${h * 0.46}" r="${h * 0.34}" fill="#e23b2e"/>` +
    `<circle cx="${discX}" cy="${h * 0.46}" r="${h * 0.34}" fill="none" stroke="#ffffff" stroke-width="${h * 0.03}"/>` +
    `<text x="${discX}" y="${h * 0.46 + (channel.length > 1 ? h * 0.13 : h * 0.16)}" text-anchor="middle" ${font} font-size="${channel.length > 1 ? h * 0.36 : h * 0.46}" fill="#ffffff">${escapeXml(channel)}</text>` +
    `<text x="${textX}" y="${h * 0.55}" ${font} font-size="${callSize}" fill="#ffffff">${escapeXml(call.toUpperCase())}</text>` +
    (tag ? `<text x="${textX + 2}" y="${h * 0.78}" ${font} font-size="${tagSize}" letter-spacing="${h * 0.05}" fill="#9fb8e6">${escapeXml(tag)}</text>` : '') +
    `</svg>`
  );
}

/** The station logo as a PNG, for the store's media library. */
export async function renderStationLogo(name: string, height = 120): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(Buffer.from(stationLogoSvg(name, height))).png().toBuffer();
}
