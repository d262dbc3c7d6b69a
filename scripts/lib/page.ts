// Loading a saved page as a browser would: decode by its declared charset, parse with happy-dom, extract text.

import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { extractText, type Extraction } from '../../src/content/extract';

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Decodes page bytes: the declared charset, else UTF-8 if it is valid, else windows-1252. */
export function decodePage(bytes: Uint8Array): string {
  const declared = declaredCharset(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared === 'gb2312' ? 'gbk' : declared).decode(bytes);
    } catch {
      // An unknown label: fall through to the guesses below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Parses HTML without running scripts or loading anything. */
export function parseHtml(html: string): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  // <link> elements are never visible, and happy-dom would try to preload them (and fail on relative URLs).
  const doc = new window.DOMParser().parseFromString(html.replace(/<link\b[^>]*>/gi, ''), 'text/html');
  return doc as unknown as Document;
}

/** Reads, decodes, parses and extracts a saved page. Throws with a clear message if the file is missing. */
export function loadPage(path: string): Extraction {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(`cannot read page: ${path}`);
  }
  return extractText(parseHtml(decodePage(bytes)));
}
