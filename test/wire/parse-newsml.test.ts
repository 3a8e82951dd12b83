import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseWireDocument } from '../../src/wire/parse/parse-wire-document.ts';
import { okItems, parseOne, readFixture, rejectionOf, summary } from './support/wire-fixtures.ts';

/** A minimal G2 text item; `meta` goes into itemMeta after itemClass. */
function g2(meta: string, extra = ''): string {
  return `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:wire.example.org:1:bridge" version="2">
    <itemMeta><itemClass qcode="ninat:text"/>${meta}</itemMeta>
    <contentMeta><headline>Bridge closes for repairs</headline></contentMeta>${extra}
  </newsItem>`;
}

describe('NewsML-G2 text item with an NITF body', () => {
  const { item, warnings } = parseOne(readFixture('g2-nitf-story.xml'));

  test('maps identity, provider and the correction signal', () => {
    assert.equal(item.format, 'newsml-g2');
    assert.equal(item.guid, 'urn:newsml:wire.example.org:20240901:library-levy');
    assert.equal(item.version, 7);
    assert.equal(item.provider, 'examplewire');
    assert.equal(item.isCorrection, true);
    assert.equal(item.edNote, 'Corrects the levy amount in the third paragraph.');
  });

  test('normalises whitespace in text fields and fills dek and byline from the NITF head', () => {
    assert.equal(item.headline, 'Millbrook voters back library levy');
    assert.equal(item.dek, 'Branch hours to double');
    assert.equal(item.byline, 'By Hana Sato, Example Wire');
    assert.equal(item.copyrightNotice, 'Copyright 2024 Example Wire');
    assert.equal(item.usageTerms, 'Not for use in print editions before 6 a.m.');
  });

  test('converts NITF: headings, unwrapped blocks, quotes, lists and media, without repeating the headline', () => {
    assert.equal(
      item.bodyHtml,
      '<p>MILLBROOK (EW) — Voters approved the library levy by 61 percent &amp; the branch will open on Sundays.</p>\n' +
        '<h2>What changes</h2>\n' +
        '<p>The levy raises <em>$1.2 million</em> a year.</p>\n' +
        '<blockquote><p>"We will finally open on Sundays," said librarian Oona Pike.</p>\nOona Pike</blockquote>\n' +
        "<ul><li>Sunday hours</li>\n<li>New children's room</li>\n</ul>\n" +
        '<figure><img src="https://media.example.org/library.jpg" alt="The Millbrook library" />' +
        '<figcaption>The Millbrook library on Main Street.</figcaption>\n</figure>\n' +
        '<p>Details: <a href="https://millbrook.example.gov/levy" rel="noopener nofollow">levy page</a>.</p>',
    );
  });

  test('takes the place from the dateline and sees it in the body', () => {
    assert.equal(item.datelinePlace, 'MILLBROOK');
    assert.equal(item.bodyHasDateline, true);
  });

  test('reads offsets without a colon and assumes UTC, with a warning, only for non-embargo times', () => {
    assert.equal(item.versionCreated?.toISOString(), '2024-09-01T14:20:00.000Z');
    assert.equal(item.firstCreated?.toISOString(), '2024-09-01T09:00:00.000Z');
    assert.deepEqual(warnings, ['firstCreated "2024-09-01T09:00:00" has no time zone; assumed UTC']);
    assert.equal(item.embargoUntil instanceof Date && item.embargoUntil.toISOString(), '2024-09-02T11:00:00.000Z');
  });

  test('picks subject names in the item language and classifies places', () => {
    assert.deepEqual(item.subjects, [
      { name: 'library', code: 'medtop:20000113', kind: 'subject' },
      { name: 'Millbrook', code: 'geo:millbrook', kind: 'place' },
      { name: 'Current', code: 'genre:current', kind: 'genre' },
      { name: 'levy', code: null, kind: 'keyword' },
    ]);
  });
});

