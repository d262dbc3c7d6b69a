// The UI's words: `t(key, subs)` reads _locales/<language>/messages.json through the browser's i18n API.
import type messages from '../../public/_locales/en/messages.json';

/** Every message name English has; a typo in a key is a compile error. */
export type MessageKey = keyof typeof messages;

/** Message names that come in a `…One` / `…Other` pair, by their stem. */
export type PluralStem = { [K in MessageKey]: K extends `${infer Stem}One` ? Stem : never }[MessageKey];

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

// The global API, not the polyfill's import: these helpers also run in component tests, which stub `chrome`.
function api(): I18nApi | undefined {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

type Sub = string | number;

/** The message `key` with `$1`… filled from `subs`; the key itself when the message is missing, so a gap shows. */
export function t(key: MessageKey, subs?: Sub | Sub[]): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  return api()?.getMessage(key, list) || key;
}

/** The one/other form of a counted message (`countAllegations` -> `countAllegationsOne` or `…Other`), the count as the locale writes it. */
export function tn(stem: PluralStem, count: number, more: Sub[] = []): string {
  const key = `${stem}${count === 1 ? 'One' : 'Other'}` as MessageKey;
  return t(key, [count.toLocaleString(), ...more]);
}
