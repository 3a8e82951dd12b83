import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { addUser } from '../../src/accounts/add-user.ts';
import { SYSTEM_ACTOR } from '../../src/domain/actor.ts';
import type { Role } from '../../src/domain/roles.ts';
import { launchBrowser } from '../support/browser.ts';
import { startDemoSite } from '../support/demo-site.ts';

/** Where the tests leave pictures of the main screens for people to review. */
export const SCREENSHOT_DIR = new URL('../../test-results/admin-screens/', import.meta.url).pathname;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Newsroom {
  readonly site: Awaited<ReturnType<typeof startDemoSite>>;
  readonly browser: Browser;
  readonly baseUrl: string;
  readonly email: string;
  /** The one-time password the accounts service gave; replaced at first sign-in. */
  readonly oneTimePassword: string;
  close(): Promise<void>;
}

/** The demo newsroom on a real port, a browser, and one account opened the way an administrator opens one. */
export async function startNewsroom(role: Role = 'administrator'): Promise<Newsroom> {
  if (!existsSync(new URL('../../admin/dist/index.html', import.meta.url))) {
    throw new Error('the newsroom app is not built: run npm run build:admin (npm install and npm ci build it too)');
  }
  const site = await startDemoSite();
  const browser = await launchBrowser();
  const email = `dana.${role}@newsroom.test`;
  const { oneTimePassword } = await addUser(site.t.ctx, SYSTEM_ACTOR, { email, role, name: 'Dana Whitfield' });
  return {
    site, browser, baseUrl: site.baseUrl, email, oneTimePassword,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

export const NEW_PASSWORD = 'cedar-river-morning-desk';

/** Signs in through the sign-in screen, replacing the one-time password when asked to. */
export async function signIn(page: Page, newsroom: Newsroom, options: { shots?: boolean } = {}): Promise<void> {
  await page.goto(`${newsroom.baseUrl}/admin/`);
  await page.getByLabel('Email').fill(newsroom.email);
  await page.getByLabel('Password', { exact: true }).fill(newsroom.oneTimePassword);
  if (options.shots) await screenshot(page, 'sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Choose your password' }).waitFor();
  await page.getByLabel('One-time password').fill(newsroom.oneTimePassword);
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('New password again').fill(NEW_PASSWORD);
  if (options.shots) await screenshot(page, 'choose-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Sticky navigation is drawn where the window was scrolled to; from the top, the whole screen reads as people see it.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical findings on the page as it is now, one
 * line each. The page must have been opened with `bypassCSP`: the
 * newsroom's CSP rightly refuses the injected checker.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
