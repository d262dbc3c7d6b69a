// Chromium with the built extension and a KB of 10,000+ entities: the bundled packs plus a generated filler pack.
/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { launch, marksOn, waitForBundledPacks, type ExtensionBrowser } from '../../test/e2e/browser';
import type { ImportReport } from '../../src/kb/types';
import { fillerPack, fillerSize, targetEntities } from './lexicon';
import { installObservers } from './probe';
import { sleep } from './stats';

export interface PreparedExtension {
  browser: ExtensionBrowser;
  /** Entities in the KB once the filler is in. */
  entities: number;
  fillerEntities: number;
}

/** Entities in the extension's KB, counted in the service worker. */
async function kbEntities(browser: ExtensionBrowser): Promise<number> {
  return browser.worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('entities').objectStore('entities').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/** Loads a page and waits for its first marks, so the worker has compiled and cached the new lexicon. */
async function warmUp(browser: ExtensionBrowser, url: string): Promise<void> {
  const page: Page = await browser.context.newPage();
  await page.goto(url);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !(await marksOn(page)).length) await sleep(200);
  await page.close();
}

/**
 * Launches Chromium with the extension (`dir`: another build than BACKSTORY_OUT's), waits for the bundled packs,
 * imports filler up to 10,000 entities.
 */
export async function prepareExtension(warmUrl: string, dir?: string): Promise<PreparedExtension> {
  const browser = await launch(dir ? { dir } : {});
  await installObservers(browser.context);
  await waitForBundledPacks(browser);
  const bundled = await kbEntities(browser);
  const n = fillerSize(bundled);
  if (n > 0) {
    const report = await browser.send<ImportReport>('packs/import', {
      json: JSON.stringify(fillerPack(n)),
      source: 'file',
    });
    if (!report.ok) throw new Error(`filler pack refused: ${JSON.stringify(report.errors.slice(0, 3))}`);
  }
  const entities = await kbEntities(browser);
  if (entities < targetEntities) throw new Error(`the KB holds ${entities} entities, under ${targetEntities}`);
  await warmUp(browser, warmUrl);
  return { browser, entities, fillerEntities: n };
}
