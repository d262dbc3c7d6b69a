// Who an entity is, in one glance: type, listings, country, website, other names, and what is on record.
import type { EntityDetail } from '../kb/types';
import { countryName, listingText, safeHref } from './format';
import { t, tn } from './i18n';
import { typeKey } from './labels';

export function EntityFacts({ detail }: { detail: EntityDetail }) {
  const { card, country, website, aliases } = detail;
  const href = safeHref(website);
  const facts = [t(typeKey[card.type]), ...card.listings.map(listingText), country && countryName(country)].filter(
    Boolean,
  );
  const otherNames = aliases.filter((alias) => alias !== card.name);
  return (
    <div class="entity-facts">
      <p class="facts-line">{facts.join(' · ')}</p>
      {href && (
        <p class="facts-line">
          <a href={href} target="_blank" rel="noopener noreferrer">
            {new URL(href).host}
          </a>
        </p>
      )}
      {otherNames.length > 0 && <p class="facts-line muted">{t('alsoKnownAs', otherNames.join(', '))}</p>}
      <p class="record-line">
        {tn('countAllegations', card.allegations)} · {tn('countDenials', card.denials)}
      </p>
    </div>
  );
}
