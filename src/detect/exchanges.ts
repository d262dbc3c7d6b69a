// How exchanges are printed in text (prefixes, suffixes, MIC codes) and what they normalise to.

/** A printed exchange: the label the corpus labels use (`NYSE`, `HKEX`) and its ISO 10383 MIC. */
export interface ExchangeInfo {
  label: string;
  mic: string;
  /** Symbols there are numeric codes (`9988`, `00960`, `7203`) rather than letters. */
  numeric?: boolean;
}

const X = (label: string, mic: string, numeric = false): ExchangeInfo =>
  numeric ? { label, mic, numeric } : { label, mic };

const NYSE = X('NYSE', 'XNYS');
const NASDAQ = X('NASDAQ', 'XNAS');
const AMEX = X('NYSE AMERICAN', 'XASE');
const ARCA = X('NYSE ARCA', 'ARCX');
const OTC = X('OTC', 'OTCM');
const TSX = X('TSX', 'XTSE');
const TSXV = X('TSXV', 'XTSX');
const LSE = X('LSE', 'XLON');
const HKEX = X('HKEX', 'XHKG', true);
const TSE = X('TSE', 'XTKS', true);
const ASX = X('ASX', 'XASX');
const SSE = X('SSE', 'XSHG', true);
const SZSE = X('SZSE', 'XSHE', true);
const EPA = X('EPA', 'XPAR');
const XETRA = X('XETRA', 'XETR');
const FRA = X('FRA', 'XFRA');
const SIX = X('SIX', 'XSWX');
const KRX = X('KRX', 'XKRX', true);
const NSE = X('NSE', 'XNSE');
const BSE = X('BSE', 'XBOM', true);
const SGX = X('SGX', 'XSES');
const AEX = X('AEX', 'XAMS');
const TWSE = X('TWSE', 'XTAI', true);
const MIL = X('MIL', 'XMIL');
const CBOE = X('CBOE', 'BATS');

/**
 * Printed prefixes, as they appear before `:` (case-insensitive; the scanner asks for a capital first letter).
 * The label keeps what was printed where the corpus labels do (`OTCBB`, `OTCMKTS`, `NYSE TX`).
 */
export const EXCHANGE_PREFIXES: Readonly<Record<string, ExchangeInfo>> = {
  NYSE,
  'NEW YORK STOCK EXCHANGE': NYSE,
  XNYS: NYSE,
  'NYSE TX': X('NYSE TX', 'XNYS'),
  NASDAQ,
  NASDAQGS: NASDAQ,
  NASDAQGM: NASDAQ,
  NASDAQCM: NASDAQ,
  XNAS: NASDAQ,
  'NASDAQ GS': NASDAQ,
  'NYSE AMERICAN': AMEX,
  'NYSE MKT': AMEX,
  NYSEAMERICAN: AMEX,
  AMEX,
  XASE: AMEX,
  NYSEMKT: AMEX,
  'NYSE ARCA': ARCA,
  NYSEARCA: ARCA,
  ARCX: ARCA,
  OTC,
  OTCQX: X('OTCQX', 'OTCM'),
  OTCQB: X('OTCQB', 'OTCM'),
  OTCBB: X('OTCBB', 'OTCM'),
  OTCMKTS: X('OTCMKTS', 'OTCM'),
  'OTC MARKETS': OTC,
  'OTC PINK': X('OTC PINK', 'OTCM'),
  OTCM: OTC,
  PINK: X('PINK', 'OTCM'),
  TSX,
  XTSE: TSX,
  TSXV,
  'TSX-V': TSXV,
  'TSX VENTURE': TSXV,
  XTSX: TSXV,
  CSE: X('CSE', 'XCNQ'),
  LSE,
  LON: LSE,
  XLON: LSE,
  AIM: X('AIM', 'XLON'),
  HKEX,
  HKSE: HKEX,
  SEHK: HKEX,
  XHKG: HKEX,
  HK: HKEX,
  TSE,
  TYO: TSE,
  XTKS: TSE,
  ASX,
  XASX: ASX,
  SSE,
  XSHG: SSE,
  SZSE,
  XSHE: SZSE,
  EURONEXT: X('EURONEXT', 'XPAR'),
  EPA,
  XPAR: EPA,
  'EURONEXT PARIS': EPA,
  AEX,
  XAMS: AEX,
  'EURONEXT AMSTERDAM': AEX,
  EBR: X('EBR', 'XBRU'),
  ELI: X('ELI', 'XLIS'),
  ETR: XETRA,
  XETRA,
  XETR: XETRA,
  FRA,
  FWB: FRA,
  XFRA: FRA,
  SIX,
  SWX: SIX,
  XSWX: SIX,
  VTX: SIX,
  KRX,
  KOSDAQ: X('KOSDAQ', 'XKOS', true),
  XKRX: KRX,
  NSE,
  XNSE: NSE,
  BSE,
  XBOM: BSE,
  SGX,
  XSES: SGX,
  TWSE,
  TPE: TWSE,
  XTAI: TWSE,
  BIT: MIL,
  XMIL: MIL,
  CBOE,
  BATS: CBOE,
  XCBO: CBOE,
  'CBOE BZX': CBOE,
  STO: X('STO', 'XSTO'),
  CPH: X('CPH', 'XCSE'),
  HEL: X('HEL', 'XHEL'),
  OSL: X('OSL', 'XOSL'),
  BME: X('BME', 'XMAD'),
  JSE: X('JSE', 'XJSE'),
  BMV: X('BMV', 'XMEX'),
  NZX: X('NZX', 'XNZE'),
};

