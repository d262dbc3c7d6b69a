// "Never mark this here", as a reader does it: mute Alibaba on the article's site from the popup, see the marks go,
// find the mute on the options page, unmute it there, and see the marks come back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, marksOn, tabIdOf, waitForBundledPacks, type ExtensionBrowser } from './browser';
import { serve, type StaticServer } from './serve';

let browser: ExtensionBrowser;
let server: StaticServer;
let article: Page;
let popup: Page;
const host = '127.0.0.1';
const errors: string[] = [];

/** The marked texts that are Alibaba's: its name and its ticker. */
const alibabaMarks = async () => (await marksOn(article)).filter((m) => /Alibaba|BABA/.test(m.text)).map((m) => m.text);

/** Polls outside a test (expect.poll only runs inside one). */
async function until(check: () => Promise<boolean>, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeout} ms: ${check}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

beforeAll(async () => {
  server = await serve();
  browser = await launch();
  await waitForBundledPacks(browser);
  article = await browser.context.newPage();
  await article.goto(`${server.origin}/seed.html`);
  await until(async () => (await alibabaMarks()).includes('NYSE:BABA'), 20_000);
  popup = await browser.context.newPage();
  popup.on('pageerror', (error) => errors.push(error.message));
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(browser.extensionUrl(`src/popup/index.html?tab=${await tabIdOf(browser, article)}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens Alibaba from the popup's list of what the page mentions, or, with `search`, from a search. */
async function openAlibaba(page: Page, how: 'list' | 'search'): Promise<void> {
  if (how === 'search') await page.getByRole('searchbox').fill('Alibaba Group');
  const results = how === 'search' ? page.locator('.search-results') : page.locator('.page-entities');
  await results
    .getByRole('button', { name: /Alibaba Group Holding/ })
    .first()
    .click();
  await expect
    .poll(() => page.locator('#entity-name').textContent(), { timeout: 10_000 })
    .toMatch(/Alibaba Group Holding/);
}

test('in the popup, “Don’t mark Alibaba on 127.0.0.1” mutes it there and says so', async () => {
  await openAlibaba(popup, 'list');
  const muteHere = popup.getByRole('button', { name: new RegExp(`^Don’t mark Alibaba Group Holding.* on ${host}$`) });
  await expect.poll(() => muteHere.isVisible(), { timeout: 10_000 }).toBe(true);
  expect(await popup.getByRole('button', { name: /^Don’t mark Alibaba Group Holding.* anywhere$/ }).count()).toBe(1);
  await popup.screenshot({ path: '/tmp/mute-popup-entity.png', fullPage: true });

  await muteHere.click();
  await expect.poll(() => popup.locator('.mute-state').textContent()).toMatch(`Not marked on ${host}.`);
  // The pressed button is gone; focus lands on its undo, not on the page's body.
  await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Mark again');
  await popup.screenshot({ path: '/tmp/mute-popup-muted.png', fullPage: true });
});

const otherMarks = async () => (await marksOn(article)).filter((m) => !/Alibaba|BABA/.test(m.text)).length;

test('the page loses Alibaba’s marks at once, and keeps the others', async () => {
  await expect.poll(alibabaMarks, { timeout: 15_000 }).toEqual([]);
  expect(await otherMarks()).toBeGreaterThan(0);
});

test('reloaded, the page is scanned without Alibaba: the background mutes it by the page’s host', async () => {
  await article.reload();
  await expect.poll(otherMarks, { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await alibabaMarks()).toEqual([]);
  const report = await browser.send<{ entities: { card: { name: string } }[] }>('page/report', {
    tabId: await tabIdOf(browser, article),
  });
  expect(report.entities.map((e) => e.card.name).join()).not.toMatch(/Alibaba/);
});

test('the options page lists the mute with its site; Unmute takes it off the list', async () => {
  const options = await browser.context.newPage();
  options.on('pageerror', (error) => errors.push(error.message));
  await options.goto(browser.extensionUrl('src/options/index.html'));
  const rows = options.locator('.mute-list li');
  await expect
    .poll(() => rows.allTextContents(), { timeout: 10_000 })
    .toEqual([expect.stringMatching(new RegExp(`^Alibaba Group Holding.* on ${host}Unmute$`))]);
  await options.locator('#muted').screenshot({ path: '/tmp/mute-options.png' });

  await options.getByRole('button', { name: new RegExp(`^Unmute Alibaba Group Holding.* on ${host}$`) }).click();
  await expect.poll(() => rows.count()).toBe(0);
  expect(await options.locator('#muted').textContent()).toMatch(/Every name Backstory knows is marked/);
  await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('muted-heading');
  await options.close();
});

test('Alibaba’s marks come back on the page', async () => {
  await expect.poll(alibabaMarks, { timeout: 15_000 }).toContain('NYSE:BABA');
});

test('“anywhere” from the popup mutes it on every site, and “Mark again” lifts it', async () => {
  // From a search: the list of what the page mentions depends on the tests before.
  await popup.reload();
  await openAlibaba(popup, 'search');
  await popup.getByRole('button', { name: /^Don’t mark Alibaba Group Holding.* anywhere$/ }).click();
  await expect.poll(() => popup.locator('.mute-state').textContent()).toMatch('Not marked anywhere.');
  const list = await browser.send<{ mutedEntities: string[]; mutedOnSites: object }>('settings/get');
  expect(list.mutedEntities).toHaveLength(1);
  expect(list.mutedOnSites).toEqual({});

  await popup.getByRole('button', { name: 'Mark again' }).click();
  await expect
    .poll(() => popup.getByRole('button', { name: new RegExp(`on ${host}$`) }).count(), { timeout: 10_000 })
    .toBe(1);
  expect((await browser.send<{ mutedEntities: string[] }>('settings/get')).mutedEntities).toEqual([]);
  expect(errors).toEqual([]);
});
