// The pack format (schemas/pack.schema.json is its authority; these types mirror it).
import type { CustomPattern, Entity } from '../types';

export const PACK_CHANNELS = ['email', 'sms', 'whatsapp', 'chat', 'phone'] as const;
export type PackChannel = (typeof PACK_CHANNELS)[number];

export const SNIPPET_PURPOSES = [
  'consent-request',
  'unsubscribe',
  'remote-support-consent',
  'privacy-notice',
  'data-rights-access',
  'data-rights-rectification',
  'data-rights-erasure',
  'data-rights-objection',
  'secure-payment',
  'card-data-received',
  'opt-out-confirmation',
  'ad-label',
  'sender-id',
] as const;
export type SnippetPurpose = (typeof SNIPPET_PURPOSES)[number];

export const DATA_RIGHTS = ['access', 'rectification', 'erasure', 'objection'] as const;
export type DataRight = (typeof DATA_RIGHTS)[number];

export interface Approval {
  approvedBy: string;
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DD: after this day the approval is expired. */
  expires: string;
  reference?: string;
}

export interface PackSnippet {
  id: string;
  title: string;
  description?: string;
  purpose: SnippetPurpose;
  channels: PackChannel[];
  /** BCP 47 (es, es-MX, en-US, pt-BR). */
  locale: string;
  /** ISO 3166 alpha-2, EU or a subdivision (US-CA); absent: any jurisdiction of the locale. */
  jurisdiction?: string;
  /** VS Code snippet syntax; an array is joined with newlines (as in .code-snippets files). */
  body: string | string[];
}

export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint' | 'off';

export interface ChannelPolicy {
  optIn?: boolean;
  piiRestricted?: Entity[];
  unsubscribeRequired?: boolean;
  freeFormWindowHours?: number;
}
export type ChannelPolicies = Partial<Record<PackChannel, ChannelPolicy>>;

export interface Deadline {
  amount: number;
  unit: 'days' | 'business-days' | 'months';
  note?: string;
}
export type Deadlines = Partial<Record<DataRight | 'default', Deadline>>;

export interface ContactWindow {
  days: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
  /** HH:MM, local time of the recipient. */
  from: string;
  to: string;
}

export interface JurisdictionRules {
  channelPolicies?: ChannelPolicies;
  consentMaxAgeDays?: number;
  unsubscribeRequired?: boolean;
  adLabel?: { text: string; placement?: 'start' | 'subject'; channels?: PackChannel[] };
  contactHours?: { channels?: PackChannel[]; windows: ContactWindow[] };
}

export interface PackRules {
  channelPolicies?: ChannelPolicies;
  consentMaxAgeDays?: number;
  unsubscribeRequired?: boolean;
  /** Per rule id (`consent/revoked`) or entity (`CREDIT_CARD`). */
  severities?: Record<string, RuleSeverity>;
  disabled?: string[];
  messages?: Record<string, Partial<Record<'es' | 'en' | 'pt', string>>>;
  options?: Record<string, Record<string, unknown>>;
  dataRightsDeadlines?: Record<string, Deadlines>;
  jurisdictions?: Record<string, JurisdictionRules>;
}

export interface PackDetectors {
  allowList?: string[];
  contextWords?: Partial<Record<Entity, string[]>>;
  customPatterns?: CustomPattern[];
}

export interface PackSourceRef {
  title: string;
  url: string;
}

export interface Pack {
  $schema?: string;
  id: string;
  name: string;
  version: string;
  publisher: string;
  description?: string;
  approval?: Approval;
  template?: boolean;
  locales: string[];
  jurisdictions?: string[];
  snippets: PackSnippet[];
  rules?: PackRules;
  detectors?: PackDetectors;
  sources?: PackSourceRef[];
  /** The consent registry for this pack's agents (a setting takes precedence). */
  consent?: { source?: string };
  /** `enabled: true` turns the editor's audit trail on for agents using this pack. */
  audit?: { enabled?: boolean };
}

/** A problem in a pack file, located for the Problems panel and the CLI (1-based). */
export interface PackProblem {
  /** File path or URL as the user wrote it. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning';
  /** Stable code: `yaml/syntax`, `schema/enum`, `snippet/duplicate-id`, `pattern/unsafe`... */
  code: string;
  message: string;
}

export type ApprovalState = 'approved' | 'expired' | 'template' | 'not-yet-valid';
export type SignatureState = 'valid' | 'invalid' | 'unsigned' | 'not-checked' | 'builtin';

export type PackOrigin = 'builtin' | 'workspace' | 'path' | 'url';

/** A pack that parsed and validated, with where it came from and its trust state. */
export interface LoadedPack {
  pack: Pack;
  origin: PackOrigin;
  /** File path, URI or URL it was loaded from. */
  location: string;
  approval: ApprovalState;
  signature: SignatureState;
  /** Hex id of the key that signed it, when signature is valid. */
  signedBy?: string;
  /** Warnings kept for display (errors refuse the pack). */
  problems: PackProblem[];
}

/** A snippet of the effective set, with the pack that supplied it. */
export interface ActiveSnippet extends PackSnippet {
  body: string;
  packId: string;
  packName: string;
  packVersion: string;
  approval: ApprovalState;
  /** Pack ids whose snippet with the same id this one replaced (earliest first). */
  overrides: string[];
}
