// What each tab mentions, kept in storage.session so the popup can read it after the worker slept.
import browser from 'webextension-polyfill';
import type { Mention } from '../detect/types';
import type { ScanFrame } from '../shared/messages';
import { withMarks, withScan, type ScanOf, type TabRecord } from './tab-record';

export type { TabRecord };

const keyOf = (tabId: number) => `tab:${tabId}`;

/** The records this worker wrote, so that the popup's report needs no storage read while the worker lives. */
const written = new Map<number, TabRecord>();

export async function readTab(tabId: number): Promise<TabRecord | null> {
  const known = written.get(tabId);
  if (known) return known;
  const key = keyOf(tabId);
  return ((await browser.storage.session.get(key))[key] as TabRecord | undefined) ?? null;
}

/** Each tab's record updates, one after another: a page and its frames scan at the same time. */
const updates = new Map<number, Promise<unknown>>();

/** Adds a scan to the tab's record (or starts it afresh), and returns the new record (withScan: `marked`). */
export function recordScan(
  tabId: number,
  scan: ScanOf,
  mentions: Mention[],
  marked: Record<string, number>,
): Promise<TabRecord> {
  return update(tabId, (record) => withScan(record, scan, mentions, marked));
}

/** Records how many marks of each entity one document of the tab has now. */
export function recordMarks(
  tabId: number,
  report: { url: string; frame: ScanFrame },
  counts: Record<string, number>,
): Promise<TabRecord> {
  return update(tabId, (record) => withMarks(record, report, counts));
}

function update(tabId: number, change: (record: TabRecord | null) => TabRecord): Promise<TabRecord> {
  const apply = async () => {
    const record = change(await readTab(tabId));
    await browser.storage.session.set({ [keyOf(tabId)]: record });
    written.set(tabId, record);
    await showBadge(tabId, Object.keys(record.counts).length);
    return record;
  };
  const next = (updates.get(tabId) ?? Promise.resolve()).then(apply, apply);
  updates.set(tabId, next);
  // The chain forgets a tab once its last update is done.
  void next.finally(() => updates.get(tabId) === next && updates.delete(tabId)).catch(() => undefined);
  return next;
}

export async function forgetTab(tabId: number): Promise<void> {
  written.delete(tabId);
  await browser.storage.session.remove(keyOf(tabId));
}

async function showBadge(tabId: number, entities: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#263a66' });
  await browser.action.setBadgeText({ tabId, text: entities ? String(entities) : '' });
}
