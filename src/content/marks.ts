// Mentions as live Ranges: registered as CSS highlights (the page's DOM is untouched) and found again by hit-testing.
import type { Mention } from '../detect/types';
import type { MarkStyle } from '../shared/settings';
import { locate, type Extraction } from './extract';
import { adoptMarkStyles, dropMarkStyles } from './mark-styles';

/** A mention on the page. `notable`: its entity has events on record. */
export interface Mark {
  mention: Mention;
  range: Range;
  notable: boolean;
}

/** Highlight names; tests and tools find the marks in CSS.highlights under the `backstory` prefix. */
export const highlightNames = {
  underline: { plain: 'backstory-underline', notable: 'backstory-underline-notable' },
  highlight: { plain: 'backstory-highlight', notable: 'backstory-highlight-notable' },
} as const;

const allNames = Object.values(highlightNames).flatMap((pair) => [pair.plain, pair.notable]);

/** Builds the Range of a mention; null when the text moved under us since extraction. */
function rangeOf(extraction: Extraction, mention: Mention): Range | null {
  const start = locate(extraction, mention.start);
  const last = locate(extraction, mention.end - 1);
  // The page may have removed the text since it was extracted (a live blog, a storm of mutations).
  if (!start || !last || !start.node.isConnected || !last.node.isConnected) return null;
  // …or changed it (a live price, a clock): then the offsets may be past its end.
  if (start.offset > start.node.data.length || last.offset + 1 > last.node.data.length) return null;
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

export class MarkSet {
  readonly marks: Mark[] = [];
  private readonly byNode = new Map<Node, Mark[]>();

  constructor(private style: MarkStyle) {}

  /** Adds the mentions found in one extraction and shows them. */
  add(extraction: Extraction, mentions: Mention[], notable: ReadonlySet<string>): void {
    const added: Mark[] = [];
    for (const mention of mentions) {
      if (!mention.entity) continue; // nothing to say about a ticker nobody knows
      let range: Range | null = null;
      try {
        range = rangeOf(extraction, mention);
      } catch {
        // The page changed this text under us: leave this one mention out, keep the rest.
      }
      if (!range || this.has(range)) continue; // moved content comes back through the observer
      const mark = { mention, range, notable: notable.has(mention.entity) };
      added.push(mark);
      for (const node of [range.startContainer, range.endContainer]) {
        const list = this.byNode.get(node) ?? [];
        if (!list.includes(mark)) list.push(mark);
        this.byNode.set(node, list);
      }
    }
    this.prune();
    this.marks.push(...added);
    this.paint(added);
  }

  private has(range: Range): boolean {
    return (this.byNode.get(range.startContainer) ?? []).some(
      (mark) => mark.range.startOffset === range.startOffset && mark.range.endContainer === range.endContainer,
    );
  }

  /** How many marks of each entity are on the page now. */
  countsByEntity(): Record<string, number> {
    this.prune();
    const counts: Record<string, number> = {};
    for (const { mention } of this.marks)
      if (mention.entity) counts[mention.entity] = (counts[mention.entity] ?? 0) + 1;
    return counts;
  }

  /** The marks still on the page, in document order (for stepping through them from the keyboard). */
  inOrder(): Mark[] {
    this.prune();
    return [...this.marks].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  /** Forgets the marks whose text the page removed: their live ranges collapsed when it did. */
  private prune(): void {
    const gone = this.marks.filter((mark) => mark.range.collapsed || !mark.range.startContainer.isConnected);
    if (!gone.length) return;
    const goneSet = new Set(gone);
    this.marks.splice(0, this.marks.length, ...this.marks.filter((mark) => !goneSet.has(mark)));
    for (const [node, list] of this.byNode) {
      const kept = list.filter((mark) => !goneSet.has(mark));
      if (kept.length) this.byNode.set(node, kept);
      else this.byNode.delete(node);
    }
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    for (const highlight of CSS.highlights.values()) for (const mark of gone) highlight.delete(mark.range);
  }

  /** The mark under the point (client coordinates), if the point is really on its text. */
  at(x: number, y: number): Mark | undefined {
    const caret = caretAt(x, y);
    if (!caret) return undefined;
    const candidates = this.byNode.get(caret.node);
    if (!candidates) return undefined;
    return candidates.find((mark) => {
      try {
        return mark.range.isPointInRange(caret.node, caret.offset) && rectsContain(mark.range, x, y);
      } catch {
        return false;
      }
    });
  }

  setStyle(style: MarkStyle): void {
    this.unpaint();
    this.style = style;
    this.paint(this.marks);
  }

  clear(): void {
    this.unpaint();
    this.marks.length = 0;
    this.byNode.clear();
  }

  private paint(marks: Mark[]): void {
    if (this.style === 'off' || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    if (marks.length) adoptMarkStyles();
    const names = highlightNames[this.style];
    for (const mark of marks) {
      if (mark.range.collapsed) continue;
      const name = mark.notable ? names.notable : names.plain;
      let highlight = CSS.highlights.get(name);
      if (!highlight) {
        highlight = new Highlight();
        highlight.priority = mark.notable ? 2 : 1;
        CSS.highlights.set(name, highlight);
      }
      highlight.add(mark.range);
    }
  }

  private unpaint(): void {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    for (const name of allNames) CSS.highlights.delete(name);
  }

  /** Takes everything off the page, the adopted styles too. */
  destroy(): void {
    this.clear();
    dropMarkStyles();
  }
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Caret lookups snap to the nearest character, so a point past the end of a line must be checked against the text's boxes. */
function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}
