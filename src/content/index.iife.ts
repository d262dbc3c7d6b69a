// The content script: extract the page's text, ask the background what it mentions, mark it, and card it on hover.
import type { ContentCommand } from '../shared/messages';
import { isContextGone } from '../shared/caller';
import { sameCounts, withMentions } from '../shared/counts';
import { call, ext } from '../shared/ext';
import { mutedFor, runsOn, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import type { CardView } from './card';
import { publishedDate } from './article-date';
import { extractText, joinExtractions } from './extract';
import { reachableTop, scanFrame } from './frame';
import { watchHover, type HoverControl } from './hover';
import { MarkSet, type Mark } from './marks';
import { watchMutations } from './watch';

let session: AbortController | undefined;
/** The card's module in the extension, as the background's scan answers name it (it is built under a hashed name). */
let cardModule: string | undefined;
/** Applies new settings to the running session when they need no rescan; false when they do. */
let applyLive: ((next: Settings) => boolean) | undefined;

async function start(settings: Settings, top: Window): Promise<void> {
  const wasRunning = session !== undefined;
  stop();
  const frame = scanFrame(top);
  if (!runsOn(settings, location.hostname) || !document.body) {
    // Switched off or paused here: the marks are gone, so the badge and the popup must not count them any more.
    if (wasRunning) void call('page/marks', { url: top.location.href, frame, counts: {} });
    return;
  }
  const controller = new AbortController();
  session = controller;
  const { signal } = controller;
  const marks = new MarkSet(settings.markStyle);
  let card: CardView | undefined;
  let pageUrl = location.href;

  // One scan at a time: each tells the background the marks the ones before it made.
  let scanning: Promise<void> = Promise.resolve();
  const scanRoots = (roots: Element[], append: boolean): Promise<void> => {
    const next = scanning.then(async () => {
      try {
        if (!signal.aborted) await scanEach(roots, append);
      } catch (error) {
        // Whatever went wrong, the page must not see it: stop quietly and leave the page as it was.
        console.debug('Backstory stopped on this page:', error);
        stop();
      }
    });
    scanning = next;
    return next;
  };

  const scanEach = async (roots: Element[], append: boolean) => {
    const extraction = joinExtractions(roots.map((root) => extractText(root)));
    if (!extraction.text.trim()) return;
    // A frame reports for its top page: the popup lists what the whole tab mentions.
    const published = append || top !== window ? null : publishedDate(document);
    const page = { url: top.location.href, title: top.document.title, published, frame };
    const marked = marks.countsByEntity();
    const answer = await call('page/scan', { text: extraction.text, ...page, append, marked });
    if (signal.aborted) return;
    if (!answer.ok) {
      if (isContextGone(answer.error) || !ext.runtime?.id) stop();
      return;
    }
    cardModule = answer.value.cardModule;
    const { mentions } = answer.value;
    marks.add(extraction, mentions, new Set(answer.value.notable));
    if (marks.marks.length) watchHoverOnce();
    // The background counted every mention as marked: one more message only where that is not so.
    const counts = marks.countsByEntity();
    if (!sameCounts(counts, withMentions(marked, mentions))) await call('page/marks', { url: page.url, frame, counts });
  };

  const loadCard = async (): Promise<CardView> => {
    if (cardModule === undefined) throw new Error('no scan has answered yet');
    const url = ext.runtime.getURL(cardModule);
    const { createCardView } = (await import(/* @vite-ignore */ url)) as typeof import('./card');
    card ??= createCardView({
      onDetails: (id) => void call('ui/details', { id }),
      onPointerLeave: () => hover?.pointerLeftCard(),
      onClose: () => card?.hide(),
    });
    return card;
  };

  // Pointer, keyboard and scroll listeners only once there is something to hover: most pages name nothing we know.
  let hover: HoverControl | undefined;
  const watchHoverOnce = (): HoverControl =>
    (hover ??= watchHover(
      marks,
      {
        open: (mark: Mark, via) => void openCard(mark, via === 'keyboard'),
        close: () => {
          openSeq++;
          card?.hide();
        },
        isInCard: (target) => card?.contains(target) ?? false,
        hasFocus: () => card?.hasFocus() ?? false,
      },
      () => settings.cardDelay,
      signal,
    ));

  // Each open has a number: a card whose data arrives after the reader moved on (or closed it) is not shown.
  let openSeq = 0;
  const openCard = async (mark: Mark, focus: boolean) => {
    if (!ext.runtime?.id) return stop();
    const seq = ++openSeq;
    try {
      const [view, answer] = await Promise.all([loadCard(), call('kb/card', { id: mark.mention.entity ?? '' })]);
      if (signal.aborted || seq !== openSeq) return;
      await view.show(mark.range, answer.ok ? answer.value : null, focus);
    } catch (error) {
      // A page that breaks what the card needs gets no card, and no error either.
      console.debug('Backstory could not show a card here:', error);
    }
  };

  let cursor = -1;
  const onCommand = (message: unknown) => {
    if ((message as ContentCommand | undefined)?.type !== 'content/next-mention') return;
    const ordered = marks.inOrder();
    if (!ordered.length) return;
    cursor = (cursor + 1) % ordered.length;
    const mark = ordered[cursor]!;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    watchHoverOnce().openFromKeyboard(mark);
  };
  // The next-mention command steps through the top page's marks.
  if (top === window) ext.runtime.onMessage.addListener(onCommand);

  // After an update or removal the page keeps this script but loses the extension: the first sign of life from
  // the reader (a pointer move, coming back to the tab) is when we notice and leave the page as it was.
  const checkAlive = () => {
    if (!ext.runtime?.id) stop();
  };
  document.addEventListener('pointermove', checkAlive, { passive: true, signal });
  document.addEventListener('visibilitychange', checkAlive, { signal });

  applyLive = (next) => {
    const muted = (of: Settings) => [...mutedFor(of, location.hostname)].sort().join();
    if (!runsOn(next, location.hostname) || muted(next) !== muted(settings)) return false;
    if (next.markStyle !== settings.markStyle) marks.setStyle(next.markStyle);
    settings = next; // the card delay is read from here
    return true;
  };

  signal.addEventListener('abort', () => {
    applyLive = undefined;
    marks.destroy();
    card?.destroy();
    try {
      ext.runtime.onMessage.removeListener(onCommand);
    } catch {
      // The extension is already gone, and its listeners with it.
    }
  });

  // Watch before the first scan, so that nothing added while it runs is missed; the watch waits for it.
  let initial: Promise<void> = Promise.resolve();
  watchMutations(async (roots) => {
    await initial;
    // A single-page app moved to another page: start its record afresh.
    if (location.href !== pageUrl) {
      pageUrl = location.href;
      marks.clear();
      return scanRoots([document.body], false);
    }
    return scanRoots(roots, true);
  }, signal);
  initial = scanRoots([document.body], false);
  await initial;
}

function stop(): void {
  session?.abort();
  session = undefined;
}

const reachable = reachableTop();
if (reachable) {
  const top = reachable;
  void loadSettings().then(async (settings) => {
    let current = settings;
    await start(settings, top);
    onSettingsChanged((next) => {
      // The context is gone when the extension was updated or removed: leave the page as it was.
      if (!ext.runtime?.id) return stop();
      current = next;
      // A new mark style or card delay applies as it is; where Backstory runs, or what it mutes, means a new scan.
      if (applyLive?.(next)) return;
      void start(next, top);
    });
    // Back from the back/forward cache, the tab's record is of the page the reader had moved on to: report afresh.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted && ext.runtime?.id) void start(current, top);
    });
  });
}
