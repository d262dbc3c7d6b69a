// Format checks the pattern alone cannot make: real calendar dates, parseable http(s) URLs.
import type { Check } from './spec';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m?: number, d?: number): boolean {
  if (y < 1000) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = m === 2 && !leap ? 28 : (DAYS[m - 1] ?? 0);
  return d >= 1 && d <= max;
}

function dateError(s: string): string | null {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number);
  return y !== undefined && validDate(y, m, d) ? null : `'${s}' is not a real date`;
}

function timestampError(s: string): string | null {
  const bad = dateError(s);
  if (bad) return bad;
  const time = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(s);
  if (time && (Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59)) {
    return `'${s}' is not a real time`;
  }
  return null;
}

function urlError(s: string): string | null {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return `'${s}' is not a URL`;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'only http(s) URLs are allowed';
  if (u.username || u.password) return 'a URL must not carry a user name or password';
  if (!u.hostname) return 'a URL needs a host';
  return null;
}

/** The message for a string that fails its check, or null when it passes. */
export function runCheck(check: Check, s: string): string | null {
  switch (check) {
    case 'url':
      return urlError(s);
    case 'date':
      return dateError(s);
    case 'timestamp':
      return timestampError(s);
    case 'semver':
      return null; // The pattern says it all.
  }
}

/** Compares two MAJOR.MINOR.PATCH versions: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
