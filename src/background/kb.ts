// The background's one handle on the knowledge base, and the bundled packs it loads on first install.
import browser from 'webextension-polyfill';
import { openKb, type KbDb } from '../kb/db';
import { importPack } from '../packs/import';

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

/** Imports every bundled pack; returns the errors of those that failed, to log. */
export async function loadBundledPacks(): Promise<string[]> {
  const db = await kb();
  const failures: string[] = [];
  for (const path of bundledPacks) {
    try {
      const raw: unknown = await (await fetch(browser.runtime.getURL(path))).json();
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
