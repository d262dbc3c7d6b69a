// When a page with the extension is done: the background recorded its scan, and the marks stopped changing.
/// <reference types="chrome" />
import type { ExtensionBrowser } from '../../test/e2e/browser';
import { sleep } from './stats';

/** How often the marks are counted while waiting for them to settle. */
export const pollMs = 100;
/** The count must hold for this many polls in a row. */
const stablePolls = 3;

/** The background's per-tab records (`tab:<id>` in storage.session), by key: url and mention counts. */
async function tabRecords(browser: ExtensionBrowser): Promise<Record<string, { url: string; mentions: number }>> {
  return browser.worker.evaluate(async () => {
    const all = (await chrome.storage.session.get(null)) as Record<
      string,
      { url?: string; counts?: Record<string, number> }
    >;
    const out: Record<string, { url: string; mentions: number }> = {};
    for (const [key, record] of Object.entries(all)) {
      if (!key.startsWith('tab:')) continue;
      const counts = Object.values(record.counts ?? {});
      out[key] = { url: record.url ?? '', mentions: counts.reduce((a, b) => a + b, 0) };
    }
    return out;
  });
}

/** The tab keys known before a load, so the new tab's record can be told from an old one with the same URL. */
export async function tabKeys(browser: ExtensionBrowser): Promise<Set<string>> {
  return new Set(Object.keys(await tabRecords(browser)));
}

/** Waits (outside the page) for a new tab record of `url`; returns how many entity mentions it holds, or -1 on timeout. */
export async function waitForRecord(
  browser: ExtensionBrowser,
  url: string,
  known: Set<string>,
  timeoutMs = 30_000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const records = await tabRecords(browser);
    const fresh = Object.entries(records).find(([key, r]) => !known.has(key) && r.url === url);
    if (fresh) return fresh[1].mentions;
    await sleep(pollMs);
  }
  return -1;
}

export interface Settled {
  marks: number;
  polls: number;
}

/**
 * Polls the marks until the count holds (and is non-zero when the background found entity mentions), or
 * until the timeout.
 */
export async function untilMarksSettle(
  count: () => Promise<number>,
  expectMarks: boolean,
  timeoutMs = 15_000,
): Promise<Settled> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let same = 0;
  let polls = 0;
  while (Date.now() < deadline) {
    const n = await count();
    polls++;
    same = n === last ? same + 1 : 1;
    last = n;
    if (same >= stablePolls && (n > 0 || !expectMarks)) break;
    await sleep(pollMs);
  }
  return { marks: last, polls };
}

/** The plain run's mirror of a settle: as many polls, then idle until the same time since navigation. */
export async function mirrorSettle(
  count: () => Promise<number>,
  polls: number,
  untilMs: number,
  started: number,
): Promise<void> {
  for (let i = 0; i < polls; i++) {
    await count();
    await sleep(pollMs);
  }
  const left = untilMs - (Date.now() - started);
  if (left > 0) await sleep(left);
}
