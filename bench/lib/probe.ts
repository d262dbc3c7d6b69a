// What a bench reads from one loaded page: main-thread metrics and heap over CDP, long tasks, the marks' count.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** A long task (or a long animation frame's script) as the page's PerformanceObserver saw it. */
export interface LongTask {
  start: number;
  duration: number;
}

/** A script that ran within a long animation frame, with its source (LoAF attributes scripts by URL). */
export interface LoafScript {
  source: string;
  invoker: string;
  start: number;
  duration: number;
}

interface Observed {
  longTasks: LongTask[];
  loafScripts: LoafScript[];
}

/**
 * Installed before any page script: records long tasks and the scripts of long animation frames.
 * (No named function expressions inside: tsx would wrap them in a helper the page does not have.)
 */
function observeLongWork(): void {
  const seen: Observed = { longTasks: [], loafScripts: [] };
  Object.defineProperty(window, '__backstoryBench', { value: seen });
  type Script = { sourceURL: string; invoker: string; startTime: number; duration: number };
  for (const type of ['longtask', 'long-animation-frame']) {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (type === 'longtask') seen.longTasks.push({ start: e.startTime, duration: e.duration });
          for (const s of (e as unknown as { scripts?: Script[] }).scripts ?? [])
            seen.loafScripts.push({
              source: s.sourceURL,
              invoker: s.invoker,
              start: s.startTime,
              duration: s.duration,
            });
        }
      }).observe({ type, buffered: true });
    } catch {
      // An entry type this Chromium lacks: nothing recorded.
    }
  }
}

/** Makes every page of the context record its long tasks from the start. */
export async function installObservers(context: BrowserContext): Promise<void> {
  await context.addInitScript(observeLongWork);
}

/** What the observers recorded on the page so far. */
export async function observed(page: Page): Promise<Observed> {
  return page.evaluate(
    () => (window as unknown as { __backstoryBench?: Observed }).__backstoryBench ?? { longTasks: [], loafScripts: [] },
  );
}

export interface MainThread {
  /** Milliseconds of main-thread tasks, and of script within them, since the renderer started. */
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  /** CPU time of the renderer's main thread since it started (ThreadTime). */
  cpuMs: number;
  jsHeapUsed: number;
}

/** The renderer's cumulative main-thread time and heap (DevTools protocol `Performance.getMetrics`). */
export async function mainThread(cdp: CDPSession): Promise<MainThread> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return {
    taskMs: get('TaskDuration') * 1000,
    scriptMs: get('ScriptDuration') * 1000,
    layoutMs: get('LayoutDuration') * 1000,
    styleMs: get('RecalcStyleDuration') * 1000,
    cpuMs: get('ThreadTime') * 1000,
    jsHeapUsed: get('JSHeapUsedSize'),
  };
}

export interface Heap {
  /** V8 heap used by the page's isolate: the page's world and every isolated world (content scripts) in it. */
  jsUsed: number;
  /** Blink's garbage-collected heap (Ranges, Highlights and DOM wrappers live here). */
  embedderUsed: number;
  /** Array buffers and external strings. */
  backing: number;
  /** `Performance.getMetrics` JSHeapUsedSize after the collection. */
  metricsJsUsed: number;
}

/** Heap after a full garbage collection, so only what is still reachable counts. */
export async function heapAfterGc(cdp: CDPSession): Promise<Heap> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const { jsHeapUsed } = await mainThread(cdp);
  return {
    jsUsed: usage.usedSize,
    embedderUsed: usage.embedderHeapUsedSize ?? 0,
    backing: usage.backingStorageSize ?? 0,
    metricsJsUsed: jsHeapUsed,
  };
}

/**
 * Counts the ranges registered in `CSS.highlights` under `backstory…` names, from an isolated world of our own
 * (as `marksOn` does, without computing rects: a poll should cost the page next to nothing).
 */
export async function highlightCounter(cdp: CDPSession): Promise<() => Promise<number>> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'backstory-bench',
  });
  const expression = `(() => { let n = 0; for (const [name, h] of CSS.highlights) if (name.startsWith('backstory')) n += h.size; return n; })()`;
  return async () => {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
    });
    return typeof result.value === 'number' ? result.value : 0;
  };
}
