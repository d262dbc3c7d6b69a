// `npm run bench`: detection, KB, fixed-cost, page-load and popup benches in order; a summary; results in bench/results/latest.json.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension, defaultOut } from './lib/build';
import { mib, num } from './lib/stats';

const benches = ['detect', 'kb', 'fixed', 'page', 'popup'] as const;
type Bench = (typeof benches)[number];

interface Options {
  only: Set<Bench>;
  runs: number;
  opens: number;
  build: boolean;
  pages: string | undefined;
  /**
   * Page bench: also load each page with the floor extensions (empty content scripts; settings + one message; the
   * same with the page's text read and sent).
   */
  floor: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      only: { type: 'string', multiple: true },
      runs: { type: 'string', default: '3' },
      opens: { type: 'string', default: '10' },
      'no-build': { type: 'boolean', default: false },
      pages: { type: 'string' },
      floor: { type: 'boolean', default: false },
    },
  });
  const only = (values.only ?? [...benches]).flatMap((v) => v.split(','));
  const unknown = only.filter((v) => !(benches as readonly string[]).includes(v));
  if (unknown.length) throw new Error(`--only takes ${benches.join('|')}, not ${unknown.join(', ')}`);
  return {
    only: new Set(only as Bench[]),
    runs: Math.max(1, Number(values.runs) || 3),
    opens: Math.max(1, Number(values.opens) || 10),
    build: !values['no-build'],
    pages: values.pages,
    floor: Boolean(values.floor),
  };
}

/** Runs a bench that prints, keeping its lines (and any value it returns) for the results file. */
async function captured(run: () => Promise<unknown>): Promise<{ lines: string[]; value: unknown; ms: number }> {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
    log(...args);
  };
  const started = performance.now();
  try {
    const value = await run();
    return { lines, value: value ?? null, ms: performance.now() - started };
  } catch (error) {
    // One broken bench (a module mid-change) must not cost the others their run.
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { lines, value: { error: String(error) }, ms: performance.now() - started };
  } finally {
    console.log = log;
  }
}

const git = (cmd: string): string => {
  try {
    return execSync(`git ${cmd}`, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

async function main(): Promise<void> {
  const opts = options();
  const started = performance.now();
  const results: Record<string, unknown> = {};
  const timings: Record<string, number> = {};
  if (opts.only.has('detect')) {
    const r = await captured(async () => (await import('./detect')).benchDetect());
    results.detect = r;
    timings.detect = r.ms;
  }
  if (opts.only.has('kb')) {
    const r = await captured(async () => (await import('./kb')).benchKb());
    results.kb = r;
    timings.kb = r.ms;
  }
  if (opts.only.has('fixed') || opts.only.has('page') || opts.only.has('popup')) {
    const chromium = await runChromium(opts);
    Object.assign(results, chromium.results);
    Object.assign(timings, chromium.timings);
  }
  timings.total = performance.now() - started;
  writeResults(opts, results, timings);
  printSummary(results, timings);
}

/** Rounds of the fixed-cost bench: enough for a median steady to a fraction of a millisecond on a tiny page. */
const fixedRounds = 30;

/** The benches in Chromium share one browser with the extension and a 10,000-entity KB. */
async function runChromium(
  opts: Options,
): Promise<{ results: Record<string, unknown>; timings: Record<string, number> }> {
  const timings: Record<string, number> = {};
  const results: Record<string, unknown> = {};
  if (opts.build) {
    process.env.BACKSTORY_OUT ??= defaultOut();
    timings.build = buildExtension(process.env.BACKSTORY_OUT);
    console.log(`built the extension into ${process.env.BACKSTORY_OUT} in ${(timings.build / 1000).toFixed(1)} s`);
  }
  // Imported only now: the harness reads BACKSTORY_OUT when it loads.
  const { serve } = await import('../test/e2e/serve');
  const { prepareExtension } = await import('./lib/extension');
  const { animatedArticle, benchFixedCost, tinyArticle } = await import('./fixed-cost');
  const server = await serve({ '/bench/tiny.html': tinyArticle, '/bench/animated.html': animatedArticle });
  let t = performance.now();
  const prepared = await prepareExtension(`${server.origin}/seed.html`);
  timings.prepare = performance.now() - t;
  results.kbEntities = { entities: prepared.entities, filler: prepared.fillerEntities };
  console.log(`extension ready: ${prepared.entities} entities in the KB (${prepared.fillerEntities} generated)`);
  try {
    if (opts.only.has('fixed')) {
      t = performance.now();
      results.fixed = await benchFixedCost(prepared.browser, server, { rounds: fixedRounds });
      timings.fixed = performance.now() - t;
    }
    if (opts.only.has('page')) {
      const { benchPageLoad } = await import('./page-load');
      const { alternationSource, fillerPack, secPack } = await import('./lib/lexicon');
      const { source, aliases } = alternationSource([secPack(), fillerPack(prepared.fillerEntities)]);
      console.log(
        `mark.js RegExp: ${aliases} names and aliases, ${(source.length / 1024).toFixed(0)} KiB of source, flags g`,
      );
      t = performance.now();
      results.page = await benchPageLoad(prepared.browser, server, {
        runs: opts.runs,
        source,
        filter: opts.pages,
        floor: opts.floor,
      });
      timings.page = performance.now() - t;
    }
    if (opts.only.has('popup')) {
      const { benchPopup } = await import('./popup');
      t = performance.now();
      results.popup = await benchPopup(prepared.browser, server, { opens: opts.opens });
      timings.popup = performance.now() - t;
    }
  } finally {
    await prepared.browser.close();
    await server.close();
  }
  return { results, timings };
}

function writeResults(opts: Options, results: Record<string, unknown>, timings: Record<string, number>): void {
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const meta = {
    date: new Date().toISOString(),
    commit: git('rev-parse HEAD'),
    dirty: git('status --porcelain') !== '',
    node: process.version,
    cpus: cpus().length,
    loadavg: loadavg(),
    options: { ...opts, only: [...opts.only] },
  };
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ meta, timings, results }, null, 2)}\n`);
}

/** The few lines a reader needs: each bench's medians and ratios against its targets. */
function printSummary(results: Record<string, unknown>, timings: Record<string, number>): void {
  console.log('\n== summary ==');
  for (const name of ['detect', 'kb'] as const) {
    const r = results[name] as { lines: string[] } | undefined;
    for (const line of r?.lines.filter((l) => /target/.test(l)) ?? []) console.log(`${name.padEnd(7)}${line.trim()}`);
  }
  printChromiumSummary(results);
  const secs = Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)} s`);
  console.log(`time   ${secs.join(', ')}`);
}

