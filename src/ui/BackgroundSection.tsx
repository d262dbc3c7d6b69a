// An entity's background: what the packs say about who it is, each paragraph with its sources.
import type { EntityDetail } from '../kb/types';
import { t } from './i18n';
import { SourceList } from './SourceList';

type Background = EntityDetail['background'];

export function BackgroundSection({ background }: { background: Background }) {
  if (!background.length) return null;
  const showPack = new Set(background.map((b) => b.packId)).size > 1;
  return (
    <section class="background" aria-labelledby="background-heading">
      <h2 id="background-heading">{t('backgroundHeading')}</h2>
      {background.map((paragraph, i) => (
        <div key={`${paragraph.packId}-${i}`} class="background-paragraph">
          <p>{paragraph.text}</p>
          {showPack && <p class="event-pack">{t('fromPack', paragraph.packTitle)}</p>}
          <SourceList sources={paragraph.sources} />
        </div>
      ))}
    </section>
  );
}
