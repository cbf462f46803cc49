// Turning registry rows (CSV lines, JSON objects) into ConsentRecords, with line-numbered
// errors for bad rows. Messages never echo a customer id or any other field value.
import { CHANNELS, isIsoDateTime, type Channel } from '../reply';
import { CONSENT_PURPOSES, CONSENT_STATUSES, type ConsentPurpose, type ConsentRecord, type ConsentStatus, type RegistryError } from './types';

export const CONSENT_COLUMNS = ['customer_id', 'channel', 'purpose', 'status', 'updated_at', 'source'] as const;
export type ConsentColumn = (typeof CONSENT_COLUMNS)[number];
const REQUIRED: readonly ConsentColumn[] = ['customer_id', 'channel', 'purpose', 'status', 'updated_at'];

export type RawRecord = Partial<Record<ConsentColumn, unknown>>;

const CHANNEL_OF = new Map<string, Channel>(CHANNELS.map((c) => [c, c]));
const PURPOSE_OF = new Map<string, ConsentPurpose>(CONSENT_PURPOSES.map((c) => [c, c]));
const STATUS_OF = new Map<string, ConsentStatus>(CONSENT_STATUSES.map((c) => [c, c]));

/** Validates one row; returns the record or the reason it was refused. */
export function toConsentRecord(raw: RawRecord, line: number): ConsentRecord | RegistryError {
  const missing = REQUIRED.filter((c) => raw[c] === undefined || raw[c] === null || String(raw[c]).trim() === '');
  if (missing.length) return { line, message: `missing ${missing.join(', ')}` };
  const customerId = String(raw.customer_id).trim();
  const channel = CHANNEL_OF.get(String(raw.channel).trim().toLowerCase());
  const purpose = PURPOSE_OF.get(String(raw.purpose).trim().toLowerCase());
  const status = STATUS_OF.get(String(raw.status).trim().toLowerCase());
  const updatedAt = String(raw.updated_at).trim();
  if (!channel) return { line, message: 'channel must be email, sms, whatsapp, chat or phone' };
  if (!purpose) return { line, message: 'purpose must be marketing, service or any' };
  if (!status) return { line, message: 'status must be granted or revoked' };
  if (!isIsoDateTime(updatedAt)) return { line, message: 'updated_at must be an ISO date such as 2026-05-01 or 2026-05-01T10:00:00Z' };
  const source = raw.source === undefined || raw.source === null ? '' : String(raw.source).trim();
  return { customerId, channel, purpose, status, updatedAt, source, line };
}

export function isRegistryError(value: ConsentRecord | RegistryError): value is RegistryError {
  return 'message' in value;
}
