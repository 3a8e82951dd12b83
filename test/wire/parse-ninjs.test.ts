import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseOne, readFixture, rejectionOf } from './support/wire-fixtures.ts';

/** A small 1.x story; each test overrides what it is about. */
function story(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    uri: 'https://wire.example.org/items/parade',
    type: 'text',
    headline: 'Parade route announced',
    body_text: 'The parade starts at noon.',
    ...overrides,
  });
}

describe('ninjs 1.x', () => {
  const { item, warnings } = parseOne(readFixture('ninjs1-story.json'));

  test('maps identity, version and provider', () => {
    assert.equal(item.format, 'ninjs-1');
    assert.equal(item.guid, 'https://wire.example.org/items/20240311-lakeview-ferry');
    assert.equal(item.provider, 'wire.example.org');
    assert.equal(item.version, 10);
    assert.equal(item.type, 'text');
    assert.equal(item.pubStatus, 'usable');
    assert.equal(item.publishable, true);
    assert.deepEqual(warnings, []);
  });

  test('keeps headline, dek and byline as plain text', () => {
    assert.equal(item.headline, 'Lakeview ferry returns after winter refit');
    assert.equal(item.dek, 'Service resumes with a quieter engine & new ramps');
    assert.equal(item.byline, 'By MARA OKONJO');
  });

  test('prefers the HTML body, and sees that it opens with the dateline', () => {
    assert.equal(
      item.bodyHtml,
      '<p>LAKEVIEW (EW) — The Lakeview ferry returned to service on Monday after a four-month refit.</p>\n' +
        '<p>Captain Ines Albero said the new engine is <strong>half as loud</strong>.</p>',
    );
    assert.equal(item.datelinePlace, 'LAKEVIEW');
    assert.equal(item.bodyHasDateline, true);
  });

  test('reads times, embargo and expiry, trimming whitespace', () => {
    assert.equal(item.embargoUntil instanceof Date && item.embargoUntil.toISOString(), '2024-03-11T11:00:00.000Z');
    assert.equal(item.expires?.toISOString(), '2024-06-11T00:00:00.000Z');
    assert.equal(item.firstCreated?.toISOString(), '2024-03-10T18:02:00.000Z');
    assert.equal(item.versionCreated?.toISOString(), '2024-03-11T09:15:00.000Z');
  });

  test('maps rights, notes and subjects', () => {
    assert.equal(item.copyrightNotice, 'Copyright 2024 Example Wire. All rights reserved.');
    assert.equal(item.copyrightHolder, 'Example Wire');
    assert.equal(item.usageTerms, 'Not for use by broadcasters in Lakeview County.');
    assert.equal(item.edNote, 'Eds: Embargoed until noon CET. Not for publication before then.');
    assert.equal(item.slugline, 'LAKEVIEW-FERRY');
    assert.equal(item.urgency, 4);
    assert.equal(item.language, 'en');
    assert.deepEqual(item.subjects, [
      { name: 'Transport', code: 'http://cv.iptc.org/newscodes/mediatopic/20000673', kind: 'subject' },
      { name: 'Local news', code: 'local', kind: 'subject' },
      { name: 'Lakeview', code: null, kind: 'place' },
    ]);
  });

  test('puts the association named mainpic first and keeps its credit beside a caption that ends with it', () => {
    assert.deepEqual(item.pictures.map((p) => p.name), ['mainpic', 'sidebar']);
    const [lead, sidebar] = item.pictures;
    assert.equal(lead.guid, 'https://wire.example.org/items/20240311-ferry-photo');
    assert.equal(lead.caption, 'The Lakeview ferry at the east pier on Monday. (Tomas Reyes/Example Wire)');
    assert.equal(lead.credit, 'Tomas Reyes/Example Wire');
    assert.equal(lead.alt, 'A white ferry moored at a wooden pier');
    assert.equal(lead.version, 1);
    assert.equal(sidebar.credit, 'Tomas Reyes', 'the byline is the credit when there is no creditline');
  });

  test('keeps only renditions the ingest may fetch', () => {
    assert.deepEqual(item.pictures[0].renditions, [
      { name: 'main', href: 'https://media.example.org/ferry-main.jpg', mimeType: 'image/jpeg', width: 3000, height: 2000, bytes: 2400000 },
      { name: 'thumb', href: 'https://media.example.org/ferry-thumb.jpg', mimeType: 'image/jpeg', width: 300, height: 200, bytes: null },
    ]);
  });

  test('returns frozen values', () => {
    assert.ok(Object.isFrozen(item));
    assert.ok(Object.isFrozen(item.pictures));
  });
});

