// Issue 5's page-load bench: the main-thread time and memory the extension adds to each corpus page, against its peers.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../test/e2e/browser';
import { corpusDir, type StaticServer } from '../test/e2e/serve';
import { launchFloorExtension, launchPlain, type FloorKind, type PlainBrowser } from './lib/browsers';
import { measurePeers, type PeerTimes } from './lib/peers';
import {
  heapAfterGc,
  highlightCounter,
  installObservers,
  mainThread,
  observed,
  type Heap,
  type LoafScript,
  type LongTask,
  type MainThread,
} from './lib/probe';
import { startSampling, stopSampling } from './lib/sampled';
import { mirrorSettle, tabKeys, untilMarksSettle, waitForRecord } from './lib/settle';
import { attribute, causedLongTask, startTrace, stopTrace, type ExtensionTask } from './lib/trace';

type Traced = { taskMs: number; ownMs: number; sampledOwnMs: number; long: ExtensionTask[] };
/** One paired run of a page: with the extension, without, the peers on the plain page, and the floors' CPU (--floor). */
type Run = { ext: LoadSample; plain: LoadSample; peers: PeerTimes; floors: FloorCpuMs };
type FloorCpuMs = Partial<Record<FloorKind, number>>;
const floorKinds: readonly FloorKind[] = ['empty', 'talking', 'reading'];
import { median, mib, num, p95, verdict } from './lib/stats';

/** Issue 5's targets. */
export const pageTargets = { medianRatio: 1 / 4, p95Ratio: 1 / 2, longTaskMs: 50, addedBytes: 3 * 2 ** 20 } as const;

/** What one load of one page measured, once settled. */
export interface LoadSample extends MainThread {
  heap: Heap;
  longTasks: LongTask[];
  /** Scripts from chrome-extension:// URLs in long animation frames (LoAF attribution). */
  extensionScripts: LoafScript[];
  settleMs: number;
  marks: number;
}

/** One page's medians over its runs (extension minus plain, paired per run), and its peers. */
export interface PageRow {
  page: string;
  chars: number;
  marks: number;
  /** Main-thread CPU time, extension minus plain: the measure the targets are judged on (least noisy). */
  addedCpuMs: number;
  /** With --floor: an extension with empty content scripts minus plain, and ours minus it (NaN without). */
  floorCpuMs: number;
  overFloorCpuMs: number;
  /** With --floor: an extension that only reads its settings and asks its background once, minus plain. */
  talkingFloorCpuMs: number;
  /** With --floor: the same plus a bare read of the body's text, sent in the message, minus plain. */
  readingFloorCpuMs: number;
  addedTaskMs: number;
  addedScriptMs: number;
  /** Style recalculation and layout, the part of the added time that is rendering. */
  addedRenderMs: number;
  addedHeapBytes: number;
  addedJsHeapBytes: number;
  walkMs: number;
  regexBuildMs: number;
  markJsMs: number;
  markJsTaskMs: number;
  markJsCpuMs: number;
  markJsMatches: number;
  /** Long tasks over 50 ms seen with the extension and with no counterpart in the plain run. */
  extensionLongTasks: (LongTask & { run: number })[];
  /** Longest single extension script in a long animation frame, over the runs. */
  longestExtensionScriptMs: number;
  settleMs: number;
  /** From one extra, traced load: main-thread ms of the tasks in which the extension's script ran. */
  tracedTaskMs: number;
  /** Of tracedTaskMs, the extension's own script and what it forced (the rest is the page's work in those tasks). */
  tracedOwnMs: number;
  /** The same load, sampled (lib/sampled.ts): the extension's script with the microtasks the trace cannot name. */
  sampledOwnMs: number;
  /** Of those tasks, the ones over 50 ms that would not be without the extension's part, with where their time went. */
  tracedLongTasks: ExtensionTask[];
  /** Memory added, split: Blink's heap (Ranges, Highlights) and array buffers / external strings. */
  addedEmbedderBytes: number;
  addedBackingBytes: number;
  /** Each run's main-thread CPU ms as measured (the differences above are their medians), to see a bias build up. */
  loads: Array<{ ext: number; plain: number; settleMs: number } & FloorCpuMs>;
}

