import { collapseWhitespace } from '../../domain/collapse-whitespace.ts';

const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

// Pieces a dateline carries after the place: "(AP)", "(Reuters)", a dash,
// a weekday ("MOSCOW, Monday"), a date ("Rome, October 11").
const TRAILING_SOURCE = /\s*\([^()]{1,40}\)\s*$/;
const TRAILING_DASH = /\s*(?:—|–|--|-|_)\s*$/;
const TRAILING_WEEKDAY = new RegExp(`\\s*,\\s*${WEEKDAY}\\s*$`, 'i');
const TRAILING_DATE = new RegExp(`\\s*,\\s*${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*$`, 'i');

/**
 * The place of a dateline ("MOSCOW, Monday (Reuters)" → "MOSCOW",
 * "Berlin (dpa) - " → "Berlin"). Regions stay ("FORT WASHINGTON, Pa.").
 */
export function parseDatelinePlace(dateline: string | null): string | null {
  if (dateline === null) return null;
  let place = collapseWhitespace(dateline);
  for (let previous = ''; previous !== place; ) {
    previous = place;
    place = place
      .replace(TRAILING_DASH, '')
      .replace(TRAILING_SOURCE, '')
      .replace(TRAILING_WEEKDAY, '')
      .replace(TRAILING_DATE, '')
      .replace(/[\s,]+$/, '');
  }
  return place === '' ? null : place;
}
