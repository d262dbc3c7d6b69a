// The canonical text of a pack: keys in format order, one header field and one record a line, so diffs stay small.
import type { Pack } from './types';

const SECTIONS = ['entities', 'articles', 'events'] as const;

/**
 * Formats a validated pack (whose keys validatePack has put in canonical order). A pack file is canonical
 * when its text equals canonicalPackText(validatePack(text).pack).
 */
export function canonicalPackText(pack: Pack): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(pack)) {
    if ((SECTIONS as readonly string[]).includes(key) && Array.isArray(value)) {
      const items = value.map((item) => `    ${JSON.stringify(item)}`);
      lines.push(
        items.length ? `  ${JSON.stringify(key)}: [\n${items.join(',\n')}\n  ]` : `  ${JSON.stringify(key)}: []`,
      );
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    }
  }
  return `{\n${lines.join(',\n')}\n}\n`;
}
