// The two browsers of a page-load comparison: Chromium with the built extension, and the same Chromium without it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { findChromium } from '../../test/e2e/browser';

/** The flags the e2e harness launches with, so both browsers differ only by the extension. */
const sharedArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Only this machine's server (and extension pages): the saved pages' outside resources stay out, as in the harness. */
export async function blockOutside(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith('http://127.0.0.1') || url.startsWith('chrome-extension://') || url.startsWith('data:')
      ? route.continue()
      : route.abort();
  });
}

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
    args: sharedArgs,
  });
  await blockOutside(context);
  return { context, close: () => context.close() };
}

export type { Browser };
