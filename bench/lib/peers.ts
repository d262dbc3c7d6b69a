// The peers of the extension on a plain page: a bare TreeWalker read (the floor), and mark.js with one big RegExp.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { root } from '../../test/e2e/serve';
import { mainThread } from './probe';
import { mainThreadCpuMs, startTaskTrace, stopTrace } from './trace';

const markJs = (): string => readFileSync(join(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

export interface PeerTimes {
  /** One TreeWalker walk that reads every text node's value (median of five samples of 20 walks). */
  walkMs: number;
  /** Characters of text in the body's text nodes. */
  chars: number;
  /**
   * `new RegExp(alternation, 'g')` and the execs that compile it fully: V8 interprets a RegExp's first runs, then
   * compiles native code, once for one-byte strings and once for two-byte ones (any text node with a curly quote).
   */
  regexBuildMs: number;
  /** markRegExp with the prebuilt RegExp, timed in the page (script only). */
  markJsMs: number;
  /** Main-thread time of markRegExp and the rendering it causes (TaskDuration, as for the extension). */
  markJsTaskMs: number;
  /** The same in main-thread CPU time (traced, as for the extension). */
  markJsCpuMs: number;
  markJsMatches: number;
}

/**
 * The floor: walk every text node of the body and read its text. performance.now() is coarse (0.1 ms) in a
 * page that is not cross-origin isolated, so each sample times 20 walks; the median of five samples, per walk.
 */
async function bareWalk(page: Page): Promise<{ ms: number; chars: number }> {
  return page.evaluate(() => {
    const samples: number[] = [];
    let chars = 0;
    for (let sample = 0; sample < 5; sample++) {
      const t = performance.now();
      for (let walk = 0; walk < 20; walk++) {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        chars = 0;
        while (walker.nextNode()) chars += walker.currentNode.nodeValue?.length ?? 0;
      }
      samples.push((performance.now() - t) / 20);
    }
    return { ms: samples.sort((a, b) => a - b)[2]!, chars };
  });
}

/** Builds the RegExp in the page (kept on window for mark.js) and returns how long the build took. */
async function buildRegex(page: Page, source: string): Promise<number> {
  return page.evaluate((src) => {
    const t = performance.now();
    const re = new RegExp(src, 'g');
    // Left to mark.js, these compiles cost it ~150 ms on every page (measured), and the peer is mark.js with a
    // ready RegExp: its tier-up to native code, for one-byte and for two-byte text, is part of the build here.
    for (const text of ['warm up', 'warm up \u2019', 'warm up', 'warm up \u2019', 'warm up', 'warm up \u2019']) {
      re.lastIndex = 0;
      re.exec(text);
    }
    const ms = performance.now() - t;
    Object.defineProperty(window, '__backstoryBenchRe', { value: re });
    return ms;
  }, source);
}

type MarkCtor = new (context: Element) => { markRegExp(re: RegExp): void };

/**
 * Runs mark.js over the body with the prebuilt RegExp (synchronous without iframes), then waits two frames so
 * the rendering it causes is counted. No callback options: tsx would name them with a helper the page lacks.
 */
async function runMarkJs(page: Page): Promise<{ ms: number; matches: number }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; matches: number }>((resolve) => {
        const scope = window as unknown as { Mark: MarkCtor; __backstoryBenchRe: RegExp };
        const t = performance.now();
        new scope.Mark(document.body).markRegExp(scope.__backstoryBenchRe);
        const ms = performance.now() - t;
        const matches = document.querySelectorAll('mark[data-markjs]').length;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ms, matches })));
      }),
  );
}

/** Measures the peers on a plain page, after its own load was measured (mark.js changes the DOM). */
export async function measurePeers(page: Page, cdp: CDPSession, source: string): Promise<PeerTimes> {
  const walk = await bareWalk(page);
  const regexBuildMs = await buildRegex(page, source);
  await page.addScriptTag({ content: markJs() });
  await startTaskTrace(cdp);
  const before = await mainThread(cdp);
  const mark = await runMarkJs(page);
  const after = await mainThread(cdp);
  const markJsCpuMs = mainThreadCpuMs(await stopTrace(cdp));
  return {
    walkMs: walk.ms,
    chars: walk.chars,
    regexBuildMs,
    markJsMs: mark.ms,
    markJsTaskMs: after.taskMs - before.taskMs,
    markJsCpuMs,
    markJsMatches: mark.matches,
  };
}
