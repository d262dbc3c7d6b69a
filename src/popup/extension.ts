// The popup's line to the extension API and the background, without webextension-polyfill.
import type { Browser } from 'webextension-polyfill';
import { callerFor } from '../shared/caller';

/**
 * Firefox's `browser`, else Chrome's `chrome`: since Chrome 121 (our minimum) the calls the popup makes return
 * promises there too. The polyfill's module, shared with the background, was one more request before the first
 * content, for nothing the popup needs.
 */
const scope = globalThis as unknown as { browser?: Browser; chrome: Browser };
export const ext: Browser = scope.browser ?? scope.chrome;

/** Asks the background, as `call` in shared/rpc.ts does; a failure comes back as `{ ok: false }`. */
export const call = callerFor(ext.runtime);
