// A reader's first minute: open the seed article, hover the ticker, read the card, open the popup.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cardBox, cardText, launch, marksOn, tabIdOf, waitForBundledPacks, type ExtensionBrowser } from './browser';
import { serve, type StaticServer } from './serve';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serve();
  browser = await launch();
  await waitForBundledPacks(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('hovering NYSE:BABA on the seed article shows Alibaba’s card, and the popup lists Alibaba', async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/seed.html`);

  await expect.poll(async () => (await marksOn(page)).map((m) => m.text), { timeout: 20_000 }).toContain('NYSE:BABA');
  const marks = await marksOn(page);
  expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Alibaba', 'People’s Liberation Army']));
  const ticker = marks.find((m) => m.text === 'NYSE:BABA')!;
  expect(ticker.name).toMatch(/^backstory-.*notable$/);

  await page.mouse.move(ticker.x, ticker.y);
  await expect.poll(() => cardText(page), { timeout: 5_000 }).toMatch(/Alibaba Group Holding/);
  const text = (await cardText(page))!;
  expect(text).toMatch(/NYSE: BABA/);
  expect(text).toMatch(/1 allegation · 1 denial on record/);
  expect(text).toMatch(/Full backstory/);
  // The whole card is on screen: beside the mention, flipped above it when there is no room below.
  const box = (await cardBox(page))!;
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(900);
  expect(box.bottom <= ticker.y || box.top >= ticker.y).toBe(true);
  const top = Math.max(0, Math.min(box.top, ticker.y) - 60);
  const bottom = Math.min(900, Math.max(box.bottom, ticker.y) + 60);
  await page.screenshot({
    path: 'docs/card.png',
    clip: { x: Math.max(0, ticker.x - 320), y: top, width: 720, height: bottom - top },
  });

  // The card's host hangs off <html>, outside <body>.
  expect(await page.evaluate(() => document.querySelector('html > backstory-card') !== null)).toBe(true);
  expect(await page.evaluate(() => document.body.querySelector('backstory-card'))).toBeNull();

  await page.keyboard.press('Escape');
  await expect.poll(() => cardText(page)).toBeNull();

  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(browser.extensionUrl(`src/popup/index.html?tab=${tabId}`));
  await expect.poll(() => popup.textContent('body'), { timeout: 10_000 }).toMatch(/Alibaba Group Holding/);
  await popup.screenshot({ path: 'docs/popup.png' });
  expect(errors).toEqual([]);
});
