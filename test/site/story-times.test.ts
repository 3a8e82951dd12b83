import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { effectiveUpdate, renderStoryTimes } from '../../src/site/components/story-times.ts';
import { renderArticlePage } from '../../src/site/pages/article-page.ts';
import { buildArticle, buildChrome, buildRails } from './factories.ts';
import { element, jsonLdOfType, metaContent, startTags, text } from './html-inspect.ts';

const chicago = { locale: 'en-US', timeZone: 'America/Chicago' };
const published = new Date('2024-03-11T14:05:00Z');

/** Some ICU versions put a narrow no-break space before AM/PM. */
function plain(s: string): string {
  return s.replace(/[\u202f\u00a0]/g, ' ');
}

function times(updatedAt: Date | null, notes: { updateNote?: string; correctionNote?: string } = {}) {
  const out = renderStoryTimes(
    { publishedAt: published, updatedAt, updateNote: notes.updateNote ?? null, correctionNote: notes.correctionNote ?? null },
    chicago,
  ).toString();
  return { out, text: plain(text(out)), datetimes: startTags(out, 'time').map((t) => t.attrs.get('datetime')) };
}

describe('Posted and Updated', () => {
  it('shows Updated when the update is later than publication', () => {
    const t = times(new Date('2024-03-11T19:40:00Z'));
    assert.equal(t.text, 'Posted: March 11, 2024 at 9:05 AM CDT Updated: March 11, 2024 at 2:40 PM CDT');
    assert.deepEqual(t.datetimes, ['2024-03-11T14:05:00.000Z', '2024-03-11T19:40:00.000Z']);
  });

  it('hides Updated when there is no update, or it is not later', () => {
    for (const updatedAt of [null, published, new Date('2024-03-11T13:00:00Z')]) {
      const t = times(updatedAt);
      assert.equal(t.text, 'Posted: March 11, 2024 at 9:05 AM CDT');
      assert.equal(t.datetimes.length, 1);
    }
  });

  it('labels a correction and shows the update note with the update', () => {
    const t = times(new Date('2024-03-12T01:00:00Z'), { updateNote: 'Adds the mayor\u2019s comments.', correctionNote: 'An earlier version misspelled the librarian\u2019s name.' });
    assert.match(t.text, /Correction: An earlier version misspelled the librarian’s name\./);
    assert.match(t.text, /Update: Adds the mayor’s comments\./);
    assert.ok(t.out.includes('<strong>Correction:</strong>'));
  });

  it('keeps a correction visible even without a later update time, but not a stale update note', () => {
    const t = times(null, { updateNote: 'Adds details.', correctionNote: 'Fixes a date.' });
    assert.match(t.text, /Correction: Fixes a date\./);
    assert.doesNotMatch(t.text, /Update:|Updated:/);
  });

  it('effectiveUpdate returns the update only when later', () => {
    assert.equal(effectiveUpdate({ publishedAt: published, updatedAt: published }), null);
    assert.deepEqual(effectiveUpdate({ publishedAt: published, updatedAt: new Date('2024-03-12T00:00:00Z') }), new Date('2024-03-12T00:00:00Z'));
  });
});

describe('times in the station zone', () => {
  it('uses standard time in winter and daylight time in summer', () => {
    const winter = renderStoryTimes({ publishedAt: new Date('2024-01-15T18:30:00Z'), updatedAt: null, updateNote: null, correctionNote: null }, chicago);
    assert.equal(plain(text(winter.toString())), 'Posted: January 15, 2024 at 12:30 PM CST');
  });

  it('shows the local date when it differs from the UTC date', () => {
    const late = renderStoryTimes({ publishedAt: new Date('2024-07-04T03:30:00Z'), updatedAt: null, updateNote: null, correctionNote: null }, chicago).toString();
    assert.equal(plain(text(late)), 'Posted: July 3, 2024 at 10:30 PM CDT');
    assert.equal(startTags(late, 'time')[0].attrs.get('datetime'), '2024-07-04T03:30:00.000Z');
  });

  it('follows the site locale and zone, not the server', () => {
    const berlin = renderStoryTimes({ publishedAt: published, updatedAt: null, updateNote: null, correctionNote: null }, { locale: 'de-DE', timeZone: 'Europe/Berlin' });
    assert.equal(plain(text(berlin.toString())), 'Posted: 11. März 2024 um 15:05 MEZ');
  });

  it('the article page, its Open Graph tags and JSON-LD agree on the instants', () => {
    const updatedAt = new Date('2024-03-11T19:40:00Z');
    const doc = renderArticlePage(buildChrome(), buildArticle({ publishedAt: published, updatedAt, updateNote: 'Adds comments.' }), buildRails());
    const shown = startTags(element(doc, /<p class="story-times">/), 'time').map((t) => t.attrs.get('datetime'));
    assert.deepEqual(shown, [published.toISOString(), updatedAt.toISOString()]);
    assert.deepEqual(metaContent(doc, 'article:published_time'), [published.toISOString()]);
    assert.deepEqual(metaContent(doc, 'article:modified_time'), [updatedAt.toISOString()]);
    const ld = jsonLdOfType(doc, 'NewsArticle');
    assert.equal(ld.datePublished, published.toISOString());
    assert.equal(ld.dateModified, updatedAt.toISOString());
  });
});