describe('NewsML-G2 newsMessage with a package', () => {
  const results = parseWireDocument(readFixture('g2-package.xml'));
  const items = okItems(results);

  test('yields the story with its photos, and other items on their own; photos are not repeated', () => {
    assert.deepEqual(
      results.map(summary),
      ['ok urn:newsml:dpa.com:20241005:orchard-text', 'ok urn:newsml:dpa.com:20241005:weather-brief'],
    );
  });

  test('puts the mainpic association first and keeps the package order after it', () => {
    const [story] = items;
    assert.deepEqual(story.pictures.map((p) => p.name), ['mainpic', 'detail', 'urn:newsml:dpa.com:20241005:orchard-photo-3']);
  });

  test('maps each photo: creditline, else photographer; renditions the ingest may fetch', () => {
    const [mainpic, detail, onlyReferenced] = items[0].pictures;
    assert.equal(mainpic.guid, 'urn:newsml:dpa.com:20241005:orchard-photo-1');
    assert.equal(mainpic.caption, 'Erntehelfer pflücken Äpfel am Seeufer. Foto: Lukas Brandt/dpa');
    assert.equal(mainpic.credit, 'Lukas Brandt/dpa');
    assert.equal(mainpic.copyrightNotice, 'dpa-Bildfunk');
    assert.deepEqual(mainpic.renditions, [
      { name: 'highRes', href: 'https://images.example.de/orchard-1.jpg', mimeType: 'image/jpeg', width: 4000, height: 2667, bytes: 3100000 },
    ]);
    assert.equal(detail.credit, 'Lukas Brandt');
    assert.equal(onlyReferenced.caption, 'Crates stacked at the orchard gate.');
    assert.equal(onlyReferenced.headline, 'Apple crates');
    assert.deepEqual(onlyReferenced.renditions, []);
  });

  test('reads an XHTML body without its header, title or repeated teaser, and keeps the marked dateline once', () => {
    const [story] = items;
    assert.equal(story.headline, 'Apfelernte am Seeufer fällt reich aus');
    assert.equal(story.dek, 'Die Obstbauern am See melden die beste Ernte seit zehn Jahren.');
    assert.equal(
      story.bodyHtml,
      '<p>Seedorf (dpa) - Die Obstbauern ernten in diesem Jahr rund 20 Prozent mehr Äpfel.</p>\n<p>Der Sommer war warm &amp; feucht.</p>',
    );
    assert.equal(story.datelinePlace, 'Seedorf');
    assert.equal(story.bodyHasDateline, true);
    assert.equal(story.bodyHtml.match(/Seedorf/g)?.length, 1);
    assert.equal(story.byline, null, 'an account handle in creator is not a byline');
  });

  test('reads a plain-text inlineData body as paragraphs', () => {
    assert.equal(items[1].bodyHtml, '<p>Am Wochenende bleibt es sonnig.</p>\n<p>Erst am Montag zieht Regen auf.</p>');
  });

  test('lets a withheld package withhold its story', () => {
    const withheld = readFixture('g2-package.xml').replace(
      '<pubStatus qcode="stat:usable"/>\n      </itemMeta>\n      <groupSet',
      '<pubStatus qcode="stat:withheld"/>\n      </itemMeta>\n      <groupSet',
    );
    assert.equal(okItems(parseWireDocument(withheld))[0].pubStatus, 'withheld');
  });
});

describe('NewsML-G2 picture item', () => {
  const { item } = parseOne(readFixture('g2-held-picture.xml'));

  test('reads prefixed elements and the photographer as credit', () => {
    assert.equal(item.type, 'picture');
    assert.equal(item.provider, 'photos.example.com');
    assert.equal(item.headline, 'Night market');
    assert.equal(item.caption, 'Stalls at the night market on Friday.');
    assert.equal(item.credit, 'Ada Quinn');
    assert.equal(item.renditions[0].name, 'web');
  });

  test('holds an item with an empty <embargoed/> indefinitely', () => {
    assert.equal(item.embargoUntil, 'indefinite');
  });
});

describe('NewsML-G2 status', () => {
  test('defaults to usable and version 1', () => {
    const { item } = parseOne(g2('').replace(' version="2"', ''));
    assert.equal(item.pubStatus, 'usable');
    assert.equal(item.version, 1);
  });

  test('reads withheld and canceled', () => {
    assert.equal(parseOne(g2('<pubStatus qcode="stat:withheld"/>')).item.pubStatus, 'withheld');
    assert.equal(parseOne(g2('<pubStatus qcode="stat:canceled"/>')).item.pubStatus, 'canceled');
  });

  test('rejects an unknown status or one without a code', () => {
    assert.match(rejectionOf(g2('<pubStatus qcode="stat:cancelled"/>')).error, /pubStatus "stat:cancelled"/);
    assert.match(rejectionOf(g2('<pubStatus/>')).error, /pubStatus "" is not one of/);
  });

  test('rejects an embargo without a zone, with the item guid', () => {
    const { error, guid } = rejectionOf(g2('<embargoed>2024-09-02T06:00:00</embargoed>'));
    assert.equal(guid, 'urn:newsml:wire.example.org:1:bridge');
    assert.match(error, /embargoed "2024-09-02T06:00:00" has no time zone/);
  });

  test('rejects an item without guid or without itemMeta', () => {
    assert.match(rejectionOf(g2('').replace(' guid="urn:newsml:wire.example.org:1:bridge"', '')).error, /newsItem has no guid/);
    assert.match(
      rejectionOf('<newsItem guid="N1"> ..... </newsItem>').error,
      /newsItem N1: no itemMeta/,
    );
  });

  test('rejects a fragment that is not an item', () => {
    assert.match(rejectionOf('<contentMeta><dateline>X</dateline></contentMeta>').error, /fragment <contentMeta>.*no guid/);
  });

  test('never fetches schemaLocation or catalogRef: they stay attributes', () => {
    const { item } = parseOne(g2('', '<catalogRef href="http://127.0.0.1:9/never-fetched.xml"/>').replace(
      '<newsItem ',
      '<newsItem xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://iptc.org/std/nar/2006-10-01/ http://127.0.0.1:9/x.xsd" ',
    ));
    assert.equal(item.headline, 'Bridge closes for repairs');
  });
});
