// When the card opens and closes: a dwell on a mark opens it, a short grace lets the pointer move into it.
import type { Mark, MarkSet } from './marks';

/** How long the pointer may be off both the mark and the card before the card closes (Wikipedia's previews: ~300 ms). */
export const graceMs = 300;
/** How long after a keyboard open its own scrolling is not taken for the reader scrolling away. */
const keyboardScrollMs = 600;

export interface HoverTarget {
  /** The pointer (or the keyboard) rests on a mark: open its card. */
  open(mark: Mark, via: 'pointer' | 'keyboard'): void;
  close(): void;
  /** Whether an event's target is inside the card. */
  isInCard(target: EventTarget | null): boolean;
  /** Whether the card has keyboard focus, so scrolling should not close it. */
  hasFocus(): boolean;
}

export interface HoverControl {
  /** Opens a mark's card from the keyboard (the next-mention command). */
  openFromKeyboard(mark: Mark): void;
  /** The card reports that the pointer left it. */
  pointerLeftCard(): void;
}

/** Wires pointer, keyboard and scroll listeners; everything is removed when `signal` aborts. */
export function watchHover(
  marks: MarkSet,
  target: HoverTarget,
  delay: () => number,
  signal: AbortSignal,
): HoverControl {
  let current: Mark | undefined;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let open = false;
  let frame = 0;
  let last = { x: 0, y: 0 };

  const cancel = () => {
    clearTimeout(dwell);
    clearTimeout(grace);
  };
  const close = () => {
    cancel();
    current = undefined;
    if (open) target.close();
    open = false;
  };

  const settle = () => {
    frame = 0;
    const mark = marks.at(last.x, last.y);
    if (mark === current) {
      if (mark) clearTimeout(grace);
      return;
    }
    clearTimeout(dwell);
    if (mark) {
      clearTimeout(grace);
      current = mark;
      dwell = setTimeout(() => {
        open = true;
        target.open(mark, 'pointer');
      }, delay());
    } else if (open) {
      clearTimeout(grace);
      grace = setTimeout(close, graceMs);
    } else {
      current = undefined;
    }
  };

  const options = { passive: true, capture: true, signal };
  document.addEventListener(
    'pointermove',
    (event) => {
      if (target.isInCard(event.target)) {
        clearTimeout(grace);
        return;
      }
      last = { x: event.clientX, y: event.clientY };
      frame ||= requestAnimationFrame(settle);
    },
    options,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && open) close();
    },
    options,
  );
  // Scrolling away from the mark closes the card, as it does for page previews.
  // (Not the scroll that brings a mark into view for the keyboard.)
  let keyboardAt = -Infinity;
  window.addEventListener(
    'scroll',
    () => {
      if (open && !target.hasFocus() && performance.now() - keyboardAt > keyboardScrollMs) close();
    },
    options,
  );
  signal.addEventListener('abort', () => {
    cancel();
    cancelAnimationFrame(frame);
  });

  return {
    openFromKeyboard(mark) {
      keyboardAt = performance.now();
      cancel();
      current = mark;
      open = true;
      target.open(mark, 'keyboard');
    },
    pointerLeftCard() {
      if (!open) return;
      clearTimeout(grace);
      grace = setTimeout(close, graceMs);
    },
  };
}
