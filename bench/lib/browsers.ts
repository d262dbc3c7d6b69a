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
 * What a floor extension's content scripts do. `empty`: nothing, injected where and when ours are: the floor any
 * content script pays (an isolated world per page, the injection). `talking`: at document_idle, read the settings
 * from `storage.local` and ask the background once, as any design that scans in the background must before its
 * own work starts (the extension API's bindings in the page, two round trips). `reading`: the same, with the body's
 * text read by a bare TreeWalker and sent in the message: what the design (text to the background, offsets
 * back) pays before it finds or marks anything.
 */
export type FloorKind = 'empty' | 'talking' | 'reading';

const talkingIdleScript = `chrome.storage.local.get('settings').then(() => chrome.runtime.sendMessage({ type: 'page/scan' }));\n`;
const readingIdleScript = `chrome.storage.local.get('settings').then(() => {
  const parts = [];
  if (document.body) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.data);
  }
  return chrome.runtime.sendMessage({ type: 'page/scan', text: parts.join('') });
});
`;
const idleScripts: Record<FloorKind, string> = {
  empty: 'void 0;\n',
  talking: talkingIdleScript,
  reading: readingIdleScript,
};
const talkingWorker = `chrome.runtime.onMessage.addListener((message, sender, reply) => reply({ ok: true, value: [] }));\n`;

/** Chromium with a floor extension (FloorKind), to tell what any content script costs from what Backstory's own work costs. */
export async function launchFloorExtension(kind: FloorKind): Promise<PlainBrowser> {
  const dir = mkdtempSync(join(tmpdir(), `backstory-bench-${kind}-ext-`));
  const script = (file: string, runAt: string) => ({
    matches: ['http://*/*', 'https://*/*'],
    js: [file],
    all_frames: true,
    run_at: runAt,
  });
  const manifest = {
    manifest_version: 3,
    name: `${kind} content scripts`,
    version: '1',
    content_scripts: [script('idle.js', 'document_idle'), script('start.js', 'document_start')],
    ...(kind !== 'empty' ? { permissions: ['storage'], background: { service_worker: 'worker.js' } } : {}),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'start.js'), 'void 0;\n');
  writeFileSync(join(dir, 'idle.js'), idleScripts[kind]);
  if (kind !== 'empty') writeFileSync(join(dir, 'worker.js'), talkingWorker);
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
