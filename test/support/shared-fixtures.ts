import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The real agency and WordPress samples live beside the checkout, not in it;
// tests over them skip, and say so, on machines without them.
const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SHARED_FIXTURES = path.resolve(repoRoot, '../shared/fixtures');

/** Every wire sample (ninjs and NewsML-G2, schemas left out), as paths relative to SHARED_FIXTURES. */
export function wireSamples(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  return ['ninjs', 'newsml-g2']
    .flatMap((dir) => walk(path.join(SHARED_FIXTURES, dir)))
    .map((full) => path.relative(SHARED_FIXTURES, full).split(path.sep).join('/'))
    .filter((rel) => /\.(json|xml)$/.test(rel) && !rel.startsWith('ninjs/iptc-schemas/'))
    .sort();
}

/**
 * Samples that must be rejected as a whole, each for the reason given;
 * every other sample must give accepted items only.
 */
export const EXPECTED_WIRE_REJECTIONS: Readonly<Record<string, RegExp>> = {
  // British spelling: not a ninjs status. Strict on status.
  'ninjs/iptc-test-suite/1.0/should_fail/007_pubstatus_cancelled.json': /pubstatus "cancelled" is not one of usable, withheld, canceled/,
  // Schema test documents that carry nothing to publish.
  'ninjs/iptc-test-suite/1.0/should_pass/018_embargoed.json': /text item has no headline/,
  'ninjs/iptc-userguide-1.6/002_renditions_example.json': /text item has no headline/,
  'ninjs/iptc-userguide-2.2/002_renditions_example.json': /text item has no headline/,
  'newsml-g2/iptc/ap_metadata_example.xml': /video item has no headline, body or renditions/,
  // The NITF file AP links from an item; read with parseNitfDocument instead.
  'ninjs/ap-media-api/ap_media_text_nitf.xml': /NITF story file, not a wire item/,
  // Items elided with ".....", and a package whose items are all elided.
  'newsml-g2/iptc/LISTING_24_News_Message_conveying_a_complete_News_Package.xml':
    /no itemMeta \(an elided or incomplete item\)|no complete text item among them is in this document/,
  // Fragments of an item, without a guid.
  'newsml-g2/iptc/LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml': /fragment <contentSet> is not an item: it has no guid/,
  'newsml-g2/iptc/LISTING_28_Illustrating_Located_Subject_and_Dateline.xml': /fragment <contentMeta> is not an item: it has no guid/,
  // A package whose items are not in the document.
  'newsml-g2/iptc/LISTING_6_Simple_NewsML-G2_Package.xml': /no complete text item among them is in this document/,
};
