// The popup as a reader uses it: the seed article's entities, Alibaba's backstory, search; light and dark.
/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, marksOn, waitForBundledPacks, type ExtensionBrowser } from './browser';
import { serve, type StaticServer } from './serve';

let browser: ExtensionBrowser;
let server: StaticServer;
let popup: Page;
const errors: string[] = [];

/** Polls outside a test (expect.poll only runs inside one). */
async function until(check: () => Promise<boolean>, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeout} ms: ${check}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * The id of the tab whose page the background has a report for. (Without the "tabs" permission,
 * `chrome.tabs.query({ url })` matches nothing, so the tab is found by what the background recorded.)
 */
async function reportedTabId(url: string): Promise<number> {
  const ids = await browser.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id!));
  for (const id of ids) {
    const report = await browser.send<{ url: string } | null>('page/report', { tabId: id });
    if (report?.url === url) return id;
  }
  throw new Error(`no tab reported ${url}`);
}

beforeAll(async () => {
  server = await serve();
  browser = await launch();
  await waitForBundledPacks(browser);
  const article = await browser.context.newPage();
  await article.goto(`${server.origin}/seed.html`);
  await until(async () => (await marksOn(article)).some((m) => m.text === 'NYSE:BABA'), 20_000);
  const tabId = await reportedTabId(article.url());
  popup = await browser.context.newPage();
  popup.on('pageerror', (error) => errors.push(error.message));
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(browser.extensionUrl(`src/popup/index.html?tab=${tabId}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rowNames = (page: Page) => page.locator('.page-entities .entity-row .row-name').allTextContents();

test('the popup lists the entities the seed article mentions, most mentioned first, with their record', async () => {
  await expect
    .poll(() => rowNames(popup), { timeout: 10_000 })
    .toEqual(expect.arrayContaining([expect.stringMatching(/^Alibaba Group Holding/)]));
  await expect(popup.getByRole('heading', { name: 'On this page' }).isVisible()).resolves.toBe(true);
  const alibaba = popup.getByRole('button', { name: /Alibaba Group Holding/ });
  const text = await alibaba.textContent();
  expect(text).toMatch(/NYSE: BABA/);
  expect(text).toMatch(/1 allegation · \d+ denials?/);
  expect(text).toMatch(/\d+ mentions?/);
  const counts = (await popup.locator('.page-entities .row-mentions').allTextContents()).map((s) => parseInt(s, 10));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await popup.screenshot({ path: 'docs/popup-list.png', fullPage: true });
});

test('opening Alibaba shows the allegation with Alibaba’s denial and the embassy’s rebuttal under it', async () => {
  await popup.getByRole('button', { name: /Alibaba Group Holding/ }).click();
  const heading = popup.getByRole('heading', { level: 1, name: /Alibaba Group Holding/ });
  await expect.poll(() => heading.isVisible(), { timeout: 10_000 }).toBe(true);
  // Focus moves to the entity's name, for keyboard and screen-reader users.
  await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('entity-name');

  const allegation = popup.locator('.timeline-item.kind-allegation').first();
  expect(await allegation.locator('h3').textContent()).toMatch(/Allegation · .*2025/);
  expect(await allegation.locator('.badge').textContent()).toMatch(/Disputed|Denied|Alleged/);
  expect(await allegation.locator('.event-summary').first().textContent()).toMatch(/memo/i);
  const responses = allegation.locator('.responses > li');
  expect(await responses.count()).toBe(2);
  const responseText = await responses.allTextContents();
  expect(responseText.join(' ')).toMatch(/Denial/);
  expect(responseText.some((text) => /Alibaba/.test(text))).toBe(true);
  expect(responseText.some((text) => /embassy/i.test(text))).toBe(true);
  // Sources: publisher, date and a link that opens in a new tab without the opener.
  const link = allegation.locator('.sources a').first();
  expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
  expect(await link.getAttribute('target')).toBe('_blank');
  expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
  await popup.screenshot({ path: 'docs/popup-entity.png', fullPage: true });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: 'docs/popup-entity-dark.png', fullPage: true });
  await popup.emulateMedia({ colorScheme: 'light' });

  await popup.getByRole('button', { name: /Back to the list/ }).click();
  await expect
    .poll(() => rowNames(popup))
    .toEqual(expect.arrayContaining([expect.stringMatching(/^Alibaba Group Holding/)]));
  // Focus returns to the entity that was open (an effect, run after the list is painted).
  await expect
    .poll(() => popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.entity))
    .toBeTruthy();
});

async function searchFor(query: string): Promise<string[]> {
  await popup.getByRole('searchbox', { name: 'Search the knowledge base' }).fill(query);
  await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 10_000 }).toContain(`“${query}”`);
  return popup.locator('.search-results .row-name').allTextContents();
}

test('search finds entities by name and by ticker as the reader types', async () => {
  expect(await searchFor('People')).toEqual(
    expect.arrayContaining([expect.stringMatching(/People[’']s Liberation Army/)]),
  );
  // By alias: the pack calls the PLA "Chinese military" too.
  expect(await searchFor('Chinese military')).toEqual([expect.stringMatching(/People[’']s Liberation Army/)]);
  const apple = await searchFor('AAPL');
  expect(apple[0]).toMatch(/Apple/);
  expect(await popup.locator('.search-results .entity-row').first().textContent()).toMatch(
    /NASDAQ: AAPL|Nasdaq: AAPL/i,
  );
  await popup.screenshot({ path: 'docs/popup-search.png', fullPage: true });

  // A directory entity opens to its facts and says nothing else is on record.
  await popup.locator('.search-results .entity-row').first().click();
  await expect.poll(() => popup.locator('#entity-name').textContent(), { timeout: 10_000 }).toMatch(/Apple/);
  expect(await popup.locator('.entity').textContent()).toMatch(/Nothing on record beyond the listing/);

  await popup.getByRole('searchbox').fill('zzzz-nobody');
  await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/Nothing found for “zzzz-nobody”/);
  await popup.getByRole('searchbox').fill('');
  expect(errors).toEqual([]);
});

test('the list view in dark mode', async () => {
  await popup.reload();
  await expect
    .poll(() => rowNames(popup))
    .toEqual(expect.arrayContaining([expect.stringMatching(/^Alibaba Group Holding/)]));
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: 'docs/popup-list-dark.png', fullPage: true });
  const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 25, 29)');
});

test('the keyboard alone reaches an entity and comes back', async () => {
  await popup.reload();
  await expect
    .poll(() => rowNames(popup), { timeout: 10_000 })
    .toEqual(expect.arrayContaining([expect.stringMatching(/^Alibaba Group Holding/)]));
  await popup.getByRole('searchbox').focus();
  await popup.keyboard.press('Tab');
  const focused = () => popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.entity ?? null);
  const first = await focused();
  expect(first).toBeTruthy();
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('entity-name');
  // Escape in the (empty) search box goes back to the list, to the entity that was open.
  await popup.getByRole('searchbox').focus();
  await popup.keyboard.press('Escape');
  await expect.poll(focused).toBe(first);
});

test('the details page (`?entity=`) opens straight to the entity', async () => {
  await popup.reload();
  const id = await popup.getByRole('button', { name: /Alibaba Group Holding/ }).getAttribute('data-entity');
  const details = await browser.context.newPage();
  await details.goto(browser.extensionUrl(`src/popup/index.html?entity=${encodeURIComponent(id!)}`));
  await expect.poll(() => details.locator('#entity-name').textContent(), { timeout: 10_000 }).toMatch(/Alibaba Group/);
  expect(await details.locator('.responses > li').count()).toBe(2);
  // Opened as its own page, with no article behind it, it says nothing of an article's date.
  expect(await details.locator('.as-of').count()).toBe(0);
  await details.close();
});
