// The detection engine's vocabulary: what goes in (lexicon entities) and what comes out (mentions).

/** A listing as the knowledge base stores it: an exchange (ISO 10383 MIC, e.g. XNYS, XHKG) and a symbol. */
export interface Listing {
  exchange: string;
  symbol: string;
}

/** What the engine needs to know about one knowledge-base entity to find it in text. */
export interface LexiconEntity {
  id: string;
  name: string;
  /** Further surface forms a reader would recognise (`Alibaba`, `Alibaba Group`). */
  aliases: string[];
  listings: Listing[];
}

/** How a ticker was printed: the scoring forms of ../shared/corpus/labels/README.md. */
export type TickerForm = 'exchange' | 'list' | 'reversed' | 'cashtag' | 'suffix' | 'bare';

/** One thing found in the text. Offsets are UTF-16 indices into the scanned text, end exclusive. */
export interface Mention {
  start: number;
  end: number;
  /** The text as it stands between start and end. */
  text: string;
  kind: 'ticker' | 'name';
  /** Printed exchange, normalised upper case (`NYSE`, `NASDAQ`, `HKEX`); for names, the entity's primary listing's. */
  exchange: string | null;
  symbol: string | null;
  /** Tickers only. */
  form: TickerForm | null;
  /** The knowledge-base entity it resolves to, or null for a well-formed ticker nobody knows. */
  entity: string | null;
}
