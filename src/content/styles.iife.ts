// Runs at document_start, before the page is built: the mark styles cost nothing when they are there from the start.
// A classic script (crxjs inlines what a `.iife.ts` imports): no loader, no module requests on every page.
import { reachableTop } from './frame';
import { adoptMarkStyles } from './mark-styles';

if (reachableTop()) adoptMarkStyles();
