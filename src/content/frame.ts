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

/** This document's identity in its tab's record (see ScanFrame). */
export function scanFrame(top: Window): ScanFrame {
  const page = String(top.performance.timeOrigin);
  return { page, id: top === window ? 'top' : `${performance.timeOrigin}:${Math.random().toString(36).slice(2)}` };
}
