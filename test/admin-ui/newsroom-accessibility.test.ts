import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSkipReason } from '../support/browser.ts';
import { type Newsroom, screenshot, seriousViolations, signIn, startNewsroom } from './newsroom-browser.ts';

/** Every main screen, by the heading it opens with. */
const SCREENS: readonly { path: string; heading: string; shot: string }[] = [
  { path: '/', heading: 'Dashboard', shot: 'dashboard-admin' },
  { path: '/stories', heading: 'Stories', shot: 'stories' },
  { path: '/stories?source=wire&status=published', heading: 'Stories', shot: 'stories-filtered' },
  { path: '/stories/new', heading: 'New story', shot: 'story-new' },
  { path: '/wire', heading: 'Wire queue', shot: 'wire-queue' },
  { path: '/lists', heading: 'Curated lists', shot: 'lists' },
  { path: '/videos', heading: 'Videos', shot: 'videos' },
  { path: '/series', heading: 'Series', shot: 'series' },
  { path: '/media', heading: 'Media library', shot: 'media-library' },
  { path: '/users', heading: 'Users', shot: 'users' },
  { path: '/tokens', heading: 'API tokens', shot: 'tokens' },
  { path: '/settings', heading: 'Site settings', shot: 'settings' },
  { path: '/account', heading: 'Your account', shot: 'account' },
];

async function open(page: Page, newsroom: Newsroom, path: string, heading: string): Promise<void> {
  await page.goto(`${newsroom.baseUrl}/admin${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  // Lists load after the heading; wait until no screen still says it is loading.
  await page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

describe('the newsroom is usable by keyboard, screen reader and narrow window', { skip: browserSkipReason ?? false }, () => {
  let newsroom: Newsroom;
  let page: Page;

  before(async () => {
    newsroom = await startNewsroom('administrator');
    // The newsroom's CSP rightly refuses injected scripts; the checker is let in by the browser, not by the app.
    page = await newsroom.browser.newPage({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    await signIn(page, newsroom);
  });
  after(async () => {
    await newsroom?.close();
  });

  it('every main screen passes axe-core with no serious or critical violations', async () => {
    const found: Record<string, string[]> = {};
    for (const screen of SCREENS) {
      await open(page, newsroom, screen.path, screen.heading);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[screen.path] = violations;
      await screenshot(page, screen.shot);
    }
    await open(page, newsroom, '/lists', 'Curated lists');
    await page.getByRole('link', { name: 'Don’t Miss' }).click();
    await page.locator('ol.sortable > li').first().waitFor();
    found['list editor'] = await seriousViolations(page);
    await open(page, newsroom, '/stories?source=wire', 'Stories');
    await page.locator('table.stories a').first().click();
    await page.getByRole('heading', { level: 1, name: 'Edit story' }).waitFor();
    await page.getByRole('heading', { name: 'Revisions' }).waitFor();
    found['story editor'] = await seriousViolations(page);
    await page.getByRole('button', { name: 'Choose from library' }).or(page.getByRole('button', { name: 'Replace from library' })).click();
    await page.locator('.media-grid li').first().waitFor();
    found['image picker'] = await seriousViolations(page);
    await screenshot(page, 'image-picker');
    await page.keyboard.press('Escape');
    assert.deepEqual(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0)), {});
  });

  it('works from the keyboard: skip link, navigation, focus on the new screen, toolbar arrows', async () => {
    await open(page, newsroom, '/', 'Dashboard');
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Dashboard', 'a new screen starts at its heading');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'New story', 'Tab goes on into the screen, not back through the menu');
    const first = await page.evaluate("document.querySelector('a[href], button, input, select, textarea').textContent");
    assert.equal(first, 'Skip to content', 'the skip link is the first thing Tab reaches on a fresh load');
    const nav = page.getByRole('navigation', { name: 'Newsroom' });
    await nav.getByRole('link', { name: 'Stories' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Stories' }).waitFor();
    assert.equal(await page.evaluate('document.activeElement.tagName + " " + document.activeElement.textContent'), 'H1 Stories', 'focus moves to the new screen');
    assert.equal(await nav.getByRole('link', { name: 'Stories' }).getAttribute('aria-current'), 'page');

    await open(page, newsroom, '/stories/new', 'New story');
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    await toolbar.getByRole('button', { name: 'Bold' }).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Italic', 'arrow keys move along the toolbar');
    assert.equal(await toolbar.locator('button[tabindex="0"]').count(), 1, 'the toolbar is one tab stop');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.getAttribute("role")'), 'textbox', 'Tab goes from the toolbar to the text');
  });

  it('fits a 390-pixel window: one column, navigation behind a Menu button, no sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const screen of [SCREENS[0], SCREENS[1], SCREENS[3], SCREENS[8]]) {
      await open(page, newsroom, screen.path, screen.heading);
      const overflow = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      assert.ok(overflow <= 390, `${screen.path} is ${overflow}px wide in a 390px window`);
      assert.deepEqual(await seriousViolations(page), [], `${screen.path} at 390px`);
      await screenshot(page, `narrow-${screen.shot}`);
    }
    const menu = page.getByRole('button', { name: 'Menu' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('navigation', { name: 'Newsroom' }).isVisible(), false, 'the navigation is folded away');
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Wire queue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wire queue' }).waitFor();
    assert.equal(await page.getByRole('navigation', { name: 'Newsroom' }).isVisible(), false, 'the menu closes after a choice');
    await screenshot(page, 'narrow-wire-queue');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