function printChromiumSummary(results: Record<string, unknown>): void {
  const fixed = results.fixed as import('./fixed-cost').FixedCostResult | undefined;
  if (fixed) {
    const added = (name: string) => num(fixed.addedMs[name] ?? NaN, 1, 0);
    console.log(
      `fixed  a tiny article: Backstory adds ${added('Backstory')} ms of main-thread CPU; empty content scripts ${added('empty content scripts')}, settings + one message ${added('settings + one message')}`,
    );
    const running = (name: string) => num(fixed.addedRunningMsPerS[name] ?? NaN, 1, 0);
    console.log(
      `fixed  the same article restyling itself every frame, once marked: Backstory adds ${running('Backstory')} ms of main-thread CPU per second; empty content scripts ${running('empty content scripts')}`,
    );
  }
  const page = results.page as import('./page-load').PageLoadResult | undefined;
  if (page) {
    const s = page.summary;
    const ok = (b: boolean) => (b ? 'ok' : 'MISS');
    console.log(
      `page   added main-thread CPU median ${num(s.addedCpuMs.median, 1, 0)} ms vs mark.js ${num(s.markJsCpuMs.median, 1, 0)} ms: ratio ${num(s.ratios.median, 2, 0)} (target ≤ 0.25) ${ok(s.meets.median)}`,
    );
    console.log(
      `page   added main-thread CPU p95 ${num(s.addedCpuMs.p95, 1, 0)} ms vs mark.js ${num(s.markJsCpuMs.p95, 1, 0)} ms: ratio ${num(s.ratios.p95, 2, 0)} (target ≤ 0.5) ${ok(s.meets.p95)}`,
    );
    if (!Number.isNaN(s.readingFloorCpuMs.median)) {
      const floor = s.readingFloorCpuMs;
      console.log(
        `page   floor (settings, the text read and sent, nothing found or marked): median ${num(floor.median, 1, 0)} ms, ratio ${num(s.ratios.readingFloorMedian, 2, 0)}; p95 ${num(floor.p95, 1, 0)} ms, ratio ${num(s.ratios.readingFloorP95, 2, 0)}`,
      );
    }
    console.log(
      `page   bare walk median ${num(s.walkMs.median, 2, 0)} ms; RegExp build median ${num(s.regexBuildMs.median, 0, 0)} ms`,
    );
    console.log(`page   long tasks > 50 ms with the extension only: ${s.extensionLongTasks} ${ok(s.meets.longTasks)}`);
    console.log(
      `page   memory added per tab: median ${mib(s.addedHeapBytes.median)}, max ${mib(s.addedHeapBytes.max)} (target ≤ 3 MiB) ${ok(s.meets.memory)}`,
    );
  }
  const popup = results.popup as import('./popup').PopupResult | undefined;
  if (popup) {
    console.log(
      `popup  first content median ${num(popup.firstRowMs.median, 1, 0)} ms (target ≤ 100) ${popup.meets.firstContent ? 'ok' : 'MISS'}`,
    );
    console.log(
      `popup  kb/entity round trip median ${num(popup.timeline.medianMs, 2, 0)} ms (${popup.timeline.events} events)`,
    );
  }
}

await main();
