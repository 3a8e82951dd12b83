import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { sanitizeBodyHtml } from '../../src/domain/sanitize-html.ts';
import { loadNinjsSchemaValidator, type NinjsSchemaValidator } from '../../src/wire/parse/ninjs-schema.ts';
import { parseWireDocument } from '../../src/wire/parse/parse-wire-document.ts';
import type { WireItem, WireParseResult } from '../../src/wire/wire-item.ts';
import { EXPECTED_WIRE_REJECTIONS, SHARED_FIXTURES, wireSamples } from '../support/shared-fixtures.ts';
import { summary } from './support/wire-fixtures.ts';

const schemaDir = path.join(SHARED_FIXTURES, 'ninjs/iptc-schemas');

/** Directories whose files IPTC (and the fixture notes) report as valid against the 1.6 / 2.2 schemas. */
const SCHEMA_VALID_DIRS = ['ninjs/iptc-userguide-1.6/', 'ninjs/iptc-samples-1.x/', 'ninjs/iptc-userguide-2.2/', 'ninjs/iptc-samples-2.x/'];


function parseSample(rel: string, validator: NinjsSchemaValidator | null): WireParseResult[] {
  return parseWireDocument(readFileSync(path.join(SHARED_FIXTURES, rel), 'utf8'), { schemaValidator: validator });
}

function onlyItem(results: readonly WireParseResult[]): { item: WireItem; warnings: readonly string[] } {
  assert.equal(results.length, 1, results.map(summary).join('\n'));
  const [result] = results;
  assert.ok(result.ok, summary(result));
  return { item: result.item, warnings: result.warnings ?? [] };
}

