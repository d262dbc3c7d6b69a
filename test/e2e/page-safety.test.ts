// Backstory never breaks a page: on every corpus page the DOM is as it would be without it, no error, no shift.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cardText, findChromium, launch, marksOn, waitForBundledPacks, type ExtensionBrowser } from './browser';
import { corpusDir, serve, type StaticServer } from './serve';

const corpusPages = readdirSync(corpusDir).flatMap((source) =>
  readdirSync(join(corpusDir, source))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `${source}/${name}`),
);

let withExtension: ExtensionBrowser;
let without: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serve();
  withExtension = await launch();
  without = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  await waitForBundledPacks(withExtension);
});

afterAll(async () => {
  await withExtension?.close();
  await without?.close();
  await server?.close();
});

/** Records layout shifts from the first paint on, in the page's own world. */
const recordShifts = () => {
  const w = window as unknown as { __shifts: number };
  w.__shifts = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__shifts += (entry as unknown as { value: number }).value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * The page as serialised markup, without the card host (ours, on <html>, only while a card shows). With `settled`,
 * also without what the page's own scripts add on their schedule (scripts, iframes, ad slots' attributes), for pages
 * that differ from one plain load to the next.
 */
const serialise = (page: Page, settled = false) =>
  page.evaluate((settledOnly) => {
    const copy = document.documentElement.cloneNode(true) as Element;
    copy.querySelectorAll('backstory-card').forEach((host) => host.remove());
    if (settledOnly) {
      copy.querySelectorAll('script, iframe, link, style, noscript').forEach((node) => node.remove());
      copy.querySelectorAll('*').forEach((el) => [...el.attributes].forEach((a) => el.removeAttribute(a.name)));
    }
    return copy.outerHTML;
  }, settled);

/** Pages' scripts write times and random ids into the DOM: the same time and the same dice for every load. */
const freezeTimeAndChance = () => {
  let seed = 42;
  Math.random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
};

/** The first place two serialisations differ, with some context; '' when they are the same. */
function firstDifference(actual: string, expected: string): string {
  if (actual === expected) return '';
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  const from = Math.max(0, i - 80);
  return `at ${i}: got …${actual.slice(from, i + 120)}… expected …${expected.slice(from, i + 120)}…`;
}

async function open(page: Page, url: string, errors: string[]) {
  // Errors from the extension's own scripts (pages may probe chrome-extension://invalid/ themselves).
  const ours = `chrome-extension://${withExtension.extensionId}/`;
  page.on('console', (m) => m.type() === 'error' && m.location().url.startsWith(ours) && errors.push(`${m.text()} at ${m.location().url}`));
  page.on('pageerror', (e) => (e.stack ?? '').includes(ours) && errors.push(e.message));
  await page.addInitScript(recordShifts);
  await page.addInitScript(freezeTimeAndChance);
  await page.clock.setFixedTime(new Date('2025-11-16T12:00:00Z'));
  await page.route('**/*', (route) =>
    /^(http:\/\/127\.0\.0\.1|chrome-extension:|data:)/.test(route.request().url()) ? route.continue() : route.abort(),
  );
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
}

describe('every corpus page', () => {
  test.each(corpusPages)('%s: same DOM, no extension error, no layout shift', async (path) => {
    const url = `${server.origin}/corpus/${path}`;
    const errors: string[] = [];
    const marked = await withExtension.context.newPage();
    await open(marked, url, errors);
    const loaded = Date.now();
    // Let the extension finish: scanning is done when its marks stop changing.
    let count = -1;
    for (let i = 0; i < 20; i++) {
      await marked.waitForTimeout(250);
      const now = (await marksOn(marked)).length;
      if (now === count && i > 3) break;
      count = now;
    }
    // The plain loads get the same time after 'load', so the pages' own timers have run as far.
    const settle = Date.now() - loaded;
    const plainContext = await without.newContext({ viewport: { width: 1280, height: 900 } });
    const openPlain = async () => {
      const page = await plainContext.newPage();
      await open(page, url, []);
      await page.waitForTimeout(settle);
      return page;
    };
    const plain = await openPlain();

    expect(errors).toEqual([]);
    const plainMarkup = await serialise(plain);
    const markedMarkup = await serialise(marked);
    if (markedMarkup !== plainMarkup) {
      // Either the extension changed the page, or the page differs from load to load: a second plain load tells.
      const again = await openPlain();
      const pageIsStable = (await serialise(again)) === plainMarkup;
      if (pageIsStable) expect(firstDifference(markedMarkup, plainMarkup)).toBe('');
      else expect(firstDifference(await serialise(marked, true), await serialise(plain, true))).toBe('');
    }
    const shifts = await marked.evaluate(() => (window as unknown as { __shifts: number }).__shifts);
    const plainShifts = await plain.evaluate(() => (window as unknown as { __shifts: number }).__shifts);
    // Highlights and a fixed-position card cannot move the page's boxes; the page's own late layout varies a little
    // from load to load (qq.com's moves by ~0.003), far under the 0.1 a reader would notice.
    expect(shifts).toBeLessThanOrEqual(plainShifts + 0.01);
    await marked.close();
    await plainContext.close();
  });
});

describe('hostile pages', () => {
  test.each(['all-unset', 'replaced-apis', 'many-nodes', 'mutation-storm'])(
    '%s: the page stays responsive, its link and form work, and the card works or stays away',
    async (name) => {
      const page = await withExtension.context.newPage();
      const errors: string[] = [];
      await open(page, `${server.origin}/fixtures/hostile/${name}.html`, errors);
      await expect.poll(async () => (await marksOn(page)).some((m) => m.text === 'NYSE:BABA'), { timeout: 20_000 }).toBe(true);
      const ticker = (await marksOn(page)).find((m) => m.text === 'NYSE:BABA')!;
      await page.mouse.move(ticker.x, ticker.y);
      await expect.poll(() => cardText(page), { timeout: 5_000 }).toMatch(/Alibaba Group Holding/);
      // Responsive: the page's own event loop still answers (a hung page fails this on the evaluate timeout).
      expect(await page.evaluate(() => new Promise((done) => setTimeout(() => done('alive'), 0)))).toBe('alive');
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.click('#link');
      expect(page.url()).toMatch(/#target$/);
      await page.click('#submit');
      await expect.poll(() => page.title()).toBe('submitted:Alibaba');
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
