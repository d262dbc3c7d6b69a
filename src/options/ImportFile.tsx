// Importing pack files: a file picker, and a drop zone for files dragged onto it.
import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { maxPackBytes } from './fetch-pack';
import type { Outcome } from './outcome';
import { importPackText } from './packs-client';

export interface ImportFileProps {
  onOutcome(outcome: Outcome): void;
}

async function importFile(file: File): Promise<Outcome> {
  if (file.size > maxPackBytes) return { name: file.name, failure: t('fileTooLarge', maxPackBytes >> 20) };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { name: file.name, failure: t('fileUnreadable') };
  }
  return { name: file.name, report: await importPackText(text, 'file') };
}

export function ImportFile({ onOutcome }: ImportFileProps) {
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const importAll = async (files: FileList | null | undefined) => {
    if (!files?.length) return;
    setBusy(true);
    for (const file of Array.from(files)) onOutcome(await importFile(file));
    setBusy(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void importAll(event.dataTransfer?.files);
  };
  return (
    <div
      class={over ? 'drop-zone over' : 'drop-zone'}
      onDragOver={(event) => (event.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label class="button primary file-button">
        {t('chooseFile')}
        <input
          type="file"
          class="visually-hidden"
          accept=".json,application/json"
          multiple
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget;
            void importAll(input.files).then(() => (input.value = ''));
          }}
        />
      </label>
      <span class="muted">{busy ? t('importing') : t('orDropFile')}</span>
    </div>
  );
}
