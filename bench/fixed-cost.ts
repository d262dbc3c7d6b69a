// What the extension costs every page, whatever the page: main-thread CPU of loading a tiny article, against the
// same load with no extension and with the two floor extensions (lib/browsers.ts).
//
// On the corpus pages the page's own variance (±10 ms and more per load) hides a few milliseconds; on a tiny page
// a load costs ~20 ms in all and varies little, so the fixed part (injecting the scripts, the extension API, the
// round trips, compiling our code) shows. Loads go round robin, reversed every other round, so a busy machine
// slows every browser alike; medians over the rounds.
import type { BrowserContext } from 'playwright-core';
import type { ExtensionBrowser } from '../test/e2e/browser';
import type { StaticServer } from '../test/e2e/serve';
import { launchFloorExtension, launchPlain, type PlainBrowser } from './lib/browsers';
import { median, num, sleep } from './lib/stats';
import { mainThreadCpuMs, startTaskTrace, stopTrace } from './lib/trace';

/** The tiny article: one ticker, two names, a paragraph of plain words. */
export const tinyArticle = `<!doctype html><html lang="en"><head><title>Markets today</title></head><body>
<h1>Markets today</h1><p>Shares of Alibaba Group Holding Ltd. (NYSE: BABA) rose on Tuesday while Tencent fell.</p>
<p>${'Plain words of an ordinary article, read once and forgotten. '.repeat(30)}</p></body></html>`;

/**
 * The tiny article with a clock that restyles itself on every frame, as tickers, carousels and live scores do. Each
 * frame that changes a page's DOM or style, Chromium rebuilds the markers of every registered highlight range
 * (HighlightRegistry::ValidateHighlightMarkers) and repaints what they are in: what marks cost while a page runs.
 */
export const animatedArticle = tinyArticle.replace(
  '</body>',
  `<p id="clock">0</p><script>
const clock = document.getElementById('clock');
const tick = (t) => { clock.style.opacity = String(0.6 + 0.4 * Math.sin(t / 400)); requestAnimationFrame(tick); };
requestAnimationFrame(tick);
</script></body>`,
);

export interface FixedCostResult {
  rounds: number;
  /** Median main-thread CPU ms of a load, per browser. */
  medianMs: Record<string, number>;
  /** The same over the plain load's median. */
  addedMs: Record<string, number>;
  /** The animated article, once loaded and marked: median main-thread CPU ms per second of its running, per browser. */
  runningMsPerS: Record<string, number>;
  /** The same over the plain browser's. */
  addedRunningMsPerS: Record<string, number>;
}

/** How long the animated article runs under the trace, once loaded and marked. */
const runningMs = 2000;

/** Main-thread CPU ms of one load, until the page has been still for a moment (our marks come after load). */
async function load(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await startTaskTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await sleep(700);
  const ms = mainThreadCpuMs(await stopTrace(cdp));
  await cdp.detach();
  await page.close();
  return ms;
}

/** Main-thread CPU ms per second of the animated article running, once loaded and marked. */
async function running(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await sleep(700);
  const cdp = await context.newCDPSession(page);
  await startTaskTrace(cdp);
  await sleep(runningMs);
  const ms = mainThreadCpuMs(await stopTrace(cdp));
  await cdp.detach();
  await page.close();
  return (ms * 1000) / runningMs;
}

/** Medians per browser of `measure`, loads going round robin (reversed every other round) after one warm load each. */
async function roundRobin(
  browsers: Array<[string, BrowserContext]>,
  rounds: number,
  measure: (context: BrowserContext) => Promise<number>,
): Promise<Record<string, number>> {
  const times = new Map<string, number[]>(browsers.map(([name]) => [name, []]));
  for (const [, context] of browsers) await measure(context); // warm: first loads pay for the profile
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? browsers : [...browsers].reverse();
    for (const [name, context] of order) times.get(name)!.push(await measure(context));
  }
  return Object.fromEntries([...times].map(([name, ms]) => [name, median(ms)]));
}

const over = (all: Record<string, number>, base: number) =>
  Object.fromEntries(Object.entries(all).map(([name, ms]) => [name, ms - base]));

export async function benchFixedCost(
  browser: ExtensionBrowser,
  server: StaticServer,
  options: { rounds: number },
): Promise<FixedCostResult> {
  const url = `${server.origin}/bench/tiny.html`;
  const others: Array<[string, PlainBrowser]> = [
    ['no extension', await launchPlain()],
    ['empty content scripts', await launchFloorExtension('empty')],
    ['settings + one message', await launchFloorExtension('talking')],
  ];
  const browsers: Array<[string, BrowserContext]> = [
    ...others.map(([name, b]): [string, BrowserContext] => [name, b.context]),
    ['Backstory', browser.context],
  ];
  const runningRounds = Math.ceil(options.rounds / 3);
  let medianMs: Record<string, number>;
  let runningMsPerS: Record<string, number>;
  try {
    medianMs = await roundRobin(browsers, options.rounds, (context) => load(context, url));
    const animated = `${server.origin}/bench/animated.html`;
    runningMsPerS = await roundRobin(browsers, runningRounds, (context) => running(context, animated));
  } finally {
    for (const [, b] of others) await b.close();
  }
  const addedMs = over(medianMs, medianMs['no extension']!);
  const addedRunningMsPerS = over(runningMsPerS, runningMsPerS['no extension']!);
  console.log(`fixed cost: a tiny article loaded ${options.rounds} times in each browser, round robin`);
  for (const [name] of browsers)
    console.log(`  ${name.padEnd(46)} median ${num(medianMs[name]!, 2, 6)} ms  added ${num(addedMs[name]!, 2, 6)} ms`);
  console.log(
    `running: the article restyling itself every frame, ${runningMs / 1000} s after its load, ${runningRounds} times each`,
  );
  for (const [name] of browsers)
    console.log(
      `  ${name.padEnd(46)} median ${num(runningMsPerS[name]!, 2, 6)} ms/s  added ${num(addedRunningMsPerS[name]!, 2, 6)} ms/s`,
    );
  return { rounds: options.rounds, medianMs, addedMs, runningMsPerS, addedRunningMsPerS };
}
