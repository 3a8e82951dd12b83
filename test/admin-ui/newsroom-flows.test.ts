import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { browserSkipReason } from '../support/browser.ts';
import { makeArticle } from '../support/factories.ts';
import { type Newsroom, screenshot, signIn, startNewsroom } from './newsroom-browser.ts';

/** A photo-like JPEG made on the spot, so the upload goes through the real image pipeline. */
async function testPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6aa6d8"/><stop offset="1" stop-color="#dbe9f5"/></linearGradient></defs>
<rect width="1600" height="900" fill="url(#s)"/><rect y="560" width="1600" height="340" fill="#3f6b3a"/>
<path d="M0 640 Q400 600 800 660 T1600 630 V700 H0Z" fill="#2f5f8f"/><circle cx="1240" cy="220" r="90" fill="#fff3b0"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

async function publicPage(newsroom: Newsroom, path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(newsroom.baseUrl + path);
  return { status: res.status, html: await res.text() };
}

/** Starts a story with headline, section, dek and body, and waits for the first autosave to give it an address. */
async function writeStory(page: Page, newsroom: Newsroom, headline: string, body: string): Promise<number> {
  await page.goto(`${newsroom.baseUrl}/admin/stories/new`);
  await page.getByLabel('Headline').fill(headline);
  await page.getByLabel('Section').selectOption({ label: 'News › Local News' });
  await page.getByLabel('Dek').fill('Crews worked through the night as the river crested two feet above flood stage.');
  await page.getByRole('textbox', { name: 'Story' }).click();
  await page.keyboard.type(body);
  await page.getByText(/^Saved as revision \d+/).waitFor();
  await page.waitForURL(/\/admin\/stories\/\d+$/);
  return Number(/\/stories\/(\d+)$/.exec(page.url())![1]);
}

async function publishedPath(page: Page): Promise<string> {
  const href = await page.getByRole('link', { name: /View on the site/ }).getAttribute('href');
  assert.ok(href, 'a published story links to its public page');
  return href;
}

