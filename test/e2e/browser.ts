// Chromium with the built extension loaded, as a person would have it, driven by playwright-core.
/// <reference types="chrome" />
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { root } from './serve';

export const defaultExtensionDir = process.env.BACKSTORY_OUT
  ? resolve(process.env.BACKSTORY_OUT)
  : join(root, 'dist/chrome');

/** Debian's Chromium binary (`/usr/bin/chromium` is a wrapper script that adds flags of its own). */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found)
    throw new Error(
      "No Chromium found for the end-to-end tests. Install Debian's: `sudo apt-get update && sudo apt-get install -y chromium` " +
        '(or set CHROMIUM_PATH to a Chromium binary). `npx playwright install` cannot download one here.',
    );
  return found;
}

/**
 * Flags for every Chromium we start: root needs --no-sandbox; the rest keep Chromium from calling out to a network
 * this machine does not have (it would fail, many times, at every start). Outside traffic of the saved pages is
 * cut at the host resolver: every name but this machine's test server fails to resolve. Unlike `page.route`, this
 * costs nothing per request: a routed request waits for a round trip through Node, the extension's own module
 * fetches (chrome-extension://) included, which made pages and the popup look slower than they are.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * The same cut by `page.route`, kept by page-safety, whose byte-for-byte comparisons were made stable with it (with
 * the resolver cut alone, cnn-002's markup once differed between loads: its requests fail sooner, in another
 * order). It must let chrome-extension:// through, since the crxjs content-script loader fetches its chunks there.
 */
export async function blockOutside(target: BrowserContext | Page): Promise<void> {
  await target.route('**/*', (route) => {
    const url = route.request().url();
    return /^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:\/\/|data:)/.test(url) ? route.continue() : route.abort();
  });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The URL of an extension page, e.g. `src/popup/index.html?tab=3`. */
  extensionUrl(path: string): string;
  /** Opens an extension page and sends one protocol message from it. */
  send<T>(type: string, req?: unknown): Promise<T>;
  close(): Promise<void>;
}

/**
 * `backForwardCache`: keep Chromium's back/forward cache, which Playwright turns off by default. `dir`: another
 * build of the extension than BACKSTORY_OUT's (benches compare two).
 */
export async function launch(
  options: { headless?: boolean; backForwardCache?: boolean; dir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.dir ?? defaultExtensionDir;
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build:chrome\` first.`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'backstory-e2e-')), {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions', ...(options.backForwardCache ? ['--disable-back-forward-cache'] : [])],
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...chromiumArgs],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
  let messenger: Page | undefined;
  const send = async <T>(type: string, req?: unknown): Promise<T> => {
    if (!messenger || messenger.isClosed()) {
      messenger = await context.newPage();
      await messenger.goto(extensionUrl('src/options/index.html'));
    }
    const envelope = (await messenger.evaluate(([t, r]) => chrome.runtime.sendMessage({ type: t, req: r }), [
      type,
      req,
    ] as const)) as { ok: true; value: T } | { ok: false; error: string };
    if (!envelope.ok) throw new Error(`${type}: ${envelope.error}`);
    return envelope.value;
  };
  return { context, worker, extensionId, extensionUrl, send, close: () => context.close() };
}

/** Waits until the first-install import has put the bundled packs in the KB. */
export async function waitForBundledPacks(browser: ExtensionBrowser, count = 2): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const packs = await browser.send<unknown[]>('packs/list').catch(() => []);
    if (packs.length >= count) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the bundled packs were not imported within a minute`);
}

/** The tab id Chromium gave the page, as the extension sees it. */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  // Without the "tabs" permission the extension does not see tab URLs; it does keep its record of each scanned tab.
  const id = await browser.worker.evaluate(async (u) => {
    const records = (await chrome.storage.session.get(null)) as Record<string, { url?: string }>;
    const key = Object.keys(records).find((k) => k.startsWith('tab:') && records[k]?.url === u);
    return key ? Number(key.slice(4)) : undefined;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

type FrameTree = { frame: { id: string; url: string }; childFrames?: FrameTree[] };

/**
 * Runs a function in a fresh isolated world of the page (or of its frame at `frameUrl`), out of reach of what the
 * page did to its own prototypes.
 */
async function inIsolatedWorld<T>(page: Page, fn: () => T, frameUrl?: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const find = (tree: FrameTree): FrameTree | undefined =>
      tree.frame.url === frameUrl ? tree : (tree.childFrames ?? []).map(find).find(Boolean);
    const frame = frameUrl === undefined ? frameTree : find(frameTree);
    if (!frame) throw new Error(`no frame at ${frameUrl}`);
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frame.frame.id,
      worldName: 'backstory-test',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})()`,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Every mark the extension registered (name, marked text, centre of its first box), as any tool on the page can
 * read them; in the page's frame at `frameUrl` if given (coordinates in that frame).
 */
export async function marksOn(
  page: Page,
  frameUrl?: string,
): Promise<{ name: string; text: string; x: number; y: number }[]> {
  return inIsolatedWorld(
    page,
    () => {
      const found: { name: string; text: string; x: number; y: number }[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('backstory')) continue;
        for (const range of highlight as unknown as Iterable<Range>) {
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          found.push({ name, text: range.toString(), x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
        }
      }
      return found;
    },
    frameUrl,
  );
}

/**
 * The text the card shows. Its shadow root is closed (page scripts cannot read it), so the test reads it
 * the way the DevTools do: the protocol's DOM tree with shadow roots pierced.
 */
type DomNode = {
  nodeId: number;
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  /** An iframe's document. */
  contentDocument?: DomNode;
};

/** The card host (in the page or a frame), with its closed shadow tree, from the protocol's pierced DOM tree. */
async function cardHost(session: CDPSession): Promise<DomNode | null> {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | undefined =>
    node.nodeName === 'BACKSTORY-CARD'
      ? node
      : [...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])].map(find).find(Boolean);
  return find(root) ?? null;
}

export async function cardText(page: Page, cdp?: CDPSession): Promise<string | null> {
  const session = cdp ?? (await page.context().newCDPSession(page));
  const host = await cardHost(session);
  if (!host) return null;
  const texts: string[] = [];
  const collect = (node: DomNode) => {
    if (node.nodeName === 'STYLE') return;
    if (node.nodeType === 3 && node.nodeValue) texts.push(node.nodeValue);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(child);
  };
  collect(host);
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Where the card is on screen (its dialog's border box, in CSS pixels), or null when no card shows. */
export async function cardBox(
  page: Page,
): Promise<{ top: number; bottom: number; left: number; right: number } | null> {
  const session = await page.context().newCDPSession(page);
  const host = await cardHost(session);
  if (!host) return null;
  const find = (node: DomNode): DomNode | undefined => {
    const attrs = node.attributes ?? [];
    const role = attrs[attrs.indexOf('role') + 1];
    if (attrs.includes('role') && role === 'dialog') return node;
    return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(find).find(Boolean);
  };
  const dialog = find(host);
  if (!dialog) return null;
  const { model } = (await session.send('DOM.getBoxModel', { nodeId: dialog.nodeId })) as {
    model: { border: number[] };
  };
  const xs = model.border.filter((_, i) => i % 2 === 0);
  const ys = model.border.filter((_, i) => i % 2 === 1);
  return { top: Math.min(...ys), bottom: Math.max(...ys), left: Math.min(...xs), right: Math.max(...xs) };
}
