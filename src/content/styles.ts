// Runs at document_start, before the page is built: the mark styles cost nothing when they are there from the start.
import { reachableTop } from './frame';
import { adoptMarkStyles } from './mark-styles';

if (reachableTop()) adoptMarkStyles();
