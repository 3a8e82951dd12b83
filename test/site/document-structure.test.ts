import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as f from './factories.ts';
import { element, startTags, text } from './html-inspect.ts';
import { renderEveryPage } from './render-all.ts';

/** Heading levels in document order. */
function headingLevels(doc: string): number[] {
  return [...doc.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
}

describe('document structure on every page', () => {
  for (const [page, doc] of Object.entries(renderEveryPage())) {
    describe(page, () => {
      it('has a language, a skip link to main, and the landmarks', () => {
        assert.equal(startTags(doc, 'html')[0].attrs.get('lang'), 'en-US');
        const skip = startTags(doc, 'a')[0];
        assert.equal(skip.attrs.get('class'), 'skip-link');
        assert.equal(skip.attrs.get('href'), '#main');
        assert.equal(startTags(doc, 'main').map((m) => m.attrs.get('id')).join(), 'main');
        for (const landmark of ['header', 'nav', 'footer']) assert.ok(startTags(doc, landmark).length > 0, landmark);
      });

      it('has one h1, first, and never skips a heading level', () => {
        const levels = headingLevels(doc);
        assert.equal(levels.filter((l) => l === 1).length, 1);
        assert.equal(levels[0], 1);
        levels.forEach((l, i) => assert.ok(i === 0 || l <= levels[i - 1] + 1, `h${levels[i - 1]} then h${l}`));
      });

      it('labels every form control and every navigation region', () => {
        const labelled = new Set(startTags(doc, 'label').map((l) => l.attrs.get('for')));
        for (const input of startTags(doc, 'input')) assert.ok(labelled.has(input.attrs.get('id')), input.source);
        for (const nav of startTags(doc, 'nav')) assert.ok(nav.attrs.get('aria-label'), nav.source);
        const labels = startTags(doc, 'nav').map((n) => n.attrs.get('aria-label'));
        assert.equal(new Set(labels).size, labels.length);
      });
    });
  }

  it('pages with a side column put it in an aside after main', () => {
    const doc = renderEveryPage().article;
    assert.ok(doc.indexOf('<aside') > doc.indexOf('</main>'));
    assert.equal(startTags(doc, 'aside')[0].attrs.get('aria-label'), 'More from Prairie Seven News');
  });
});

describe('site chrome', () => {
  it('shows the logo as the home link, named for the station', () => {
    const doc = renderEveryPage().home;
    const brand = element(doc, /<a class="brand"/);
    assert.equal(startTags(brand, 'img')[0].attrs.get('alt'), 'Prairie Seven News');
  });

  it('shows the station name as text without a logo', () => {
    const doc = renderEveryPage(f.buildChrome({ logo: null })).home;
    assert.equal(text(element(doc, /<a class="brand"/)), 'Prairie Seven News');
  });

  it('footer has the year in the station zone, sections and social links', () => {
    // 04:30 UTC on New Year's Day is still the old year in Chicago.
    const doc = renderEveryPage(f.buildChrome({ now: new Date('2025-01-01T04:30:00Z') })).home;
    const footer = element(doc, /<footer class="site-footer">/);
    assert.match(text(footer), /© 2024 Prairie Seven News\. All rights reserved\./);
    assert.deepEqual(
      startTags(footer, 'a').filter((a) => a.attrs.get('rel') === 'me').map((a) => a.attrs.get('href')),
      ['https://www.facebook.com/prairieseven', 'https://x.com/prairieseven'],
    );
  });
});
