// Which document of the tab this content script runs in: the top page, or a same-origin frame inside it.
import type { ScanFrame } from '../shared/messages';

/**
 * The top window, when this document may mark: the top page itself, or a frame of the same origin (a comment
 * thread, an embedded article). Frames of other origins (ads, players, widgets) are left alone.
 */
export function reachableTop(): Window | null {
  if (window === window.top) return window;
  try {
    // Reading a cross-origin top's location throws: that is the test.
    return window.top !== null && window.top.location.origin === location.origin ? window.top : null;
  } catch {
    return null;
  }
}

/** A frame's id, once per document: every scan session of it (after a mute, a site switch) reports under it. */
const frameId = `${performance.timeOrigin}:${Math.random().toString(36).slice(2, 10)}`;

/** This document's identity in its tab's record (see ScanFrame). */
export function scanFrame(top: Window): ScanFrame {
  return { page: String(top.performance.timeOrigin), id: top === window ? 'top' : frameId };
}
