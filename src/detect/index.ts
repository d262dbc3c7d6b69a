// The detection engine's public API: compile a lexicon once, serialise and load it, scan text for mentions.

export { compileLexicon, serializeLexicon, loadLexicon } from './lexicon';
export type { CompiledLexicon } from './lexicon';
export { scan } from './scan';
export type { ScanOptions } from './scan';
export { aliasesFromLegalName, aliasesForDirectory } from './aliases';
export { EXCHANGE_PREFIXES, EXCHANGE_SUFFIXES, labelForMic, micForSecExchange, symbolKey } from './exchanges';
export type { ExchangeInfo } from './exchanges';
export type { LexiconEntity, Listing, Mention, TickerForm } from './types';
