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
  return parseWindow(html).document;
}

function parseWindow(html: string): { window: Window; document: Document } {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  // <link> elements are never visible, and happy-dom would try to preload them (and fail on relative URLs).
  const doc = new window.DOMParser().parseFromString(html.replace(/<link\b[^>]*>/gi, ''), 'text/html');
  return { window, document: doc as unknown as Document };
}

function readPage(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    throw new Error(`cannot read page: ${path}`);
  }
}

/** Reads, decodes, parses and extracts a saved page. Throws with a clear message if the file is missing. */
export function loadPage(path: string): Extraction {
  return extractText(parseHtml(decodePage(readPage(path))));
}

/**
 * The extracted text only, with the page's window closed: a happy-dom window left open keeps its whole DOM
 * alive, and the garbage collector then runs through timings (the detection bench).
 */
export function loadPageText(path: string): string {
  const { window, document } = parseWindow(decodePage(readPage(path)));
  const { text } = extractText(document);
  void window.happyDOM.abort().catch(() => undefined);
  return text;
}
