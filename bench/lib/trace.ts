// A Chromium trace of one page load, reduced to the main-thread tasks in which the extension's scripts ran.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; functionName?: string } };
}

/** A main-thread task that ran extension script, and what its time went to (self time by trace event). */
export interface ExtensionTask {
  start: number;
  ms: number;
  /** Of ms, the time inside the extension's own script (and the style, layout and GC it forced from there). */
  ownMs: number;
  breakdown: Record<string, number>;
}

export interface Attribution {
  /** Main-thread ms of the tasks in which the extension's script ran (with the layout those tasks forced). */
  taskMs: number;
  /** Of taskMs, the extension's own part: a content script at document_start runs inside the page's parser task. */
  ownMs: number;
  tasks: ExtensionTask[];
}

const categories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'];

/** Starts tracing on a page's session (call before navigating). */
export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReturnAsStream' });
}

/** Starts a light trace of the scheduler's tasks only, which carry their thread (CPU) time. */
export async function startTaskTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel'] },
    transferMode: 'ReturnAsStream',
  });
}

/**
 * CPU ms of the renderers' main-thread tasks: thread time (tdur), not wall time, so that the other processes
 * of a busy two-core machine (our own service worker among them) do not count as the page's main thread.
 */
export function mainThreadCpuMs(events: TraceEvent[]): number {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => isTask(e) && mains.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  let us = 0;
  const coveredUntil = new Map<string, number>();
  for (const task of tasks) {
    const thread = `${task.pid}:${task.tid}`;
    if (task.ts < (coveredUntil.get(thread) ?? -Infinity)) continue;
    coveredUntil.set(thread, task.ts + (task.dur ?? 0));
    us += task.tdur ?? task.dur ?? 0;
  }
  return us / 1000;
}

/** Ends the trace and returns its events. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const isTask = (e: TraceEvent): boolean =>
  e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
/** Trace events of script running (not a resource fetch: the manifest's CSS is fetched inside the page's parser tasks). */
const scriptEvents = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.run',
  'TimerFire',
]);
const fromExtension = (e: TraceEvent): boolean =>
  (scriptEvents.has(e.name) || e.name.startsWith('v8.')) &&
  [e.args?.data?.url, e.args?.data?.scriptName].some(
    (u) => typeof u === 'string' && u.startsWith('chrome-extension://'),
  );

/** Self time of each event name inside a task (nested complete events on the same thread). */
function breakdown(task: TraceEvent, inside: TraceEvent[]): Record<string, number> {
  const self: Record<string, number> = {};
  const sorted = inside
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: TraceEvent[] = [task];
  const add = (e: TraceEvent, ms: number) => (self[e.name] = (self[e.name] ?? 0) + ms);
  add(task, (task.dur ?? 0) / 1000);
  for (const e of sorted) {
    while (stack.length > 1 && e.ts >= stack[stack.length - 1]!.ts + (stack[stack.length - 1]!.dur ?? 0)) stack.pop();
    add(stack[stack.length - 1]!, -(e.dur ?? 0) / 1000);
    add(e, (e.dur ?? 0) / 1000);
    stack.push(e);
  }
  return Object.fromEntries(
    Object.entries(self)
      .filter(([, ms]) => ms >= 0.5)
      .sort((a, b) => b[1] - a[1]),
  );
}

/** The main-thread tasks of the page's renderer in which extension script ran. */
export function attribute(events: TraceEvent[]): Attribution {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  const tasks: ExtensionTask[] = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts);
    const origin = list.find((e) => e.ts > 0)?.ts ?? 0;
    let coveredUntil = -Infinity;
    for (let i = 0; i < list.length; i++) {
      const task = list[i]!;
      // Only the outermost task: the scheduler's RunTask events nest.
      if (!isTask(task) || task.ts < coveredUntil) continue;
      const end = task.ts + (task.dur ?? 0);
      coveredUntil = end;
      const inside: TraceEvent[] = [];
      // Top-level tasks do not overlap: what starts before this one ends ran inside it.
      for (let j = i + 1; j < list.length && list[j]!.ts < end; j++) if (!isTask(list[j]!)) inside.push(list[j]!);
      if (!inside.some(fromExtension)) continue;
      tasks.push({
        start: (task.ts - origin) / 1000,
        ms: (task.dur ?? 0) / 1000,
        ownMs: ownTime(inside),
        breakdown: breakdown(task, inside),
      });
    }
  }
  const sum = (f: (t: ExtensionTask) => number) => tasks.reduce((a, t) => a + f(t), 0);
  return { taskMs: sum((t) => t.ms), ownMs: sum((t) => t.ownMs), tasks };
}

/** Ms covered by the outermost extension script events of a task (what they called and forced is inside them). */
function ownTime(inside: TraceEvent[]): number {
  let ms = 0;
  let until = -Infinity;
  for (const e of inside) {
    if (e.ph !== 'X' || e.dur === undefined || !fromExtension(e) || e.ts < until) continue;
    until = e.ts + e.dur;
    ms += e.dur / 1000;
  }
  return ms;
}

/**
 * A long task the extension caused: over the threshold, and under it without the extension's own part. A page's
 * 80 ms parser task in which our document_start script ran for 0.2 ms is the page's.
 */
export const causedLongTask = (t: ExtensionTask, thresholdMs: number): boolean =>
  t.ms > thresholdMs && t.ms - t.ownMs <= thresholdMs;