describe('ninjs versions', () => {
  test('compares string versions as numbers ("10" after "9")', () => {
    const nine = parseOne(story({ version: '9' })).item;
    const ten = parseOne(story({ version: '10' })).item;
    assert.equal(nine.version, 9);
    assert.equal(ten.version, 10);
    assert.ok((ten.version ?? 0) > (nine.version ?? 0));
  });

  test('leaves a non-numeric version to versioncreated, with a warning', () => {
    const { item, warnings } = parseOne(story({ version: 'v2-final', versioncreated: '2024-01-02T03:04:05Z' }));
    assert.equal(item.version, null);
    assert.equal(item.versionCreated?.toISOString(), '2024-01-02T03:04:05.000Z');
    assert.match(warnings.join('\n'), /version "v2-final" is not a number/);
  });
});

describe('ninjs status and embargo', () => {
  test('rejects an embargo without a time zone, naming the item', () => {
    const { error, guid } = rejectionOf(story({ embargoed: '2024-03-11T12:00:00' }));
    assert.equal(guid, 'https://wire.example.org/items/parade');
    assert.match(error, /embargoed "2024-03-11T12:00:00" has no time zone/);
  });

  test('rejects an expiry without a time zone', () => {
    assert.match(rejectionOf(story({ expires: '2024-12-31' })).error, /expires "2024-12-31" has no time zone/);
  });

  test('accepts an embargo with a zone', () => {
    const { item } = parseOne(story({ embargoed: '2024-03-11T12:00:00+01:00' }));
    assert.equal(item.embargoUntil instanceof Date && item.embargoUntil.toISOString(), '2024-03-11T11:00:00.000Z');
  });

  test('carries withheld and canceled items, which need no content', () => {
    const withheld = parseOne(JSON.stringify({ uri: 'https://wire.example.org/items/parade', pubstatus: 'withheld' })).item;
    const canceled = parseOne(JSON.stringify({ uri: 'https://wire.example.org/items/parade', pubstatus: 'canceled' })).item;
    assert.equal(withheld.pubStatus, 'withheld');
    assert.equal(canceled.pubStatus, 'canceled');
    assert.equal(canceled.headline, '');
  });

  test('rejects a status it does not know, including the British spelling', () => {
    assert.match(rejectionOf(story({ pubstatus: 'cancelled' })).error, /pubstatus "cancelled" is not one of usable, withheld, canceled/);
    assert.match(rejectionOf(story({ pubstatus: '' })).error, /pubstatus "" is not one of/);
  });

  test('rejects an item without a stable id', () => {
    const { error, guid } = rejectionOf(JSON.stringify({ type: 'text', headline: 'No id', body_text: 'x' }));
    assert.equal(guid, null);
    assert.match(error, /no stable id/);
  });

  test('rejects a usable text item without a headline', () => {
    assert.match(rejectionOf(story({ headline: undefined })).error, /text item has no headline/);
  });
});

