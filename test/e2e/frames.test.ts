// Frames: a same-origin frame (an embedded article, a comment thread) is read and carded like the page; others are not.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PageReport } from '../../src/shared/messages';
import { cardText, launch, marksOn, tabIdOf, waitForBundledPacks, type ExtensionBrowser } from './browser';
import { serve, type StaticServer } from './serve';

let browser: ExtensionBrowser;
let server: StaticServer;
/** A second origin (another port): its frame is someone else's. */
let other: StaticServer;

const framed = (text: string) =>
  `<!doctype html><html><head><meta charset="utf-8"></head><body><p>${text}</p></body></html>`;
const mention = 'Shares of Alibaba Group Holding (NYSE: BABA) fell.';

/** A page with two frames of the same text: one of its own origin, one of another. */
const hostPage = (otherOrigin: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Frames</title></head>
  <body><h1>Market wrap</h1>
  <iframe id="same" src="/embed.html" width="600" height="120"></iframe>
  <iframe id="other" src="${otherOrigin}/embed.html" width="600" height="120"></iframe></body></html>`;

beforeAll(async () => {
  other = await serve({ '/embed.html': framed(mention) });
  server = await serve({ '/embed.html': framed(mention), '/host.html': hostPage(other.origin) });
  browser = await launch();
  await waitForBundledPacks(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

test('a same-origin frame is marked, carded and reported for the tab; a frame of another origin is left alone', async () => {
  const sameUrl = `${server.origin}/embed.html`;
  const otherUrl = `${other.origin}/embed.html`;
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/host.html`);
  await expect
    .poll(() => page.frames().map((f) => f.url()), { timeout: 10_000 })
    .toEqual(expect.arrayContaining([sameUrl, otherUrl]));

  await expect
    .poll(async () => (await marksOn(page, sameUrl)).map((m) => m.text), { timeout: 20_000 })
    .toEqual(['Alibaba Group Holding', 'NYSE: BABA']);
  expect(await marksOn(page)).toEqual([]);
  // The other origin's frame would have the same marks, were it read.
  await page.waitForTimeout(1000);
  expect(await marksOn(page, otherUrl)).toEqual([]);

  const ticker = (await marksOn(page, sameUrl)).find((m) => m.text === 'NYSE: BABA')!;
  const box = (await page.locator('#same').boundingBox())!;
  await page.mouse.move(box.x + ticker.x, box.y + ticker.y);
  await expect.poll(() => cardText(page), { timeout: 5_000 }).toMatch(/Alibaba Group Holding/);

  const report = await browser.send<PageReport>('page/report', { tabId: await tabIdOf(browser, page) });
  // Reported for the tab: the two mentions in the frame (the other origin's two are not counted).
  expect(report.entities.map((e) => [e.card.name.replace(/\.$/, ''), e.count])).toEqual([
    ['Alibaba Group Holding Ltd', 2],
  ]);
  await page.close();
});
