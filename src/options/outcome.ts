// What one import attempt came to, for the page to say in words.
import type { ImportReport } from '../kb/types';

export type Outcome =
  | { name: string; report: ImportReport }
  /** It never reached the validator: unreadable file, refused permission, download failed. */
  | { name: string; failure: string };
