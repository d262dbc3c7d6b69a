// The two browsers of a page-load comparison: Chromium with the built extension, and the same Chromium without it.
import { mkdtempSync, writeFileSync } from 'node:fs';
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

/**
 * Chromium with an extension whose content scripts do nothing, injected where and when ours are: the floor any
 * content script pays (an isolated world per page, the injection), to tell it from what Backstory's own work costs.
 */
export async function launchEmptyExtension(): Promise<PlainBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-empty-ext-'));
  const script = (file: string, runAt: string) => ({
    matches: ['http://*/*', 'https://*/*'],
    js: [file],
    all_frames: true,
    run_at: runAt,
  });
  const manifest = {
    manifest_version: 3,
    name: 'empty content scripts',
    version: '1',
    content_scripts: [script('idle.js', 'document_idle'), script('start.js', 'document_start')],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const file of ['idle.js', 'start.js']) writeFileSync(join(dir, file), 'void 0;\n');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'backstory-bench-floor-')), {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...chromiumArgs],
  });
  return { context, close: () => context.close() };
}

export type { Browser };
