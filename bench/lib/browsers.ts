// The two browsers of a page-load comparison: Chromium with the built extension, and the same Chromium without it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../test/e2e/browser';

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium without the extension, in a persistent profile like the extension's, same viewport and flags. */
export async function launchPlain(): Promise<PlainBrowser> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'backstory-bench-plain-')), {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    // Injecting mark.js must not depend on a saved page's Content-Security-Policy.
    bypassCSP: true,
    args: chromiumArgs,
  });
  return { context, close: () => context.close() };
}

export type { Browser };
