// The consent registry's vocabulary: one record per customer, channel and purpose, with date
// and source (contact-centre practice; policy-facts.md "Consent lifecycle").
import type { Channel, Purpose } from '../reply';

export const CONSENT_PURPOSES = ['marketing', 'service', 'any'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_STATUSES = ['granted', 'revoked'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export interface ConsentRecord {
  customerId: string;
  channel: Channel;
  purpose: ConsentPurpose;
  status: ConsentStatus;
  /** ISO date or date-time as written in the registry. */
  updatedAt: string;
  /** Where the consent was collected (web form, call recording id, CRM import...). */
  source: string;
  /** 1-based line (CSV) or record number (JSON) in the registry, for messages. */
  line?: number;
}

/** What a look-up says about one (customer, channel, purpose). */
export type ConsentState = 'granted' | 'missing' | 'revoked' | 'expired' | 'unknown';
export const CONSENT_STATES: readonly ConsentState[] = ['granted', 'missing', 'revoked', 'expired', 'unknown'];

export interface ConsentQuery {
  customer: string;
  channel: Channel;
  purpose: Purpose;
  now: Date;
  /** A grant older than this is `expired` (default 180 days). */
  maxAgeDays: number;
}

export interface ConsentVerdict {
  state: ConsentState;
  /** The record that decided it (the latest matching one). */
  record?: ConsentRecord;
  /** Registry name (file, URL host) for hovers: "consent.csv line 12". */
  registry?: string;
  /** Why the state is `unknown` (offline, not loaded yet, timed out...). */
  detail?: string;
}

/** Anything that can answer a consent question synchronously: a loaded file, a cache of an endpoint. */
export interface ConsentLookup {
  lookup(query: ConsentQuery): ConsentVerdict;
}

export interface RegistryError {
  /** 1-based line (CSV) or record index (JSON). */
  line: number;
  message: string;
}
