// Small formatters the popup and options page share: dates, listings, host names, safe link targets.
import { labelForMic } from '../detect/exchanges';
import type { Listing } from '../detect/types';

function toDate(iso: string): Date | null {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A pack date (`2025-11-01`, or a timestamp) as the reader's locale prints it; the text itself if unreadable. */
export function formatDate(iso: string): string {
  const date = toDate(iso);
  if (!date) return iso;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/**
 * The date as written (`2025-11-15`, `2025-11`, `2025`; a timestamp's own calendar day, not UTC's), for ordering
 * and comparing as strings: a partial date sorts before the days within it, so it is never "later" than them.
 */
export function dayOf(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const written = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(iso);
  if (written) return written[0];
  const date = toDate(iso);
  return date ? date.toISOString().slice(0, 10) : null;
}

/** `NYSE: BABA`. */
export function listingText(listing: Listing): string {
  return `${labelForMic(listing.exchange)}: ${listing.symbol}`;
}

/** The href for a link from pack data: only http(s), anything else is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The host a person means by `https://www.Example.com/news`, `example.com` or `Example.com:8080`; null if none. */
export function hostOf(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    const host = url.hostname.toLowerCase();
    const plausible = /^[a-z0-9.-]+$/.test(host) && (host.includes('.') || host === 'localhost');
    return plausible ? host : null;
  } catch {
    return null;
  }
}

/** `CN` -> `China` in the reader's language; other country strings as they are. */
export function countryName(country: string): string {
  if (!/^[A-Z]{2}$/.test(country)) return country;
  try {
    return new Intl.DisplayNames(undefined, { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}
