// Saving text as a file the person downloads, from an extension page.

/** Starts the download of `text` as `name`. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; give it a moment before letting go of the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `backstory-kb-2025-11-15.json`, `backstory-alibaba-2025-11-15.json`. */
export function exportFileName(subject: string, now = new Date()): string {
  const safe =
    subject
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'export';
  return `backstory-${safe}-${now.toISOString().slice(0, 10)}.json`;
}
