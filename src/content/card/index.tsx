// The hover card, loaded on first use: one host element on <html>, a closed shadow root, Preact inside.
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { EntityCard } from '../../kb/types';
import { Card } from './Card';
import css from './card.css?inline';

export interface CardCallbacks {
  onDetails(entityId: string): void;
  onPointerLeave(): void;
  onClose(): void;
}

export interface CardView {
  show(anchor: Range, card: EntityCard | null, focus: boolean): Promise<void>;
  hide(): void;
  contains(target: EventTarget | null): boolean;
  hasFocus(): boolean;
  destroy(): void;
}

// The host keeps every page style away: inline, important, and reset by `all: initial`.
const hostStyle =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'z-index: 2147483647 !important; display: block !important; contain: layout style !important;';

export function createCardView(callbacks: CardCallbacks): CardView {
  const host = document.createElement('backstory-card');
  host.setAttribute('style', hostStyle);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const box = document.createElement('div');
  box.className = 'box';
  shadow.append(style, box);
  box.addEventListener('pointerleave', () => callbacks.onPointerLeave());
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') callbacks.onClose();
  });

  let returnFocus: HTMLElement | null = null;
  return {
    async show(anchor, card, focus) {
      if (!host.isConnected) document.documentElement.append(host);
      render(<Card card={card} onDetails={callbacks.onDetails} />, box);
      const reference = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
      };
      // Measured while shown but invisible: a hidden box has no size, and nothing would flip at the viewport's edge.
      box.style.visibility = 'hidden';
      box.classList.add('open');
      const { x, y } = await computePosition(reference, box, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      });
      box.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      box.style.visibility = '';
      if (focus) {
        // Where the reader was, to go back to when the card closes.
        returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        box.querySelector<HTMLElement>('[role="dialog"]')?.focus();
      }
    },
    hide() {
      const hadFocus = shadow.activeElement !== null;
      render(null, box);
      box.classList.remove('open');
      host.remove();
      if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    },
    contains: (target) => target === host,
    hasFocus: () => host.isConnected && shadow.activeElement !== null,
    destroy() {
      render(null, box);
      host.remove();
    },
  };
}
