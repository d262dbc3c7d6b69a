// Backstory never breaks a page: on every corpus page the DOM is as it would be without it, no error, no shift.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  blockOutside,
  cardText,
  chromiumArgs,
  findChromium,
  launch,
  marksOn,
  waitForBundledPacks,
  type ExtensionBrowser,
} from './browser';
import { corpusDir, serve, type StaticServer } from './serve';

const corpusPages = readdirSync(corpusDir).flatMap((source) =>
  readdirSync(join(corpusDir, source))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `${source}/${name}`),
);

let withExtension: ExtensionBrowser;
let without: BrowserContext;
let server: StaticServer;

beforeAll(async () => {
  server = await serve();
  withExtension = await launch();
  // The same kind of browser as the extension's, but for the extension: a persistent profile that keeps its
  // renderers warm from page to page. Against fresh contexts, cnn-002 measured its page at another moment and wrote
  // another header height (8480 px against the 8519 px a persistent profile gives with us and without).
  without = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'backstory-plain-')), {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs,
  });
  await waitForBundledPacks(withExtension);
});

afterAll(async () => {
  await withExtension?.close();
  await without?.close();
  await server?.close();
});

/** Records layout shifts from the first paint on, in the page's own world, with the nodes that moved. */
const recordShifts = () => {
  type Shift = { value: number; ours: boolean };
  const w = window as unknown as { __shifts: Shift[] };
  w.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; sources?: { node?: Node }[] }[]) {
      const ours = (entry.sources ?? []).some((source) => source.node?.nodeName === 'BACKSTORY-CARD');
      w.__shifts.push({ value: entry.value, ours });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

interface Snapshot {
  markup: string;
  /** Markup without what pages' own scripts add on their schedule (scripts, iframes, attributes). */
  settledMarkup: string;
  /** Every element's box, rounded: the page's layout. */
  boxes: string;
  shift: number;
  shiftsByUs: number;
}

/** The page as it stands: markup and layout, without the card host (ours, on <html>, only while a card shows). */
const snapshot = (page: Page): Promise<Snapshot> =>
  page.evaluate(() => {
    const withoutOurs = () => {
      const copy = document.documentElement.cloneNode(true) as Element;
      copy.querySelectorAll('backstory-card').forEach((host) => host.remove());
      return copy;
    };
    const settled = withoutOurs();
    settled.querySelectorAll('script, iframe, link, style, noscript').forEach((node) => node.remove());
    settled.querySelectorAll('*').forEach((el) => [...el.attributes].forEach((a) => el.removeAttribute(a.name)));
    // CSS animations run on their own clock (spinners, pulsing icons): their boxes depend on the moment.
    const animated = new Set<Element | null | undefined>(
      document.getAnimations().map((a) => (a.effect as KeyframeEffect | null)?.target),
    );
    // SVG's own animations are not among them: boersenzeitung's loading spinner turns by <animateTransform>.
    for (const smil of document.querySelectorAll('animate, animateTransform, animateMotion, set'))
      animated.add(smil.closest('svg') ?? smil.parentElement);
    const moving = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) if (animated.has(e)) return true;
      return false;
    };
    const boxes = [...document.body.querySelectorAll('*')]
      .map((el) => {
        if (moving(el)) return 'animated';
        const r = el.getBoundingClientRect();
        return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}`;
      })
      .join(';');
    const shifts = (window as unknown as { __shifts: { value: number; ours: boolean }[] }).__shifts;
    return {
      markup: withoutOurs().outerHTML,
      settledMarkup: settled.outerHTML,
      boxes,
      shift: shifts.reduce((sum, s) => sum + s.value, 0),
      shiftsByUs: shifts.filter((s) => s.ours).length,
    };
  });

/** Pages' scripts write random ids into the DOM: the same dice for every load. */
const freezeChance = () => {
  let seed = 42;
  Math.random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
};

/** The first place two serialisations differ, with some context; '' when they are the same. */
/**
 * The markup with the numbers in style attributes blanked. Pages write what they measured there (cnn-002 its
 * header's height: 8338 to 8519 px over loads without us, 8496 in two loads with us in one CI run, as the load's
 * timing falls). Backstory writes no style attribute: a change of ours to one would still differ in more than
 * its numbers, and a box we moved is caught by the box comparison and the layout-shift score.
 */
const withoutMeasures = (markup: string): string =>
  markup.replace(/ style="[^"]*"/g, (style) => style.replace(/-?\d+(?:\.\d+)?/g, '#'));

function firstDifference(actual: string, expected: string): string {
  if (actual === expected) return '';
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  const from = Math.max(0, i - 80);
  return `at ${i}: got …${actual.slice(from, i + 120)}… expected …${expected.slice(from, i + 120)}…`;
}

/**
 * Opens a page with outside traffic blocked. `frozen`: the page's clock stands still and its timers never fire,
 * so two loads of a page that changes itself on a timer (anti-flicker snippets, ad slots) are comparable. The
 * extension's own timers run in its isolated world and are not affected.
 */
/** The boxes that moved by more than a pixel (rounding of subpixel layout differs between loads by one). */
function boxesMoved(actual: string, expected: string): string[] {
  const a = actual.split(';');
  const b = expected.split(';');
  if (a.length !== b.length) return [`${a.length} elements, expected ${b.length}`];
  return a.flatMap((box, i) => {
    if (box === 'animated' || b[i] === 'animated') return [];
    const x = box.split(',').map(Number);
    const y = b[i]!.split(',').map(Number);
    return x.some((v, k) => Math.abs(v - y[k]!) > 1) ? [`element ${i}: ${box}, expected ${b[i]}`] : [];
  });
}

async function open(page: Page, url: string, errors: string[], frozen = false) {
  // Errors from the extension's own scripts (pages may probe chrome-extension://invalid/ themselves).
  const ours = `chrome-extension://${withExtension.extensionId}/`;
  page.on(
    'console',
    (m) =>
      m.type() === 'error' && m.location().url.startsWith(ours) && errors.push(`${m.text()} at ${m.location().url}`),
  );
  page.on('pageerror', (e) => (e.stack ?? '').includes(ours) && errors.push(e.message));
  await page.addInitScript(recordShifts);
  if (frozen) {
    await page.addInitScript(freezeChance);
    await page.clock.install({ time: new Date('2025-11-16T12:00:00Z') });
    await page.clock.pauseAt(new Date('2025-11-16T12:00:01Z'));
  }
  await blockOutside(page);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
}

describe('every corpus page', () => {
  test.each(corpusPages)('%s: same DOM, no extension error, no layout shift', async (path) => {
    const url = `${server.origin}/corpus/${path}`;
    const errors: string[] = [];
    // How long the marked load took from navigation to its snapshot: a plain load is looked at as late, since a
    // page goes on changing after its load event (fonts, images, its own scripts).
    let markedMs = 0;
    const openMarked = async () => {
      const page = await withExtension.context.newPage();
      const started = Date.now();
      await open(page, url, errors, true);
      // Let the extension finish: scanning is done when its marks stop changing.
      let count = -1;
      for (let i = 0; i < 20; i++) {
        await page.waitForTimeout(250);
        const now = (await marksOn(page)).length;
        if (now === count && i > 3) break;
        count = now;
      }
      const shot = await snapshot(page);
      markedMs = Date.now() - started;
      await page.close();
      return shot;
    };
    const openPlain = async () => {
      const page = await without.newPage();
      const started = Date.now();
      await open(page, url, [], true);
      await page.waitForTimeout(Math.max(500, markedMs - (Date.now() - started)));
      const shot = await snapshot(page);
      await page.close();
      return shot;
    };
    const withUs = await openMarked();
    const plain = await openPlain();

    expect(errors).toEqual([]);
    expect(withUs.shiftsByUs).toBe(0);
    if (withUs.markup !== plain.markup || withUs.boxes !== plain.boxes) {
      // Either the extension changed the page, or the page differs from load to load: a second plain load tells.
      const again = await openPlain();
      const changed = (shot: Snapshot) =>
        again.markup === plain.markup
          ? firstDifference(withoutMeasures(shot.markup), withoutMeasures(plain.markup))
          : firstDifference(withoutMeasures(shot.settledMarkup), withoutMeasures(plain.settledMarkup));
      // A page that wrote other measures into its styles this time (cnn's header height) lays out from them: its
      // boxes follow what it measured, not us (we write no style attribute; the markup check above still holds).
      const measuredOtherwise = (shot: Snapshot) =>
        shot.markup !== plain.markup && withoutMeasures(shot.markup) === withoutMeasures(plain.markup);
      const moved = (shot: Snapshot) =>
        again.boxes === plain.boxes && !measuredOtherwise(shot) ? boxesMoved(shot.boxes, plain.boxes) : [];
      // Some pages lay out, and write what they measured, by timing: cnn writes its header's height into a style
      // attribute (withoutMeasures), boersenzeitung's header icons landed 3 px
      // off in a few loads. What we changed would come back on every load, so a second marked load decides.
      const decisive = changed(withUs) !== '' || moved(withUs).length > 0 ? await openMarked() : withUs;
      expect(changed(decisive)).toBe('');
      expect(moved(decisive)).toEqual([]);
    }
    // Highlights and a fixed-position card cannot move the page's boxes (checked above). A page that shifts by
    // itself (late images, ad slots) shifts more or less from load to load, with us or without: on a loaded
    // machine reddit's score went from 0.116 without us to 0.186 with us, and measured 0.062-0.071 both ways
    // when quiet. A shift we caused would come back on every load, so one high score earns a second pair of
    // loads. A shift a reader notices is 0.1.
    if (withUs.shift > plain.shift + 0.05) {
      const [marked2, plain2] = [await openMarked(), await openPlain()];
      expect(marked2.shift).toBeLessThanOrEqual(Math.max(plain.shift, plain2.shift) + 0.05);
    }
  });
});

describe('hostile pages', () => {
  test.each(['all-unset', 'replaced-apis', 'many-nodes', 'mutation-storm'])(
    '%s: the page stays responsive, its link and form work, and the card works or stays away',
    async (name) => {
      const page = await withExtension.context.newPage();
      // The corpus pages above froze this context's clock (Playwright's clock is per context): let time run again.
      await page.clock.resume();
      const errors: string[] = [];
      await open(page, `${server.origin}/fixtures/hostile/${name}.html`, errors);
      await expect
        .poll(async () => (await marksOn(page)).some((m) => m.text === 'NYSE:BABA'), { timeout: 20_000 })
        .toBe(true);
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
