// The page over time: keyboard stepping, a site switched off, content that arrives later, the extension going away.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cardText, launch, marksOn, tabIdOf, waitForBundledPacks, type ExtensionBrowser } from './browser';
import type { PageReport } from '../../src/shared/messages';
import { serve, type StaticServer } from './serve';

let browser: ExtensionBrowser;
let server: StaticServer;

const livePage = `<!doctype html><html><head><meta charset="utf-8"><title>Live blog</title></head>
<body><h1>Markets live</h1><div id="feed"><p>09:00 Futures are flat.</p></div>
<button id="more" onclick="const p = document.createElement('p'); p.textContent = '09:05 Shares of Alibaba (NYSE: BABA) jumped.'; document.getElementById('feed').append(p)">More</button>
<button id="pin" onclick="const feed = document.getElementById('feed'); feed.prepend(feed.lastElementChild)">Pin the latest</button>
</body></html>`;

beforeAll(async () => {
  server = await serve({ '/live.html': livePage });
  // As readers have it: going back restores a page from the back/forward cache, without running its scripts again.
  browser = await launch({ backForwardCache: true });
  await waitForBundledPacks(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const texts = async (page: Parameters<typeof marksOn>[0]) => (await marksOn(page)).map((m) => m.text);

/** How many mentions the tab's report counts, over all its entities (what the popup lists). */
const mentionsCounted = async (tabId: number) =>
  (await browser.send<PageReport>('page/report', { tabId })).entities.reduce((sum, e) => sum + e.count, 0);

/** The seed article in a new tab, once its marks are on the page and counted in the tab's report. */
async function openSeedCounted() {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/seed.html`);
  await expect.poll(async () => (await texts(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  const tabId = await tabIdOf(browser, page);
  const counted = () => mentionsCounted(tabId);
  await expect.poll(counted).toBeGreaterThan(5);
  return { page, tabId, counted };
}

test('content that arrives later (a live blog) is marked as it comes', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/live.html`);
  await page.waitForTimeout(500);
  expect(await texts(page)).toEqual([]);
  await page.click('#more');
  await expect.poll(() => texts(page), { timeout: 10_000 }).toEqual(['Alibaba', 'NYSE: BABA']);
  await page.click('#more');
  await expect.poll(() => texts(page), { timeout: 10_000 }).toHaveLength(4);
  const mentions = async () => {
    const report = await browser.send<PageReport>('page/report', { tabId: await tabIdOf(browser, page) });
    return report.entities.map((e) => e.count);
  };
  await expect.poll(mentions, { timeout: 5_000 }).toEqual([4]);
  // The page moves a post it already showed (a pinned post): the same four marks, and still four mentions.
  await page.click('#pin');
  await page.waitForTimeout(1500);
  expect(await texts(page)).toHaveLength(4);
  expect(await mentions()).toEqual([4]);
});

test('back to a page from the back/forward cache, the popup and the badge count that page again', async () => {
  const { page, tabId, counted } = await openSeedCounted();
  const seedCount = await counted();
  await page.evaluate(() => Object.assign(window, { leftBehind: true }));
  await page.goto(`${server.origin}/live.html`);
  await expect.poll(async () => (await browser.send<PageReport>('page/report', { tabId })).url).toMatch(/live\.html$/);
  expect(await counted()).toBe(0);
  // A restored page fires pageshow, not load.
  await page.goBack({ waitUntil: 'commit' });
  // Restored, not loaded again: the window the page left behind is the same one.
  expect(await page.evaluate(() => 'leftBehind' in window)).toBe(true);
  await expect.poll(counted, { timeout: 10_000 }).toBe(seedCount);
  expect(await texts(page)).not.toEqual([]);
  await page.close();
});

test('the next-mention command steps through the marks and opens each card with focus', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/seed.html`);
  await expect.poll(() => texts(page), { timeout: 20_000 }).toContain('NYSE:BABA');
  const tabId = await tabIdOf(browser, page);
  const step = () =>
    browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/next-mention' }), tabId);
  await step();
  // The first mark on the page is in the headline: "Secret White House Document Alleges …".
  await expect.poll(() => cardText(page), { timeout: 5_000 }).toMatch(/^White House/);
  // The card takes the keyboard focus (inside its shadow root, so the page sees its host focused).
  await expect.poll(() => page.evaluate(() => document.activeElement?.nodeName)).toBe('BACKSTORY-CARD');
  await step();
  await expect.poll(() => cardText(page), { timeout: 5_000 }).not.toMatch(/^White House/);
  expect(await cardText(page)).toMatch(/allegation|No allegations/);
  await page.keyboard.press('Escape');
  await expect.poll(() => cardText(page)).toBeNull();
});

test('switching a site off takes the marks and their count away at once, and switching it on brings them back', async () => {
  const { page, tabId, counted } = await openSeedCounted();
  const badge = () => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  expect(Number(await badge())).toBeGreaterThan(0);
  await browser.send('settings/set', { disabledSites: ['127.0.0.1'] });
  await expect.poll(() => texts(page)).toEqual([]);
  await expect.poll(counted).toBe(0);
  await expect.poll(badge).toBe('');
  await browser.send('settings/set', { disabledSites: [] });
  await expect.poll(async () => (await texts(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  await expect.poll(counted).toBeGreaterThan(5);
});

test('a new mark style applies to the page as it is, without a rescan', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/seed.html`);
  await expect.poll(async () => (await texts(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  const count = (await texts(page)).length;
  await browser.send('settings/set', { markStyle: 'highlight' });
  await expect
    .poll(async () => (await marksOn(page)).every((m) => m.name.startsWith('backstory-highlight')))
    .toBe(true);
  expect((await texts(page)).length).toBe(count);
  await browser.send('settings/set', { markStyle: 'underline' });
});

// Last: it takes the extension away from the browser.
test('when the extension is reloaded (updated or removed), the old page is left exactly as it was', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/seed.html`);
  await expect.poll(async () => (await texts(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  // The reader moves the pointer now and then; the extension goes away at some moment after reload().
  let x = 200;
  const moveAndLook = async () => {
    await page.mouse.move((x += 7), 240);
    return texts(page);
  };
  await expect.poll(moveAndLook, { timeout: 10_000 }).toEqual([]);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
});