export interface PageLoadSummary {
  pages: number;
  runs: number;
  addedCpuMs: { median: number; p95: number };
  /** With --floor: what empty content scripts add, and what ours add beyond them. */
  floorCpuMs: { median: number; p95: number };
  overFloorCpuMs: { median: number; p95: number };
  talkingFloorCpuMs: { median: number; p95: number };
  readingFloorCpuMs: { median: number; p95: number };
  markJsCpuMs: { median: number; p95: number };
  addedTaskMs: { median: number; p95: number };
  addedScriptMs: { median: number; p95: number };
  markJsTaskMs: { median: number; p95: number };
  markJsMs: { median: number; p95: number };
  walkMs: { median: number; p95: number };
  regexBuildMs: { median: number; p95: number };
  /** Added CPU time over mark.js's (the targets), and the same in wall time (TaskDuration) and against its script. */
  ratios: {
    median: number;
    p95: number;
    /** With --floor: the reading floor's over mark.js's, against the same targets (NaN without). */
    readingFloorMedian: number;
    readingFloorP95: number;
    wallMedian: number;
    wallP95: number;
    medianVsScriptOnly: number;
    p95VsScriptOnly: number;
  };
  extensionLongTasks: number;
  tracedTaskMs: { median: number; p95: number };
  tracedOwnMs: { median: number; p95: number };
  sampledOwnMs: { median: number; p95: number };
  tracedLongTasks: number;
  addedHeapBytes: { median: number; max: number };
  addedJsHeapBytes: { median: number; max: number };
  meets: { median: boolean; p95: boolean; longTasks: boolean; memory: boolean };
}

export interface PageLoadResult {
  rows: PageRow[];
  summary: PageLoadSummary;
}

/** Every saved page of the corpus, as `<source>/<page>.html`, optionally only those whose path contains `filter`. */
export function corpusPagePaths(filter?: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
    );
  return walk(corpusDir)
    .map((file) => relative(corpusDir, file))
    .filter((path) => !filter || path.includes(filter))
    .sort();
}

async function sample(page: Page, cdp: CDPSession, started: number, marks: number): Promise<LoadSample> {
  const settleMs = Date.now() - started;
  const metrics = await mainThread(cdp);
  const seen = await observed(page);
  const heap = await heapAfterGc(cdp);
  const extensionScripts = seen.loafScripts.filter((s) => s.source.startsWith('chrome-extension://'));
  return { ...metrics, heap, longTasks: seen.longTasks, extensionScripts, settleMs, marks };
}

/**
 * Opens a page in a fresh tab with metrics on, from before navigation. Its CPU is the renderer's own count
 * (ThreadTime), not a trace's: a trace started right after another one ended (the traced load before) can miss most
 * of a load.
 */
async function open(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return { page, cdp, started, count: await highlightCounter(cdp) };
}

async function loadWithExtension(
  browser: ExtensionBrowser,
  url: string,
): Promise<{ sample: LoadSample; polls: number }> {
  const known = await tabKeys(browser);
  const { page, cdp, started, count } = await open(browser.context, url);
  const mentions = await waitForRecord(browser, url, known);
  const settled = await untilMarksSettle(count, mentions > 0);
  const result = { sample: await sample(page, cdp, started, settled.marks), polls: settled.polls };
  await cdp.detach();
  await page.close();
  return result;
}

/** One more load with the extension, traced (tracing slows every task, so it is kept out of the paired runs). */
async function tracedLoad(browser: ExtensionBrowser, url: string): Promise<Traced> {
  const known = await tabKeys(browser);
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await startTrace(cdp);
  await startSampling(cdp);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const count = await highlightCounter(cdp);
  const mentions = await waitForRecord(browser, url, known);
  await untilMarksSettle(count, mentions > 0);
  const sampledOwnMs = await stopSampling(cdp);
  const attribution = attribute(await stopTrace(cdp));
  await cdp.detach();
  await page.close();
  const long = attribution.tasks.filter((t) => causedLongTask(t, pageTargets.longTaskMs));
  return { taskMs: attribution.taskMs, ownMs: attribution.ownMs, sampledOwnMs, long };
}

/** Main-thread CPU ms of a load with a floor extension (lib/browsers.ts), settled like the extension's load. */
async function loadFloor(floor: PlainBrowser, url: string, mirror: { polls: number; settleMs: number }) {
  const { page, cdp, started, count } = await open(floor.context, url);
  await mirrorSettle(count, mirror.polls, mirror.settleMs, started);
  const { cpuMs } = await mainThread(cdp);
  await cdp.detach();
  await page.close();
  return cpuMs;
}

async function loadPlain(
  context: BrowserContext,
  url: string,
  mirror: { polls: number; settleMs: number },
  source: string,
): Promise<{ sample: LoadSample; peers: PeerTimes }> {
  const { page, cdp, started, count } = await open(context, url);
  await mirrorSettle(count, mirror.polls, mirror.settleMs, started);
  const measured = await sample(page, cdp, started, 0);
  const peers = await measurePeers(page, cdp, source);
  await cdp.detach();
  await page.close();
  return { sample: measured, peers };
}

