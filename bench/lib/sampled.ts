// The extension's own main-thread time in one page load, from V8's sampling profiler rather than the trace.
//
// The trace (trace.ts) can only credit the extension with events that carry its URL: the evaluation of its
// scripts and the callbacks the browser calls. The work that runs after an `await` (the scan's answer arriving,
// the marks being painted) runs as a microtask of whatever task resolved the promise, and the trace names no
// script for it. A sample's stack does: every sample with a chrome-extension:// frame on it counts, with the
// native work (style, layout, Range rects) that frame called into.
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Sampling interval, µs: fine enough for a few ms of script, coarse enough not to slow the page much. */
const intervalUs = 100;

/** Starts V8's sampling profiler on a page's session (call before navigating). */
export async function startSampling(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

/** Stops the profiler and returns the ms of samples with an extension frame on their stack. */
export async function stopSampling(cdp: CDPSession): Promise<number> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.send('Profiler.disable');
  return extensionMs(profile);
}

/** Ms of the samples whose stack holds a frame from a chrome-extension:// script. */
export function extensionMs(profile: Profile): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let known = ours.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = byId.get(id)!.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
      ours.set(id, known);
    }
    return known;
  };
  let us = 0;
  // timeDeltas[k] is the time before sample k: the time a sample stands for is the delta after it.
  profile.samples.forEach((id, k) => {
    if (isOurs(id)) us += profile.timeDeltas[k + 1] ?? 0;
  });
  return us / 1000;
}
