// When the article on the page was published, as the page itself declares it (for "events after this article").

const metaSelectors = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** Only what parses as a date, kept as the page wrote it (ISO 8601), or null. */
function asDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text || text.length > 40 || Number.isNaN(Date.parse(text))) return null;
  return text;
}

/** schema.org's datePublished, from the first JSON-LD block that has one. Bounded: pages put megabytes there. */
function fromJsonLd(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
    const text = script.textContent ?? '';
    if (text.length > 200_000) continue;
    const match = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(text);
    const date = asDate(match?.[1]);
    if (date) return date;
  }
  return null;
}

export function publishedDate(doc: Document): string | null {
  for (const selector of metaSelectors) {
    const date = asDate(doc.querySelector(selector)?.getAttribute('content'));
    if (date) return date;
  }
  return (
    fromJsonLd(doc) ?? asDate(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'))
  );
}
