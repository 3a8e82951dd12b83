import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captionIncludesCredit, renderFigure } from '../../src/site/components/figure.ts';
import { buildImage, CAPTION } from './factories.ts';
import { element, startTags, text } from './html-inspect.ts';

describe('captionIncludesCredit', () => {
  it('finds a credit the caption ends with, in parentheses or not', () => {
    assert.equal(captionIncludesCredit(CAPTION, 'Mapleton Public Library via AP'), true);
    assert.equal(captionIncludesCredit('Crowds gather downtown. Photo: Lee Ortiz', 'Photo: Lee Ortiz'), true);
    assert.equal(captionIncludesCredit('Crowds gather downtown (Lee Ortiz/Prairie Seven).', 'lee ortiz/prairie  seven'), true);
  });

  it('finds a short credit named inside the trailing parenthetical', () => {
    assert.equal(captionIncludesCredit('The mayor speaks. (AP Photo/Jane Doe)', 'AP'), true);
    assert.equal(captionIncludesCredit('The mayor speaks. (AP Photo/Jane Doe)', 'AP Photo'), true);
  });

  it('does not mistake part of a word, or an earlier parenthetical, for the credit', () => {
    assert.equal(captionIncludesCredit('Flags at the CAPITOL (Station photo)', 'AP'), false);
    assert.equal(captionIncludesCredit('Officials (AP) met on Monday in Fargo.', 'AP'), false);
    assert.equal(captionIncludesCredit('The mayor speaks.', 'Jane Doe'), false);
  });
});

describe('renderFigure', () => {
  const image = buildImage('river', { alt: 'The river at dawn' });

  it('puts caption and credit in the figcaption as separate elements', () => {
    const out = renderFigure({ image, caption: 'The river at dawn on Monday.', credit: 'Lee Ortiz' }).toString();
    const cap = element(out, /<figcaption>/);
    assert.equal(text(element(cap, /<span class="caption">/)), 'The river at dawn on Monday.');
    assert.equal(text(element(cap, /<span class="credit">/)), 'Lee Ortiz');
  });

  it('shows a credit alone when there is no caption, and no figcaption when there is neither', () => {
    const creditOnly = renderFigure({ image, caption: null, credit: 'Lee Ortiz' }).toString();
    assert.equal(text(element(creditOnly, /<figcaption>/)), 'Lee Ortiz');
    assert.equal(renderFigure({ image, caption: null, credit: null }).toString().includes('figcaption'), false);
    assert.equal(renderFigure({ image, caption: '  ', credit: ' ' }).toString().includes('figcaption'), false);
  });

  it('lazy-loads unless it is the page\'s lead image', () => {
    const lazy = startTags(renderFigure({ image, caption: null, credit: null }).toString(), 'img')[0];
    assert.equal(lazy.attrs.get('loading'), 'lazy');
    const lead = startTags(renderFigure({ image, caption: null, credit: null }, { loading: 'priority' }).toString(), 'img')[0];
    assert.equal(lead.attrs.get('fetchpriority'), 'high');
    assert.equal(lead.attrs.has('loading'), false);
  });
});