describe('the newsroom in a real browser: write, publish, schedule, correct, review the wire, curate', { skip: browserSkipReason ?? false }, () => {
  let newsroom: Newsroom;
  let page: Page;
  let publishedStory: { id: number; path: string; headline: string };
  const cspViolations: string[] = [];

  before(async () => {
    newsroom = await startNewsroom('administrator');
    page = await newsroom.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    if (process.env.DEBUG_ADMIN) page.on('response', (r) => console.log('[net]', r.request().method(), r.url(), r.status()));
    page.on('console', (m) => {
      if (process.env.DEBUG_ADMIN) console.log('[browser]', m.type(), m.text());
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  });
  after(async () => {
    await newsroom?.close();
  });

  it('signs in with the one-time password, replaces it, and lands on the dashboard', async () => {
    await signIn(page, newsroom, { shots: true });
    for (const heading of ['In progress', 'Scheduled', 'Wire queue', 'Page views, last 7 days', 'Trending today']) {
      assert.ok(await page.getByRole('heading', { name: heading }).isVisible(), heading);
    }
    assert.match(await page.locator('.chart figcaption').innerText(), /page views in the last 7 days/);
    assert.ok((await page.locator('.chart table tbody tr').count()) === 7, 'seven days in the chart');
    await screenshot(page, 'dashboard');
  });

  it('writes a story with an uploaded lead image, previews it, publishes it, and the public page shows it', async () => {
    const headline = `Cedar River crests as volunteers fill sandbags ${Date.now().toString(36)}`;
    const id = await writeStory(page, newsroom, headline, 'Volunteers filled more than 4,000 sandbags on Tuesday along the east bank.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Heading', exact: true }).click();
    await page.keyboard.type('Where to get help');
    await page.getByText(/^Saved as revision \d+/).waitFor();

    await page.setInputFiles('#lead-upload', { name: 'cedar-river.jpg', mimeType: 'image/jpeg', buffer: await testPhoto() });
    await page.getByText('cedar-river.jpg uploaded.').waitFor().catch(async (e: unknown) => {
      throw new Error(`upload: ${await page.locator('.lead-image').innerText()}`, { cause: e });
    });
    await page.locator('.lead-image summary').click();
    await page.getByLabel('Alt text').fill('Sandbags stacked along the swollen Cedar River under a clear sky');
    await page.getByLabel('Caption').fill('Volunteers stacked sandbags along the east bank on Tuesday.');
    await page.getByLabel('Credit').fill('Dana Whitfield / Newsroom');
    await page.locator('.lead-image .focal-frame').click({ position: { x: 60, y: 40 } });
    await page.getByRole('button', { name: 'Save picture details' }).click();
    await page.getByText('Picture details saved.').waitFor();
    await page.getByText(/^Saved as revision \d+/).waitFor();
    await screenshot(page, 'story-editor');

    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.frameLocator('iframe[title="Public page preview"]');
    await preview.getByRole('heading', { level: 1, name: headline }).waitFor();
    assert.ok(await preview.locator('figure figcaption').filter({ hasText: 'Volunteers stacked sandbags' }).count());
    await screenshot(page, 'story-preview');
    await page.getByRole('button', { name: 'Close' }).click();

    assert.equal((await publicPage(newsroom, `/news/local/`)).html.includes(headline), false, 'a draft is not on the site');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.locator('.publish .badge', { hasText: 'Published' }).waitFor();
    const path = await publishedPath(page);
    const live = await publicPage(newsroom, path);
    assert.equal(live.status, 200);
    assert.ok(live.html.includes(`<h1>${headline}</h1>`), 'headline on the public page');
    assert.match(live.html, /alt="Sandbags stacked along the swollen Cedar River under a clear sky"/);
    assert.match(live.html, /Volunteers stacked sandbags along the east bank on Tuesday\./);
    assert.match(live.html, /Dana Whitfield \/ Newsroom/);
    assert.match(live.html, /<h2>Where to get help<\/h2>/);
    assert.ok((await publicPage(newsroom, '/')).html.includes(headline), 'the front lists the new story');
    publishedStory = { id, path, headline };
  });

  it('schedules a story: not public before its time, public after', async () => {
    const headline = `County fair opens gates Friday with new livestock barn ${Date.now().toString(36)}`;
    await writeStory(page, newsroom, headline, 'The fair runs through Sunday; parking is free before 10 a.m.');
    // Written as text: the browser reads it in its own time zone, and nothing the test runner adds to functions reaches it.
    const inTwoHours = await page.evaluate<string>(`(() => {
      const d = new Date(Date.now() + 2 * 3600000);
      const pad = (n) => String(n).padStart(2, '0');
      return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes());
    })()`);
    await page.getByLabel('Publish at').fill(inTwoHours);
    await page.getByRole('button', { name: 'Schedule' }).click();
    await page.locator('.publish .badge', { hasText: 'Scheduled' }).waitFor();
    assert.match(await page.locator('.publish').innerText(), /goes live/);
    await screenshot(page, 'story-scheduled');

    const story = (await (await fetch(`${newsroom.baseUrl}/api/v1/articles?limit=50`)).json()) as { data?: { headline: string }[] };
    assert.ok(!(story.data ?? []).some((a) => a.headline === headline), 'not in the content API before its time');
    assert.ok(!(await publicPage(newsroom, '/')).html.includes(headline), 'not on the front before its time');

    newsroom.site.t.clock.advance(3 * 3600_000);
    assert.ok((await publicPage(newsroom, '/')).html.includes(headline), 'on the front once its time has come');
    await page.reload();
    await page.locator('.publish .badge', { hasText: 'Published' }).waitFor();
  });

  it('corrects a published story; the public page shows the Updated line and the correction', async () => {
    assert.ok(publishedStory, 'the publishing test ran first');
    newsroom.site.t.clock.advance(20 * 60_000);
    await page.goto(`${newsroom.baseUrl}/admin/stories/${publishedStory.id}`);
    await page.getByRole('textbox', { name: 'Story' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Officials said the levee held overnight.');
    await page.getByText(/this story is live, so save them in Publishing/).waitFor();
    await page.getByLabel('Note to readers').selectOption('correction');
    await page.getByLabel('What was wrong and what is right').fill('An earlier version misstated the number of sandbags: it was 4,000, not 400.');
    await screenshot(page, 'story-correction');
    await page.getByRole('button', { name: 'Publish correction' }).click();
    await page.locator('.publish .badge', { hasText: 'Updated' }).waitFor();

    const live = await publicPage(newsroom, publishedStory.path);
    assert.match(live.html, /Updated: <time/);
    assert.match(live.html, /<strong>Correction:<\/strong> An earlier version misstated the number of sandbags/);
    assert.match(live.html, /Officials said the levee held overnight\./);

    await page.getByRole('button', { name: /Compare/ }).first().click();
    await page.locator('.diff ins', { hasText: 'Officials said the levee held overnight.' }).first().waitFor();
    await screenshot(page, 'story-revisions');
  });

  it('reviews held wire stories: publishes one, discards another', async () => {
    const held = async (headline: string, guid: string) =>
      makeArticle(
        newsroom.site.t.ctx,
        { headline, bodyHtml: '<p>DES MOINES (PWS) — State officials said Tuesday the grant program would expand.</p>' },
        { status: 'draft', origin: { kind: 'wire', provider: 'pws', guid, version: 1, etag: null } },
      );
    const keep = await held(`State expands rural broadband grants ${Date.now().toString(36)}`, `urn:test:keep:${Date.now()}`);
    const drop = await held(`Markets close mixed ahead of holiday ${Date.now().toString(36)}`, `urn:test:drop:${Date.now()}`);
    await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Wire queue' }).click();
    await page.getByRole('heading', { level: 2, name: keep.headline }).waitFor();
    const item = page.locator('.wire-list > li', { has: page.getByRole('heading', { name: keep.headline }) });
    await item.locator('summary').click();
    await item.getByText(/grant program would expand/).waitFor();
    await screenshot(page, 'wire-queue-review');

    await page.getByRole('button', { name: `Publish “${keep.headline}”` }).click();
    await page.getByText(`Published “${keep.headline}”.`).waitFor();
    await page.getByRole('button', { name: `Discard “${drop.headline}”` }).click();
    await page.getByRole('button', { name: 'Yes, discard' }).click();
    await page.getByText(`Discarded “${drop.headline}”.`).waitFor();
    assert.equal(await page.getByRole('heading', { level: 2, name: drop.headline }).count(), 0);
    assert.ok((await publicPage(newsroom, '/')).html.includes(keep.headline), 'the published wire story is on the front');
    assert.ok(!(await publicPage(newsroom, '/')).html.includes(drop.headline), 'the discarded one is not');
  });

  it('reorders Don’t Miss by drag and drop and by keyboard; the front follows', async () => {
    const railOrder = async () => {
      const html = (await publicPage(newsroom, '/')).html;
      const rail = /<h2[^>]*>Don’t Miss<\/h2>([\s\S]*?)<\/ul>/.exec(html);
      assert.ok(rail, 'the front has a Don’t Miss rail');
      return [...rail[1].matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1].replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
    };
    await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Curated lists' }).click();
    await page.getByRole('link', { name: 'Don’t Miss' }).click();
    const items = page.locator('ol.sortable > li');
    await items.first().waitFor();
    const before = await railOrder();
    const firstTitle = (await items.nth(0).locator('.entry-title a').innerText()).trim();
    const secondTitle = (await items.nth(1).locator('.entry-title a').innerText()).trim();
    assert.equal(before[0], firstTitle, 'the rail shows the list in order');

    await items.nth(1).dragTo(items.nth(0));
    await page.getByText(`“${secondTitle}” moved to position 1`).waitFor();
    const afterDrag = await railOrder();
    assert.deepEqual(afterDrag.slice(0, 2), [secondTitle, firstTitle], 'the front follows the dragged order');
    await screenshot(page, 'curated-list');

    await items.nth(0).getByRole('button', { name: /^Down/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`“${secondTitle}” moved to position 2`).waitFor();
    assert.deepEqual((await railOrder()).slice(0, 2), [firstTitle, secondTitle], 'the keyboard move is on the front too');
  });

  it('ran every screen above without a Content Security Policy violation', () => {
    assert.deepEqual(cspViolations, []);
  });
});
