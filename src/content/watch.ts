// New content (infinite scroll, live blogs, single-page apps): the observer only queues; idle slices do the work.
import { unread } from './extract';

/** How much of an idle period one slice may use, so the page never sees a long task from us. */
const sliceMs = 8;
/** The least a slice may use when the page never idles (requestIdleCallback's timeout fired). */
const minSliceMs = 4;
/** Past this many queued roots the page is mutating faster than a reader reads: we drop the surplus. */
const maxQueue = 500;

const idle: (callback: (deadline: { timeRemaining(): number }) => void) => number =
  typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback, { timeout: 1000 })
    : (callback) => window.setTimeout(() => callback({ timeRemaining: () => sliceMs }), 50);

/** Calls `scan` with each added subtree that has text, in idle time; stops when `signal` aborts. */
export function watchMutations(scan: (roots: Element[]) => Promise<void>, signal: AbortSignal): void {
  const queue = new Set<Element>();
  let scheduled = false;

  const flush = async (deadline: { timeRemaining(): number }) => {
    scheduled = false;
    const roots: Element[] = [];
    const started = performance.now();
    // A page that never idles still gets a small slice when the idle callback times out.
    const budget = Math.max(Math.min(sliceMs, deadline.timeRemaining()), minSliceMs);
    for (const root of queue) {
      queue.delete(root);
      if (root.isConnected && !roots.some((r) => r.contains(root))) {
        for (let i = roots.length - 1; i >= 0; i--) if (root.contains(roots[i]!)) roots.splice(i, 1);
        roots.push(root);
      }
      if (performance.now() - started > budget) break;
    }
    if (roots.length && !signal.aborted) await scan(roots);
    if (queue.size && !signal.aborted) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    idle((deadline) => void flush(deadline));
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        if (!element || queue.size >= maxQueue) continue;
        // Scripts and style sheets a page adds are often its largest texts, and none of it is read.
        if (unread(element.tagName) || !element.textContent?.trim()) continue;
        queue.add(element);
      }
    }
    if (queue.size) schedule();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    queue.clear();
  });
}
