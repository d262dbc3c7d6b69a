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

export interface FixedCostResult {
  rounds: number;
  /** Median main-thread CPU ms of a load, per browser. */
  medianMs: Record<string, number>;
  /** The same over the plain load's median. */
  addedMs: Record<string, number>;
}

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
  const times = new Map<string, number[]>(browsers.map(([name]) => [name, []]));
  try {
    for (const [, context] of browsers) await load(context, url); // warm: first loads pay for the profile
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? browsers : [...browsers].reverse();
      for (const [name, context] of order) times.get(name)!.push(await load(context, url));
    }
  } finally {
    for (const [, b] of others) await b.close();
  }
  const medianMs = Object.fromEntries([...times].map(([name, ms]) => [name, median(ms)]));
  const plain = medianMs['no extension']!;
  const addedMs = Object.fromEntries(Object.entries(medianMs).map(([name, ms]) => [name, ms - plain]));
  console.log(`fixed cost: a tiny article loaded ${options.rounds} times in each browser, round robin`);
  for (const [name] of browsers)
    console.log(`  ${name.padEnd(46)} median ${num(medianMs[name]!, 2, 6)} ms  added ${num(addedMs[name]!, 2, 6)} ms`);
  return { rounds: options.rounds, medianMs, addedMs };
}
