import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { startDemoSite } from '../support/demo-site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe('public pages in a real browser', { skip: browserSkipReason ?? false }, () => {
  let site: Awaited<ReturnType<typeof startDemoSite>>;
  let browser: Browser;
  const pages: Record<string, string> = {};

  before(async () => {
    site = await startDemoSite();
    browser = await launchBrowser();
    const home = await (await fetch(`${site.baseUrl}/`)).text();
    const pick = (re: RegExp) => {
      const m = re.exec(home);
      assert.ok(m, `home links to ${re}`);
      return m[1];
    };
    Object.assign(pages, {
      home: '/',
      'wire story': pick(/href="(\/news\/national-world\/[a-z0-9-]+\/)"/),
      section: '/news/',
      'video hub': '/video/',
      video: pick(/href="(\/video\/[a-z0-9-]+\/)"/),
      series: '/series/daily-pledge/',
      search: '/search?q=council',
      'not found': '/no-such-page/',
    });
    const article = await (await fetch(site.baseUrl + pages['wire story'])).text();
    pages.tag = /href="(\/tag\/[a-z0-9-]+\/)"/.exec(article)![1];
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('every main page type passes axe-core with no serious or critical violations', async () => {
    // The page's CSP rightly refuses injected scripts; the checker is let in by the browser, not by the site.
    const page = await browser.newPage({ bypassCSP: true });
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(site.baseUrl + path);
      await page.addScriptTag({ content: axeSource });
      const violations = (await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        });
        return result.violations;
      })) as AxeViolation[];
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(
        serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
        [],
        `${name} (${path})`,
      );
    }
    await page.close();
  });

  it('every main page type is valid HTML as served', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    for (const [name, path] of Object.entries(pages)) {
      const res = await fetch(site.baseUrl + path);
      const report = await validator.validateString(await res.text());
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
      assert.deepEqual(messages, [], `${name} (${path})`);
    }
  });

  it('the wire story shows every part of the reference page', async () => {
    const page = await browser.newPage();
    await page.goto(site.baseUrl + pages['wire story']);
    const text = await page.locator('main').innerText();
    assert.match(text, /Posted:/);
    assert.match(text, /[A-Z][A-Z ,.]+ \(PWS\) —/, 'dateline with source');
    assert.match(text, /Copyright 2026 Prairie Wire Service\. All rights reserved\./);
    assert.match(text, /may not be published, broadcast, rewritten or redistributed/);
    assert.match(text, /Share this story/);
    assert.ok(await page.locator('figure figcaption').count());
    assert.ok(await page.locator('time[datetime]').count());
    const aside = await page.locator('body').innerText();
    for (const heading of ['Recent Videos', 'Trending Stories', 'Don’t Miss', 'Daily Pledge']) assert.ok(aside.includes(heading), heading);
    assert.ok(await page.locator('a', { hasText: 'More Video' }).count());
    assert.ok(await page.locator('a', { hasText: 'More Daily Pledge' }).count());
    assert.ok(await page.locator('img[alt^="Thumbnail for the video titled"]').count());
    const scripts = await page.locator('script[src]').count();
    assert.equal(scripts, 0, 'no script files, let alone third-party ones');
    await page.close();
  });
});