describe('ninjs bodies', () => {
  test('turns a plain-text body into escaped paragraphs', () => {
    const { item } = parseOne(story({ body_text: 'Crowds & bands <expected>.\n\nRoads close at 11.' }));
    assert.equal(item.bodyHtml, '<p>Crowds &amp; bands &lt;expected&gt;.</p>\n<p>Roads close at 11.</p>');
  });

  test('sanitizes a hostile body and keeps captions and bylines as text', () => {
    const { item } = parseOne(readFixture('hostile-story.json'));
    assert.equal(item.headline, 'Council meets & votes');
    assert.equal(item.byline, 'By Ann Lee');
    for (const forbidden of [/<script/i, /alert\(/, /\bon\w+=/i, /javascript:/i, /data:/i, /<form/i, /<input/i, /<object/i,
      /<embed/i, /<svg/i, /<style/i, /Leaked title text/, /evil\.example/, /Enter your password/, /style=/, /class=/]) {
      assert.doesNotMatch(item.bodyHtml, forbidden);
    }
    assert.match(item.bodyHtml, /<a href="https:\/\/council\.example\.gov\/minutes" rel="noopener nofollow">minutes<\/a>/);
    assert.match(item.bodyHtml, /<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/abc123" width="560" height="315"><\/iframe>/);
    assert.match(item.bodyHtml, /<p>Vote: <strong>7<\/strong> to 2\.<\/p>$/);
    const [picture] = item.pictures;
    assert.equal(picture.caption, 'Council chamber on Tuesday');
    assert.equal(picture.credit, 'Ann Lee');
    assert.deepEqual(picture.renditions.map((r) => r.href), ['https://media.example.org/chamber.jpg']);
  });
});

describe('ninjs 2.x', () => {
  const { item } = parseOne(readFixture('ninjs2-story.json'));

  test('reads headlines, descriptions and the rich HTML body by role', () => {
    assert.equal(item.format, 'ninjs-2');
    assert.equal(item.provider, 'tt');
    assert.equal(item.headline, 'Harbour festival draws record crowd');
    assert.equal(item.dek, 'Forty boats on parade');
    assert.equal(item.byline, 'Elsa Lind/TT');
    assert.equal(item.expires?.toISOString(), '2024-10-01T22:00:00.000Z');
  });

  test('drops the document wrapper and the metadata the body repeats', () => {
    assert.equal(
      item.bodyHtml,
      '<figure><img src="https://thumbs.example.se/festival-thumb.jpg" alt="Sailing boats in the harbour" data-assoc-ref="a001" />' +
        '<figcaption>Boats on parade.</figcaption>\n</figure>\n' +
        '<p>A record 12,000 visitors came to the harbour festival on Saturday.</p>\n<p>The organisers counted forty boats.</p>',
    );
  });

  test('fills the picture credit and alt text from the figure that references it', () => {
    assert.deepEqual(item.pictures.map((p) => p.name), ['a001'], 'the video association is not a picture');
    const [picture] = item.pictures;
    assert.equal(picture.caption, 'Boats on parade in the harbour.');
    assert.equal(picture.credit, 'Oskar Berg/TT');
    assert.equal(picture.alt, 'Sailing boats in the harbour');
    assert.equal(picture.renditions[0].bytes, 5000000);
  });

  test('uses the AP itemid, not the changing content URI, as the id of AP ninjs', () => {
    const { item: ap } = parseOne(JSON.stringify({
      uri: 'http://api.ap.org/media/v/content/0123456789abcdef0123456789abcdef?qt=Q1&et=E1',
      type: 'picture',
      version: '0',
      headlines: [{ role: 'main', value: 'Harbour' }],
      descriptions: [{ role: 'creditline', value: 'AP Photo' }, { role: 'caption', value: 'Boats. (AP Photo)' }],
    }));
    assert.equal(ap.provider, 'ap');
    assert.equal(ap.guid, '0123456789abcdef0123456789abcdef');
    assert.equal(ap.version, 0);
    assert.equal(ap.caption, 'Boats. (AP Photo)');
    assert.equal(ap.credit, 'AP Photo');
  });
});

describe('ninjs 3.x', () => {
  const { item } = parseOne(readFixture('ninjs3-story.json'));

  test('reads the camelCase names', () => {
    assert.equal(item.format, 'ninjs-3');
    assert.equal(item.version, 9);
    assert.equal(item.etag, 'roof-etag-9');
    assert.equal(item.embargoUntil instanceof Date && item.embargoUntil.toISOString(), '2024-05-06T12:00:00.000Z');
    assert.equal(item.versionCreated?.toISOString(), '2024-05-06T07:00:00.000Z');
    assert.equal(item.copyrightNotice, '(c) 2024 Example Net');
    assert.equal(item.usageTerms, 'Editorial use only.');
    assert.equal(item.edNote, "Corrects spelling of principal's name.");
    assert.equal(item.bodyHtml, '<p>HILLSIDE — Crews finished the roof on Sunday.</p>\n<p>Principal Dana Kowal thanked them.</p>');
    assert.equal(item.bodyHasDateline, true);
    assert.deepEqual(item.renditions, [
      { name: 'pdf', href: 'https://news.example.net/items/hillside-school-roof.pdf', mimeType: 'application/pdf', width: null, height: null, bytes: 51200 },
    ]);
  });
});

describe('Superdesk ninjs', () => {
  const { item } = parseOne(readFixture('superdesk-story.json'));

  test('takes guid for uri and reads +0000 offsets', () => {
    assert.equal(item.guid, '7c0d8e21-5f3a-4b6e-9a1d-2e4f6a8b0c13');
    assert.equal(item.provider, 'harbourwire');
    assert.equal(item.version, 4);
    assert.equal(item.versionCreated?.toISOString(), '2024-02-20T23:54:25.000Z');
    assert.equal(item.embargoUntil instanceof Date && item.embargoUntil.toISOString(), '2024-02-22T02:30:00.000Z');
  });

  test('treats empty strings as absent', () => {
    assert.equal(item.copyrightNotice, null);
    assert.equal(item.copyrightHolder, null);
    assert.equal(item.usageTerms, null);
  });

  test('makes featuremedia the lead picture', () => {
    assert.equal(item.pictures[0].name, 'featuremedia');
    assert.equal(item.pictures[0].guid, '2b9e4f70-1c3d-4e5f-8a7b-6c5d4e3f2a10');
    assert.equal(item.pictures[0].caption, 'The tide gauge on the north breakwater.');
    assert.equal(item.pictures[0].credit, 'Photograph by Lee Chan');
  });
});
