// The message keys for the KB's words: event kinds, statuses and entity types.
import type { EntityType, EventKind, EventStatus } from '../kb/types';
import type { MessageKey } from './i18n';

export const statusKey: Record<EventStatus, MessageKey> = {
  alleged: 'statusAlleged',
  denied: 'statusDenied',
  disputed: 'statusDisputed',
  confirmed: 'statusConfirmed',
  refuted: 'statusRefuted',
  withdrawn: 'statusWithdrawn',
  unresolved: 'statusUnresolved',
};

export const kindKey: Record<EventKind, MessageKey> = {
  allegation: 'kindAllegation',
  denial: 'kindDenial',
  response: 'kindResponse',
  action: 'kindAction',
  ruling: 'kindRuling',
  correction: 'kindCorrection',
};

export const typeKey: Record<EntityType, MessageKey> = {
  company: 'typeCompany',
  organisation: 'typeOrganisation',
  'government-body': 'typeGovernmentBody',
  person: 'typePerson',
};