function assertWellFormed(item: WireItem, rel: string): void {
  assert.ok(item.guid.trim() !== '', `${rel}: empty guid`);
  assert.match(item.provider, /^[a-z0-9][a-z0-9.-]*$/, `${rel}: provider key`);
  if ((item.type === 'text' || item.type === 'composite') && item.pubStatus === 'usable') {
    assert.ok(item.headline !== '', `${rel}: a usable story needs a headline`);
  }
  assert.equal(sanitizeBodyHtml(item.bodyHtml), item.bodyHtml, `${rel}: body is not in sanitized form`);
  assert.doesNotMatch(item.bodyHtml, /<script|<style|<head|<title|\son\w+=|javascript:|class=/i, `${rel}: unsafe markup`);
  for (const field of [item.headline, item.dek, item.byline, item.caption ?? null, ...item.pictures.map((p) => p.caption)]) {
    assert.doesNotMatch(field ?? '', /<\/?[a-z][^>]*>/i, `${rel}: markup in a plain-text field`);
  }
  for (const rendition of [...item.renditions, ...item.pictures.flatMap((p) => p.renditions)]) {
    assert.match(rendition.href, /^https?:\/\//, `${rel}: rendition ${rendition.name} is not an http(s) link`);
  }
}

test('shared agency samples', async (t: TestContext) => {
  if (!existsSync(SHARED_FIXTURES)) {
    t.skip('shared fixtures not present');
    return;
  }
  const validator = await loadNinjsSchemaValidator(schemaDir);
  const all = wireSamples();

  await t.test('every sample parses into well-formed items or is rejected for its stated reason', () => {
    assert.ok(all.length >= 50, `expected the full sample set, found ${all.length} files`);
    for (const rel of all) {
      const results = parseSample(rel, validator);
      assert.ok(results.length > 0, `${rel}: no result`);
      const expected = EXPECTED_WIRE_REJECTIONS[rel];
      for (const result of results) {
        if (expected) {
          assert.ok(!result.ok, `${rel}: expected rejection, got ${summary(result)}`);
          assert.match(result.error, expected, rel);
        } else {
          assert.ok(result.ok, `${rel}: ${summary(result)}`);
          assertWellFormed(result.item, rel);
        }
      }
    }
  });

  await t.test('IPTC samples validate against the published schemas; the Superdesk dialect does not', (t) => {
    if (validator === null) {
      t.skip('ninjs schemas not present');
      return;
    }
    for (const rel of all.filter((r) => SCHEMA_VALID_DIRS.some((dir) => r.startsWith(dir)) && !EXPECTED_WIRE_REJECTIONS[r])) {
      assert.deepEqual(onlyItem(parseSample(rel, validator)).warnings, [], rel);
    }
    const superdesk = onlyItem(parseSample('ninjs/superdesk-dialect/ninjs_embargoed.json', validator));
    assert.ok(superdesk.warnings.some((w) => w.includes("must have required property 'uri'")));
  });

  await t.test('AP Media API picture: caption, creditline, itemid, version 0 and etag', () => {
    const { item } = onlyItem(parseSample('ninjs/ap-media-api/ap_media_picture.json', validator));
    assert.equal(item.guid, '171b16d930db49a396159714c732af9c');
    assert.equal(item.version, 0);
    assert.equal(item.etag, '171b16d930db49a396159714c732af9c_0a1aza3c0');
    assert.equal(item.type, 'picture');
    assert.equal(item.caption, 'FILE - This Sept. 22, 2018 file photo something.(Photo by John Doe/Something/AP, File)');
    assert.equal(item.credit, 'john Doe/Something/AP');
    assert.equal(item.publishable, true);
    assert.equal(item.usageTerms, 'This content is intended for editorial use only. For other uses, additional clearances may be required.');
  });

  await t.test('AP picture in ninjs 2.x: the credit is kept although the caption ends with it', () => {
    const { item } = onlyItem(parseSample('ninjs/iptc-samples-2.x/ap_image.json', validator));
    assert.equal(item.guid, 'b2b6c3f4642f46deac7509d4db315ca0');
    assert.match(item.caption ?? '', /\(DHA via AP, File\)$/);
    assert.equal(item.credit, 'ASSOCIATED PRESS');
    assert.equal(item.edNote, 'TURKEY OUT NOV. 11, 2019 FILE PHOTO');
  });

  await t.test('dpa embargo: the time, the dateline in the body and no embargo notice in it', () => {
    const { item } = onlyItem(parseSample('newsml-g2/dpa/embargoed.xml', validator));
    assert.equal(item.provider, 'dpa');
    assert.equal(item.embargoUntil instanceof Date && item.embargoUntil.toISOString(), '2025-01-23T18:00:00.000Z');
    assert.equal(item.datelinePlace, 'Berlin');
    assert.equal(item.bodyHasDateline, true);
    assert.match(item.bodyHtml, /^<p>Berlin \(dpa\) - Bundespräsident/);
    assert.doesNotMatch(item.bodyHtml, /Sperrfrist|Notizblock|<h1/);
    assert.equal(item.dek?.startsWith('Eine Ausstellung in Berlin'), true);
    assert.match(item.edNote ?? '', /^Bitte beachten Sie die Sperrfrist/);
  });

  await t.test('dpa picture correction', () => {
    const { item } = onlyItem(parseSample('newsml-g2/dpa/image.xml', validator));
    assert.equal(item.version, 4);
    assert.equal(item.isCorrection, true);
    assert.equal(item.credit, 'Steve Helber/AP/dpa');
    assert.equal(item.renditions[0].width, 2048);
  });

  await t.test('TT package: the picture association lands in pictures with its credit from the body', () => {
    const { item } = onlyItem(parseSample('newsml-g2/tt/TT_newsmlg2_sample.xml', validator));
    assert.equal(item.guid, 'http://tt.se/media/text/210919-janguillou-879f202b');
    assert.equal(item.provider, 'tt');
    assert.equal(item.pictures.length, 1);
    const [picture] = item.pictures;
    assert.equal(picture.name, 'a001');
    assert.equal(picture.guid, 'http://tt.se/media/image/sdlm1btzmKu8WU');
    assert.equal(picture.caption, 'Journalisten och författaren Jan Guillou jobbar på en ny bok om agenten Hamilton. Arkivbild.');
    assert.equal(picture.credit, 'Naina Helén Jåma/TT');
    assert.deepEqual(picture.renditions.map((r) => r.name), ['highRes', 'preview', 'remote-3', 'thumbnail']);
    assert.doesNotMatch(item.bodyHtml, /<title|<h1|class="dat"/);
  });

  await t.test('TT ninjs: association a001 with its by-line and the figure alt text', () => {
    const { item } = onlyItem(parseSample('ninjs/iptc-samples-2.x/tt_text_image_2.json', validator));
    const [picture] = item.pictures;
    assert.equal(picture.name, 'a001');
    assert.equal(picture.credit, 'Karl Melander/TT');
    assert.match(picture.alt ?? '', /^En stor internationell försvarsövning/);
    assert.equal(item.expires?.toISOString(), '2023-05-30T22:00:00.000Z');
  });

  await t.test('ANSA: +0100 offsets, sub-headline as dek, dateline after the source', () => {
    const { item } = onlyItem(parseSample('newsml-g2/ansa/ansa-newsmlg2-text.xml', validator));
    assert.equal(item.provider, 'ansa');
    assert.equal(item.versionCreated?.toISOString(), '2017-10-11T09:41:00.000Z');
    assert.equal(item.dek, 'Foreign minister expresses faith in Spanish government');
    assert.equal(item.datelinePlace, 'Rome');
    assert.equal(item.bodyHasDateline, true);
    assert.deepEqual(item.renditions, [], 'a tag: id is not a link to fetch');
  });

  await t.test('AP NewsML-G2: writethru slugline, editor note, NITF body with its dateline', () => {
    const results = parseSample('newsml-g2/ap/ap.xml', validator);
    assert.equal(results.length, 3);
    const { item } = onlyItem(results.slice(0, 1));
    assert.equal(item.provider, 'ap');
    assert.equal(item.slugline, 'BC-US--Earns-Nutrisystem, 1st Ld-Writethru');
    assert.equal(item.edNote, 'Eds: Adds full-year results.');
    assert.equal(item.datelinePlace, 'FORT WASHINGTON, Pa.');
    assert.equal(item.bodyHasDateline, true);
    assert.match(item.bodyHtml, /^<p>FORT WASHINGTON, Pa\. \(AP\) _ Nutrisystem/);
  });

  await t.test('Superdesk dialect: guid, +0000 offsets and featuremedia', () => {
    const { item } = onlyItem(parseSample('ninjs/superdesk-dialect/ninjs_embargoed.json', validator));
    assert.equal(item.guid, 'fd8e441b-a698-4411-9246-7d5de21cced9');
    assert.equal(item.version, 11);
    assert.equal(item.provider, '360info');
    assert.equal(item.embargoUntil instanceof Date && item.embargoUntil.toISOString(), '2022-06-29T02:30:00.000Z');
    assert.equal(item.versionCreated?.toISOString(), '2022-06-26T23:54:25.000Z');
    assert.equal(item.pictures[0].name, 'featuremedia');
  });

  await t.test('Getty picture: caption and creditline; local and relative renditions are not kept', () => {
    const { item } = onlyItem(parseSample('newsml-g2/iptc/LISTING_3_Photo_in_NewsML-G2.xml', validator));
    assert.equal(item.provider, 'getty');
    assert.equal(item.credit, 'Getty Images');
    assert.match(item.caption ?? '', /^A general view of part of downtown, including Las Vegas Boulevard/);
    assert.deepEqual(item.renditions, []);
  });

  await t.test('IPTC test suite: withheld and canceled; cancelled is refused', () => {
    assert.equal(onlyItem(parseSample('ninjs/iptc-test-suite/1.0/should_pass/022_pubstatus_withheld.json', validator)).item.pubStatus, 'withheld');
    assert.equal(onlyItem(parseSample('ninjs/iptc-test-suite/1.0/should_pass/023_pubstatus_canceled.json', validator)).item.pubStatus, 'canceled');
    const [cancelled] = parseSample('ninjs/iptc-test-suite/1.0/should_fail/007_pubstatus_cancelled.json', validator);
    assert.ok(!cancelled.ok);
    assert.equal(cancelled.guid, '007_pubstatus_cancelled');
  });
});
