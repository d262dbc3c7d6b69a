// validatePack: never throws, reports every error with its JSON path, returns a clean copy of a valid pack.
import type { PackError } from '../kb/types';
import { checkReferences } from './references';
import { LIMITS, PACK_SPEC } from './spec';
import type { Pack } from './types';
import { walk, type Sink } from './walk';

/** More errors than this are summarised: a hostile pack must not make the report itself a burden. */
export const MAX_ERRORS = 500;

export type Validation = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

function collector(): Sink & { errors: PackError[]; dropped: number } {
  const errors: PackError[] = [];
  return {
    errors,
    dropped: 0,
    add(path, message) {
      if (errors.length < MAX_ERRORS) errors.push({ path: path || '$', message });
      else this.dropped++;
    },
  };
}

function parse(raw: unknown): { value: unknown } | { error: PackError } {
  if (typeof raw !== 'string') return { value: raw };
  if (raw.length > LIMITS.fileChars) {
    return {
      error: { path: '$', message: `the file is too large: ${raw.length} characters, at most ${LIMITS.fileChars}` },
    };
  }
  try {
    return { value: JSON.parse(raw) as unknown };
  } catch (e) {
    return { error: { path: '$', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/**
 * Checks a pack (parsed JSON, or JSON text) against format v1. Never throws on any input;
 * a refusal lists every error found, each with the JSON path (`events[3].respondsTo`) where it is.
 */
export function validatePack(raw: unknown): Validation {
  try {
    const parsed = parse(raw);
    if ('error' in parsed) return { ok: false, errors: [parsed.error] };
    const sink = collector();
    const clean = walk(PACK_SPEC, parsed.value, '', sink);
    // References are checked only on a structurally sound pack, so every message is about something real.
    if (clean !== undefined && sink.errors.length === 0) checkReferences(clean as Pack, sink);
    if (sink.dropped > 0) sink.errors.push({ path: '$', message: `and ${sink.dropped} more errors` });
    return sink.errors.length === 0 ? { ok: true, pack: clean as Pack } : { ok: false, errors: sink.errors };
  } catch (e) {
    // Only a hostile object (a throwing getter or proxy) gets here; JSON never does.
    return {
      ok: false,
      errors: [{ path: '$', message: `the pack could not be read: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}
