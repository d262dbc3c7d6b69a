// The highlight styles of the marks, adopted by the document (its DOM stays as it was).
import markStyles from './marks.css?inline';

/**
 * Our sheet carries a property in the content scripts' world (both scripts share it; the page's world does not see
 * it): reading a rule's text to know the sheet would serialise CSS on every page.
 */
const ourSheetKey = 'backstoryMarks';
const isOurs = (sheet: CSSStyleSheet) => ourSheetKey in sheet;

/**
 * Adopts the mark styles once, as early as the page starts (styles.iife.ts, at document_start), so that the page is
 * styled with them from its first layout rather than restyled when the first marks arrive. Not the manifest's
 * `css`: Chromium's injection of it cost +150 ms of style on the 55,000-node 10-K filing even with nothing to
 * mark (bench/page-load.ts).
 */
export function adoptMarkStyles(): void {
  try {
    if (document.adoptedStyleSheets.some(isOurs)) return;
    const sheet = Object.assign(new CSSStyleSheet(), { [ourSheetKey]: true });
    sheet.replaceSync(markStyles);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch (error) {
    // Firefox's content scripts cannot adopt sheets into the page (bug 1751346): its manifest injects marks.css.
    console.debug('Backstory: mark styles come from the manifest here', error);
  }
}

/** Takes the mark styles off the page again. */
export function dropMarkStyles(): void {
  try {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => !isOurs(sheet));
  } catch {
    // Nothing was adopted.
  }
}
