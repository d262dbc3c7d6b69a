// The background's one handle on the knowledge base, and the bundled packs it keeps installed.
import browser from 'webextension-polyfill';
import { openKb, type KbDb } from '../kb/db';
import { importPack, listPacks } from '../packs/import';

/** The packs that ship in public/packs/, loaded on first install; a user may remove them like any other. */
export const bundledPacks = ['packs/alibaba-memo.json', 'packs/sec-directory.json'] as const;

let opening: Promise<KbDb> | undefined;

/** Opens the KB once per worker life; a cold worker pays one open. */
export function kb(): Promise<KbDb> {
  opening ??= openKb().catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** Bundled packs the user removed: never brought back by an update. */
const removedKey = 'removedBundledPacks';

export async function rememberRemovedBundled(packId: string): Promise<void> {
  const removed = ((await browser.storage.local.get(removedKey))[removedKey] as string[] | undefined) ?? [];
  if (!removed.includes(packId)) await browser.storage.local.set({ [removedKey]: [...removed, packId] });
}

/**
 * Imports each bundled pack the KB lacks or has in an older version, but those the user removed. Runs on
 * install, on update (a newer bundled pack reaches existing users) and on browser start (an import the worker
 * died in is finished). Returns the errors, to log.
 */
export async function loadBundledPacks(): Promise<string[]> {
  const db = await kb();
  const removed = new Set(((await browser.storage.local.get(removedKey))[removedKey] as string[] | undefined) ?? []);
  const installed = new Map((await listPacks(db)).map((pack) => [pack.id, pack.version]));
  const failures: string[] = [];
  for (const path of bundledPacks) {
    try {
      const raw: unknown = await (await fetch(browser.runtime.getURL(path))).json();
      const { id, version } = (raw ?? {}) as { id?: unknown; version?: unknown };
      if (typeof id === 'string' && (removed.has(id) || installed.get(id) === version)) continue;
      const report = await importPack(db, raw, { source: 'bundled' });
      if (!report.ok) failures.push(`${path}: ${report.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    } catch (error) {
      failures.push(`${path}: ${String(error)}`);
    }
  }
  return failures;
}

let install: Promise<unknown> | undefined;

/** Marks a first-install import as under way, so that scans wait for the packs rather than see an empty KB. */
export function installing<T>(work: Promise<T>): Promise<T> {
  install = work.finally(() => (install = undefined));
  return work;
}

/** Resolves once no first-install import is running. */
export async function installed(): Promise<void> {
  await install;
}
