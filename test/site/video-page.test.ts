import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderVideoPage } from '../../src/site/pages/video-page.ts';
import * as f from './factories.ts';
import { element, metaContent, startTags, text } from './html-inspect.ts';

const chrome = f.buildChrome();

describe('video page', () => {
  const video = f.buildVideoView();
  const doc = renderVideoPage(chrome, video, f.buildRails());
  const player = element(doc, /<video\b/);

  it('plays in the native player with a poster and never autoplays', () => {
    const tag = startTags(player, 'video')[0];
    assert.equal(tag.attrs.get('poster'), video.poster!.src);
    assert.equal(tag.attrs.has('controls'), true);
    assert.equal(tag.attrs.has('autoplay'), false);
    assert.equal(tag.attrs.get('preload'), 'none');
    assert.equal(tag.attrs.get('width'), '1280');
    assert.equal(tag.attrs.get('height'), '720');
  });

  it('offers every source in order, with captions', () => {
    assert.deepEqual(
      startTags(player, 'source').map((s) => [s.attrs.get('src'), s.attrs.get('type')]),
      video.sources.map((s) => [s.url, s.mimeType]),
    );
    const track = startTags(player, 'track')[0];
    assert.deepEqual(
      ['kind', 'src', 'srclang', 'label'].map((k) => track.attrs.get(k)),
      ['captions', video.tracks[0].url, 'en', 'English'],
    );
  });

  it('links the MP4 for browsers that cannot play any source', () => {
    assert.match(text(player), /Your browser cannot play this video\. Download the video\./);
    assert.ok(startTags(player, 'a').some((a) => a.attrs.get('href') === video.sources[1].url));
  });

  it('shows the title, date, running time, section and description', () => {
    assert.equal(text(element(doc, /<h1>/)), video.title);
    const meta = text(element(doc, /<p class="meta"><time/));
    assert.match(meta, /^March 11, 2024 at 5:30\s?PM CDT Running time 1:35 · News$/u);
    assert.ok(doc.includes(`<p>${video.description}</p>`));
  });

  it('is shared as a video and announced as one to social networks', () => {
    assert.match(text(element(doc, /<section class="share">/)), /^Share this video /);
    assert.deepEqual(metaContent(doc, 'og:type'), ['video.other']);
    assert.deepEqual(metaContent(doc, 'og:image'), [`${f.BASE_URL}${video.poster!.src}`]);
  });

  it('lists more videos under the player and keeps the rail free of a second video list', () => {
    const more = element(doc, /<section class="block">/);
    assert.deepEqual(
      [...more.matchAll(/<h3>([\s\S]*?)<\/h3>/g)].map((m) => text(m[1])),
      video.moreVideos.map((v) => v.title),
    );
    assert.equal(element(doc, /<aside\b/).includes('Recent Videos'), false);
  });

  it('reserves a 16:9 box when there is no poster', () => {
    const bare = renderVideoPage(chrome, f.buildVideoView({ poster: null }), f.EMPTY_RAILS);
    const tag = startTags(bare, 'video')[0];
    assert.equal(tag.attrs.has('poster'), false);
    assert.deepEqual([tag.attrs.get('width'), tag.attrs.get('height')], ['1280', '720']);
  });
});
