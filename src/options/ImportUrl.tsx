// Importing a pack from a URL: asks for that one host's permission in the click, then downloads the file once.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { safeHref } from '../ui/format';
import { t } from '../ui/i18n';
import { fetchPackText, PackFetchError } from './fetch-pack';
import type { Outcome } from './outcome';
import { importPackText } from './packs-client';

async function importFrom(href: string): Promise<Outcome> {
  const url = new URL(href);
  // The permission prompt must come straight from the person's click: nothing awaited before it.
  const granted = await browser.permissions.request({ origins: [`${url.origin}/*`] }).catch(() => false);
  if (!granted) return { name: url.href, failure: t('urlPermissionRefused', url.host) };
  try {
    const text = await fetchPackText(url.href);
    return { name: url.href, report: await importPackText(text, 'url', url.href) };
  } catch (error) {
    return { name: url.href, failure: error instanceof PackFetchError ? error.message : t('urlUnreachable') };
  }
}

export function ImportUrl({ onOutcome }: { onOutcome(outcome: Outcome): void }) {
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const href = safeHref(value.trim());
    if (!href) return onOutcome({ name: value.trim() || '—', failure: t('urlInvalid') });
    setBusy(true);
    void importFrom(href).then((outcome) => {
      setBusy(false);
      onOutcome(outcome);
      if ('report' in outcome && outcome.report.ok) setValue('');
    });
  };
  return (
    <form class="url-import" onSubmit={submit}>
      <label for="pack-url">{t('importUrlLabel')}</label>
      <div class="inline-field">
        <input
          id="pack-url"
          type="url"
          inputMode="url"
          placeholder="https://example.org/pack.json"
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit" class="button" disabled={busy}>
          {busy ? t('importing') : t('importUrlButton')}
        </button>
      </div>
      <p class="hint muted">{t('importUrlHint')}</p>
    </form>
  );
}