/** Reuters/Bloomberg-style suffixes after a dot (`BABA.N`, `9988.HK`, `VOD.L`). */
export const EXCHANGE_SUFFIXES: Readonly<Record<string, ExchangeInfo>> = {
  N: NYSE,
  O: NASDAQ,
  OQ: NASDAQ,
  A: AMEX,
  P: ARCA,
  K: NYSE,
  PK: OTC,
  HK: HKEX,
  T: TSE,
  L: LSE,
  TO: TSX,
  V: TSXV,
  AX: ASX,
  PA: EPA,
  DE: XETRA,
  F: FRA,
  SS: SSE,
  SZ: SZSE,
  KS: KRX,
  KQ: X('KOSDAQ', 'XKOS', true),
  TW: TWSE,
  SI: SGX,
  AS: AEX,
  MI: MIL,
  SW: SIX,
  NS: NSE,
  BO: BSE,
  ST: X('STO', 'XSTO'),
  CO: X('CPH', 'XCSE'),
  HE: X('HEL', 'XHEL'),
  OL: X('OSL', 'XOSL'),
  MC: X('BME', 'XMAD'),
  BR: X('EBR', 'XBRU'),
};

/** Suffixes that are also common English abbreviations or words: accepted only after a strong token. */
export const WEAK_SUFFIXES: ReadonlySet<string> = new Set(['A', 'P', 'K', 'F', 'CO', 'ST', 'BR', 'MC', 'DE']);

/** US venues: a symbol moves between them without changing, so a lexicon listing on one resolves the others. */
export const US_MICS: ReadonlySet<string> = new Set(['XNYS', 'XNAS', 'XASE', 'ARCX', 'OTCM', 'BATS', 'XCBO']);

/** The printed label for a MIC, for names (`XNYS` -> `NYSE`). */
export function labelForMic(mic: string): string {
  for (const info of Object.values(EXCHANGE_PREFIXES)) if (info.mic === mic) return info.label;
  return mic;
}

/** The MIC for the exchange names the SEC file uses (`Nasdaq`, `NYSE`, `OTC`, `CBOE`). */
export function micForSecExchange(exchange: string | null): string | null {
  if (!exchange) return null;
  const info = EXCHANGE_PREFIXES[exchange.toUpperCase()];
  return info ? info.mic : null;
}

/** Canonical symbol for lookups: upper case, share-class separators unified, numeric codes without zeros. */
export function symbolKey(symbol: string): string {
  let plain = true; // letters and digits only, the usual case: no RegExp work
  let digits = true;
  for (let i = 0; i < symbol.length; i++) {
    const c = symbol.charCodeAt(i);
    if (c === 47 || c === 45 || c === 46) plain = false;
    if (c < 48 || c > 57) digits = false;
  }
  if (digits && symbol.length > 0) return String(Number(symbol));
  const s = symbol.toUpperCase();
  return plain ? s : s.replace(/[/-]/g, '.');
}
