// A stand-in for the browser's i18n API in component tests: English from our messages.json, placeholders filled.
import messages from '../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Entry>)[name];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) =>
    fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''),
  );
}

/** Installs the stand-in as `chrome.i18n`. */
export function stubI18n(): void {
  (globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage } };
}