/** Long tasks over the threshold in the extension's run that overlap none in the plain run. */
function extensionOnly(withExt: LongTask[], plain: LongTask[]): LongTask[] {
  const slack = 50;
  const overlaps = (a: LongTask, b: LongTask) =>
    a.start <= b.start + b.duration + slack && b.start <= a.start + a.duration + slack;
  return withExt.filter(
    (t) => t.duration > pageTargets.longTaskMs && !plain.some((p) => p.duration > 30 && overlaps(t, p)),
  );
}

const heapTotal = (h: Heap): number => h.jsUsed + h.embedderUsed + h.backing;

function rowOf(path: string, runs: Run[], traced: Traced): PageRow {
  const m = (f: (r: (typeof runs)[number]) => number) => median(runs.map(f));
  return {
    page: path,
    chars: runs[0]?.peers.chars ?? 0,
    marks: m((r) => r.ext.marks),
    addedCpuMs: m((r) => r.ext.cpuMs - r.plain.cpuMs),
    floorCpuMs: m((r) => (r.floors.empty ?? NaN) - r.plain.cpuMs),
    overFloorCpuMs: m((r) => r.ext.cpuMs - (r.floors.empty ?? NaN)),
    talkingFloorCpuMs: m((r) => (r.floors.talking ?? NaN) - r.plain.cpuMs),
    readingFloorCpuMs: m((r) => (r.floors.reading ?? NaN) - r.plain.cpuMs),
    addedTaskMs: m((r) => r.ext.taskMs - r.plain.taskMs),
    addedScriptMs: m((r) => r.ext.scriptMs - r.plain.scriptMs),
    addedRenderMs: m((r) => r.ext.layoutMs + r.ext.styleMs - r.plain.layoutMs - r.plain.styleMs),
    addedHeapBytes: m((r) => heapTotal(r.ext.heap) - heapTotal(r.plain.heap)),
    addedJsHeapBytes: m((r) => r.ext.heap.jsUsed - r.plain.heap.jsUsed),
    walkMs: m((r) => r.peers.walkMs),
    regexBuildMs: m((r) => r.peers.regexBuildMs),
    markJsMs: m((r) => r.peers.markJsMs),
    markJsTaskMs: m((r) => r.peers.markJsTaskMs),
    markJsCpuMs: m((r) => r.peers.markJsCpuMs),
    markJsMatches: m((r) => r.peers.markJsMatches),
    extensionLongTasks: runs.flatMap((r, run) =>
      extensionOnly(r.ext.longTasks, r.plain.longTasks).map((t) => ({ ...t, run })),
    ),
    longestExtensionScriptMs: Math.max(0, ...runs.flatMap((r) => r.ext.extensionScripts.map((s) => s.duration))),
    settleMs: m((r) => r.ext.settleMs),
    tracedTaskMs: traced.taskMs,
    tracedOwnMs: traced.ownMs,
    sampledOwnMs: traced.sampledOwnMs,
    tracedLongTasks: traced.long,
    addedEmbedderBytes: m((r) => r.ext.heap.embedderUsed - r.plain.heap.embedderUsed),
    addedBackingBytes: m((r) => r.ext.heap.backing - r.plain.heap.backing),
    loads: runs.map((r) => ({ ext: r.ext.cpuMs, plain: r.plain.cpuMs, ...r.floors, settleMs: r.ext.settleMs })),
  };
}

