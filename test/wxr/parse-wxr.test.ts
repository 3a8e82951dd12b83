import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWxr } from '../../src/wxr/parse-wxr.ts';
import { fixtureText } from './wxr-fixtures.ts';

describe('WXR parsing', () => {
  it('reads the site, authors, nested categories and every item', () => {
    const doc = parseWxr(fixtureText('prairie-classic.xml'));
    assert.deepEqual(doc.site, { title: 'Prairie Gazette', url: 'https://gazette.example.org', language: 'en-US', wxrVersion: '1.2' });
    assert.deepEqual(doc.authors, [{ login: 'mreyes', displayName: 'Maria Reyes', email: 'mreyes@gazette.example.org', description: 'Covers city hall.' }]);
    assert.deepEqual(doc.categories.find((c) => c.nicename === 'local'), {
      termId: 3, nicename: 'local', name: 'Local News', parent: 'news', description: 'Stories from <b>our</b> county.',
    });
    assert.equal(doc.items.length, 12);
    const post = doc.items[0];
    assert.equal(post.postId, 101);
    assert.equal(post.postType, 'post');
    assert.equal(post.status, 'publish');
    assert.equal(post.creator, 'mreyes');
    assert.equal(post.postDateGmt, '2024-05-14 15:30:00');
    assert.match(post.contentHtml, /^<strong>\[dropcap\]T\[\/dropcap\]he city council/);
    assert.equal(post.excerptHtml, 'The <em>Main Street</em> bridge gets fixed.');
    assert.equal(post.meta.get('_thumbnail_id'), '20');
    assert.equal(post.commentCount, 2);
    assert.deepEqual(post.terms.map((t) => `${t.domain}:${t.nicename}`), [
      'category:local', 'category:politics', 'post_tag:council', 'post_tag:bridges', 'post_format:post-format-standard',
    ]);
  });

  it('reads "no time" as null and keeps the site-local time', () => {
    const draft = parseWxr(fixtureText('prairie-classic.xml')).items.find((i) => i.postId === 103)!;
    assert.equal(draft.postDateGmt, null);
    assert.equal(draft.postDate, '2024-05-20 09:00:00');
  });

  it('matches the https export namespaces of WordPress.com as well', () => {
    const doc = parseWxr(fixtureText('prairie-blocks.xml'));
    assert.equal(doc.site.url, 'https://blocks.example.org');
    assert.equal(doc.items[0].excerptHtml, 'Hail damage in pictures.');
    assert.match(doc.items[0].contentHtml, /^<!-- wp:paragraph/);
    assert.equal(doc.items[1].postParent, 7);
  });

  it('refuses DTDs and entity declarations before parsing', () => {
    assert.throws(() => parseWxr(fixtureText('entity-bomb.xml')), { code: 'invalid-input', message: /DOCTYPE/ });
  });

  it('refuses malformed XML and documents that are not WordPress exports', () => {
    assert.throws(() => parseWxr('<rss><channel><item></channel></rss>'), { code: 'invalid-input' });
    assert.throws(() => parseWxr('<feed xmlns="http://www.w3.org/2005/Atom"/>'), { code: 'invalid-input', message: /not a WordPress export/ });
  });
});
