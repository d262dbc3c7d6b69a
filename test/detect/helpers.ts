// A small hand-made lexicon for the engine's table tests.

import { compileLexicon } from '../../src/detect/lexicon';
import type { LexiconEntity } from '../../src/detect/types';

export const ENTITIES: LexiconEntity[] = [
  {
    id: 'baba',
    name: 'Alibaba Group Holding Ltd',
    aliases: ['Alibaba Group', 'Alibaba'],
    listings: [
      { exchange: 'XNYS', symbol: 'BABA' },
      { exchange: 'XHKG', symbol: '9988' },
    ],
  },
  { id: 'aapl', name: 'Apple Inc.', aliases: ['Apple'], listings: [{ exchange: 'XNAS', symbol: 'AAPL' }] },
  {
    id: 'brk',
    name: 'Berkshire Hathaway Inc',
    aliases: ['Berkshire Hathaway'],
    listings: [{ exchange: 'XNYS', symbol: 'BRK-B' }],
  },
  { id: 'crm', name: 'Salesforce, Inc.', aliases: ['Salesforce'], listings: [{ exchange: 'XNYS', symbol: 'CRM' }] },
  { id: 'now', name: 'ServiceNow, Inc.', aliases: ['ServiceNow'], listings: [{ exchange: 'XNYS', symbol: 'NOW' }] },
  { id: 'a', name: 'Agilent Technologies, Inc.', aliases: ['Agilent'], listings: [{ exchange: 'XNYS', symbol: 'A' }] },
  { id: 'it', name: 'Gartner Inc', aliases: ['Gartner'], listings: [{ exchange: 'XNYS', symbol: 'IT' }] },
  { id: 'tgt', name: 'Target Corp', aliases: ['Target'], listings: [{ exchange: 'XNYS', symbol: 'TGT' }] },
  {
    id: 'vod',
    name: 'Vodafone Group plc',
    aliases: ['Vodafone'],
    listings: [
      { exchange: 'XLON', symbol: 'VOD' },
      { exchange: 'XNAS', symbol: 'VOD' },
    ],
  },
  {
    id: 'shop',
    name: 'Shopify Inc.',
    aliases: ['Shopify'],
    listings: [
      { exchange: 'XTSE', symbol: 'SHOP' },
      { exchange: 'XNYS', symbol: 'SHOP' },
    ],
  },
  { id: 'toyota', name: 'Toyota Motor Corp', aliases: ['Toyota'], listings: [{ exchange: 'XTKS', symbol: '7203' }] },
  {
    id: 'longfor',
    name: 'Longfor Group Holdings Ltd',
    aliases: ['Longfor'],
    listings: [{ exchange: 'XHKG', symbol: '960' }],
  },
  { id: 'tsla', name: 'Tesla, Inc.', aliases: ['Tesla'], listings: [{ exchange: 'XNAS', symbol: 'TSLA' }] },
  {
    id: 'ip',
    name: 'International Paper Co',
    aliases: ['International Paper'],
    listings: [{ exchange: 'XNYS', symbol: 'IP' }],
  },
  { id: 'pla', name: "People's Liberation Army", aliases: ['PLA'], listings: [] },
  { id: 'xi', name: 'Xi Jinping', aliases: [], listings: [] },
  { id: 'nestle', name: 'Nestlé S.A.', aliases: ['Nestlé'], listings: [{ exchange: 'XSWX', symbol: 'NESN' }] },
  {
    id: 'gs',
    name: 'Goldman Sachs Group Inc',
    aliases: ['Goldman Sachs'],
    listings: [{ exchange: 'XNYS', symbol: 'GS' }],
  },
  {
    id: 'lulu',
    name: 'lululemon athletica inc.',
    aliases: ['lululemon'],
    listings: [{ exchange: 'XNAS', symbol: 'LULU' }],
  },
  { id: 'ebay', name: 'eBay Inc.', aliases: ['eBay'], listings: [{ exchange: 'XNAS', symbol: 'EBAY' }] },
  {
    id: 'hig',
    name: 'Hartford Insurance Group, Inc.',
    aliases: ['The Hartford'],
    listings: [{ exchange: 'XNYS', symbol: 'HIG' }],
  },
  {
    id: 'fisi',
    name: 'Financial Institutions Inc',
    aliases: ['Financial Institutions'],
    listings: [{ exchange: 'XNAS', symbol: 'FISI' }],
  },
];

export const LEX = compileLexicon(ENTITIES);