function summarise(rows: PageRow[], runs: number): PageLoadSummary {
  const both = (f: (r: PageRow) => number) => ({ median: median(rows.map(f)), p95: p95(rows.map(f)) });
  const added = both((r) => r.addedTaskMs);
  const addedCpu = both((r) => r.addedCpuMs);
  const floorCpu = both((r) => r.floorCpuMs);
  const overFloorCpu = both((r) => r.overFloorCpuMs);
  const markCpu = both((r) => r.markJsCpuMs);
  const markTask = both((r) => r.markJsTaskMs);
  const markJs = both((r) => r.markJsMs);
  const heap = rows.map((r) => r.addedHeapBytes);
  const jsHeap = rows.map((r) => r.addedJsHeapBytes);
  const readingFloor = both((r) => r.readingFloorCpuMs);
  const ratios = {
    median: addedCpu.median / markCpu.median,
    p95: addedCpu.p95 / markCpu.p95,
    readingFloorMedian: readingFloor.median / markCpu.median,
    readingFloorP95: readingFloor.p95 / markCpu.p95,
    wallMedian: added.median / markTask.median,
    wallP95: added.p95 / markTask.p95,
    medianVsScriptOnly: addedCpu.median / markJs.median,
    p95VsScriptOnly: addedCpu.p95 / markJs.p95,
  };
  const longTasks = rows.reduce((n, r) => n + r.extensionLongTasks.length, 0);
  const heapMax = Math.max(...heap);
  return {
    pages: rows.length,
    runs,
    addedCpuMs: addedCpu,
    floorCpuMs: floorCpu,
    overFloorCpuMs: overFloorCpu,
    talkingFloorCpuMs: both((r) => r.talkingFloorCpuMs),
    readingFloorCpuMs: readingFloor,
    markJsCpuMs: markCpu,
    addedTaskMs: added,
    addedScriptMs: both((r) => r.addedScriptMs),
    markJsTaskMs: markTask,
    markJsMs: markJs,
    walkMs: both((r) => r.walkMs),
    regexBuildMs: both((r) => r.regexBuildMs),
    ratios,
    extensionLongTasks: longTasks,
    tracedTaskMs: both((r) => r.tracedTaskMs),
    tracedOwnMs: both((r) => r.tracedOwnMs),
    sampledOwnMs: both((r) => r.sampledOwnMs),
    tracedLongTasks: rows.reduce((n, r) => n + r.tracedLongTasks.length, 0),
    addedHeapBytes: { median: median(heap), max: heapMax },
    addedJsHeapBytes: { median: median(jsHeap), max: Math.max(...jsHeap) },
    meets: {
      median: ratios.median <= pageTargets.medianRatio,
      p95: ratios.p95 <= pageTargets.p95Ratio,
      longTasks: rows.every((r) => r.tracedLongTasks.length === 0),
      memory: heapMax <= pageTargets.addedBytes,
    },
  };
}

function printRow(r: PageRow): void {
  const longTasks = r.extensionLongTasks
    .map((t) => `${t.duration.toFixed(0)}ms@${t.start.toFixed(0)}(run ${t.run + 1})`)
    .join(' ');
  console.log(
    `${r.page.slice(0, 44).padEnd(44)}${num(r.chars / 1000, 0, 6)}k${num(r.marks, 0, 6)}${num(r.addedCpuMs)}${num(r.markJsCpuMs)}${num(r.addedTaskMs)}${num(r.addedScriptMs)}${num(r.addedRenderMs)}` +
      `${num(r.walkMs, 2)}${num(r.markJsMs)}${num(r.markJsTaskMs)}${num(r.regexBuildMs, 0)}${num(r.addedHeapBytes / 2 ** 20, 2)}` +
      `${num(r.tracedTaskMs)}${num(r.tracedOwnMs)}${num(r.sampledOwnMs)}${num(r.tracedLongTasks.length, 0, 5)}  ${longTasks}`,
  );
}

