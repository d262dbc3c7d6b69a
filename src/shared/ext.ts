// The extension API without webextension-polyfill, for the code that runs first or on every page: the content
// script, the settings it reads, the popup.
import type { Browser } from 'webextension-polyfill';
import { callerFor } from './caller';

/**
 * Firefox's `browser`, else Chrome's `chrome`: since Chrome 121 (our minimum) the calls made through it return
 * promises there too. The polyfill (10 KB) is then one more module to fetch and compile before the popup's first
 * content and on every page the content script runs on, for nothing these callers need. The background keeps it:
 * its message listeners answer by returning a promise, which only the polyfill makes work in Chrome.
 */
const scope = globalThis as unknown as { browser?: Browser; chrome: Browser };
export const ext: Browser = scope.browser ?? scope.chrome;

/** Asks the background, as `call` in rpc.ts does; a failure comes back as `{ ok: false }`. */
export const call = callerFor(ext.runtime);