/** Prints the bench's summary lines: medians, p95s, ratios against the targets. */
export function printPageSummary(s: PageLoadSummary): void {
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(46)} ${value}`);
  const spread = (label: string, x: { median: number; p95: number }, decimals = 1) =>
    line(label, `median ${num(x.median, decimals, 0)}  p95 ${num(x.p95, decimals, 0)}`);
  line('pages × runs', `${s.pages} × ${s.runs}`);
  spread('added main-thread CPU ms (extension − plain)', s.addedCpuMs);
  if (!Number.isNaN(s.floorCpuMs.median)) {
    spread('  floor: empty content scripts add', s.floorCpuMs);
    spread('  Backstory beyond that floor', s.overFloorCpuMs);
    spread('  floor: settings + one message round trip', s.talkingFloorCpuMs);
    spread('  floor: the same, the text read and sent', s.readingFloorCpuMs);
    line(
      '  that floor / mark.js (targets ≤ 0.25, ≤ 0.5)',
      `median ${num(s.ratios.readingFloorMedian, 2, 0)}  p95 ${num(s.ratios.readingFloorP95, 2, 0)}`,
    );
  }
  spread('mark.js markRegExp, main-thread CPU ms', s.markJsCpuMs);
  spread('added main-thread wall ms (TaskDuration)', s.addedTaskMs);
  spread('added script ms', s.addedScriptMs);
  spread('mark.js markRegExp, main-thread wall ms', s.markJsTaskMs);
  spread('mark.js markRegExp, script only ms', s.markJsMs);
  spread('RegExp build (until native, both widths) ms', s.regexBuildMs, 0);
  spread('bare TreeWalker read ms', s.walkMs, 2);
  line(
    'ratio median added / mark.js (target ≤ 0.25)',
    `${num(s.ratios.median, 2, 0)} ${verdict(s.meets.median)}  (wall ${num(s.ratios.wallMedian, 2, 0)}; vs script-only mark.js ${num(s.ratios.medianVsScriptOnly, 2, 0)})`,
  );
  line(
    'ratio p95 added / mark.js p95 (target ≤ 0.5)',
    `${num(s.ratios.p95, 2, 0)} ${verdict(s.meets.p95)}  (wall ${num(s.ratios.wallP95, 2, 0)}; vs script-only mark.js ${num(s.ratios.p95VsScriptOnly, 2, 0)})`,
  );
  spread('extension tasks, traced load: ms per page', s.tracedTaskMs);
  spread("  of which the extension's own script", s.tracedOwnMs);
  spread('own script, sampled (with its microtasks)', s.sampledOwnMs);
  line('long tasks > 50 ms the extension caused (traced)', `${s.tracedLongTasks} ${verdict(s.meets.longTasks)}`);
  line(
    'long tasks > 50 ms with the extension only',
    `${s.extensionLongTasks} (PerformanceObserver, unmatched in the plain run)`,
  );
  line(
    'memory added per tab (JS + Blink + buffers)',
    `median ${mib(s.addedHeapBytes.median)}  max ${mib(s.addedHeapBytes.max)} (target ≤ 3 MiB) ${verdict(s.meets.memory)}`,
  );
  line('  of which V8 heap', `median ${mib(s.addedJsHeapBytes.median)}  max ${mib(s.addedJsHeapBytes.max)}`);
}

/** Loads every corpus page `runs` times with and without the extension (paired), with the peers on the plain page. */
export async function benchPageLoad(
  browser: ExtensionBrowser,
  server: StaticServer,
  options: { runs: number; source: string; filter?: string; floor?: boolean },
): Promise<PageLoadResult> {
  const plain = await launchPlain();
  await installObservers(plain.context);
  const floors = new Map<FloorKind, PlainBrowser>();
  for (const kind of options.floor ? floorKinds : []) floors.set(kind, await launchFloorExtension(kind));
  const paths = corpusPagePaths(options.filter);
  console.log(`page-load: ${paths.length} pages × ${options.runs} runs, with the extension and without (paired)`);
  console.log(
    `${'page'.padEnd(44)}${'text'.padStart(7)}${'marks'.padStart(6)}${'+cpu'.padStart(8)}${'mj-cpu'.padStart(8)}${'+task'.padStart(8)}${'+script'.padStart(8)}${'+render'.padStart(8)}` +
      `${'walk'.padStart(8)}${'markjs'.padStart(8)}${'mjtask'.padStart(8)}${'re-bld'.padStart(8)}${'+MiB'.padStart(8)}${'trace'.padStart(8)}${'own'.padStart(8)}${'sampled'.padStart(8)}${'>50'.padStart(5)}  long tasks with the extension only`,
  );
  const rows: PageRow[] = [];
  try {
    for (const path of paths) {
      const url = `${server.origin}/corpus/${path}`;
      const runs: Run[] = [];
      let mirror = { polls: 0, settleMs: 0 };
      for (let run = 0; run < options.runs; run++) {
        // Every other run the plain load goes first (mirroring the last settle seen): whatever the first load of a
        // pair pays, both sides pay it alike.
        const plainFirst = run % 2 === 1;
        const early = plainFirst ? await loadPlain(plain.context, url, mirror, options.source) : undefined;
        const ext = await loadWithExtension(browser, url);
        if (!plainFirst) mirror = { polls: ext.polls, settleMs: ext.sample.settleMs };
        const other = early ?? (await loadPlain(plain.context, url, mirror, options.source));
        const floorCpu: FloorCpuMs = {};
        for (const [kind, floor] of floors) floorCpu[kind] = await loadFloor(floor, url, mirror);
        runs.push({ ext: ext.sample, plain: other.sample, peers: other.peers, floors: floorCpu });
      }
      const row = rowOf(path, runs, await tracedLoad(browser, url));
      printRow(row);
      rows.push(row);
    }
  } finally {
    await plain.close();
    for (const floor of floors.values()) await floor.close();
  }
  const summary = summarise(rows, options.runs);
  printPageSummary(summary);
  return { rows, summary };
}
