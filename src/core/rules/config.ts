// The rules' settings, with defaults from shared/notes/policy-facts.md. A pack's `rules`
// section (src/core/policy) and the user's settings are mapped onto this one shape.
import type { Channel } from '../reply';
import { CHANNELS } from '../reply';
import { isEntity, SEVERITIES, type Entity, type Lang, type Severity } from '../types';
import { isRuleId, RULE_IDS, type RuleId } from './types';

export interface ChannelPolicy {
  /**
   * Which replies need a consent record on this channel: `marketing` only, `all`
   * business-initiated replies (WhatsApp: opt-in naming the business), or `none`.
   */
  optIn: 'marketing' | 'all' | 'none';
  /** Entities that must not be written on this channel (redact or use a secure channel). */
  piiRestricted: Entity[];
}

export interface AdLabelPolicy {
  /** Accepted labels, compared case-insensitively and accent-folded. */
  labels: string[];
  /** `subject`: the email subject must contain one; `start`: the subject or the first line must begin with one. */
  where: 'subject' | 'start';
  channels: Channel[];
  /** Inserted by the quick fix when the pack has no ad-label snippet. */
  insert: string;
  source: string;
}

export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export interface ContactHoursPolicy {
  channels: Channel[];
  /** Allowed local hours per weekday as [from, to) in hours (e.g. [7, 19]); null: no contact. */
  hours: Record<Weekday, [number, number] | null>;
  /** Public holidays count as closed when listed in `holidays`. */
  closedOnHolidays: boolean;
  source: string;
}

export interface RulesConfig {
  channels: Record<Channel, ChannelPolicy>;
  /** Grants older than this are re-confirmed (consent/expired). */
  consentMaxAgeDays: number;
  /** Marketing replies must offer an opt-out on their channel. */
  unsubscribeRequired: boolean;
  /** Opt-out regimes: where a missing record is not a finding for marketing on these channels (a revocation still is). */
  optOutJurisdictions: Record<string, Channel[]>;
  /** Used when a reply has no `jurisdiction`. */
  defaultJurisdiction?: string;
  /** WhatsApp's customer-service window. */
  whatsappWindowHours: number;
  adLabels: Record<string, AdLabelPolicy>;
  contactHours: Record<string, ContactHoursPolicy>;
  /** Public holidays (YYYY-MM-DD) per jurisdiction; none are built in. */
  holidays: Record<string, string[]>;
  severities: Record<RuleId, Severity>;
  disabled: RuleId[];
  /** Message overrides per rule and language (replace the rule's main message). */
  messages: Partial<Record<RuleId, Partial<Record<Lang, string>>>>;
}

// PCI DSS 4.2.2: no full card number on any messaging channel; WhatsApp's policy adds bank
// accounts and national IDs, and we extend that to SMS and chat, which are no safer.
const MESSAGING_RESTRICTED: Entity[] = ['CREDIT_CARD', 'IBAN_CODE', 'NATIONAL_ID'];

const HOURS_CO: ContactHoursPolicy['hours'] = { sun: null, mon: [7, 19], tue: [7, 19], wed: [7, 19], thu: [7, 19], fri: [7, 19], sat: [8, 15] };
const HOURS_ES_CALLS: ContactHoursPolicy['hours'] = { sun: null, mon: [9, 21], tue: [9, 21], wed: [9, 21], thu: [9, 21], fri: [9, 21], sat: null };
const HOURS_US: ContactHoursPolicy['hours'] = { sun: [8, 21], mon: [8, 21], tue: [8, 21], wed: [8, 21], thu: [8, 21], fri: [8, 21], sat: [8, 21] };

export const DEFAULT_SEVERITIES: Readonly<Record<RuleId, Severity>> = {
  'reply/front-matter-invalid': 'warning',
  'consent/missing': 'warning',
  'consent/revoked': 'error',
  'consent/expired': 'warning',
  'marketing/unsubscribe-missing': 'warning',
  'marketing/ad-label-missing': 'warning',
  'channel/pii-restricted': 'error',
  'request/sensitive-data': 'warning',
  'remote-support/consent-missing': 'warning',
  'whatsapp/window-closed': 'warning',
  'contact-hours/outside': 'warning',
};

export function defaultRulesConfig(): RulesConfig {
  return {
    channels: {
      email: { optIn: 'marketing', piiRestricted: ['CREDIT_CARD'] },
      sms: { optIn: 'marketing', piiRestricted: [...MESSAGING_RESTRICTED] },
      whatsapp: { optIn: 'all', piiRestricted: [...MESSAGING_RESTRICTED] },
      chat: { optIn: 'marketing', piiRestricted: [...MESSAGING_RESTRICTED] },
      phone: { optIn: 'marketing', piiRestricted: [] },
    },
    consentMaxAgeDays: 180,
    unsubscribeRequired: true,
    // MX, AR, CL: opt-out regimes; US: CAN-SPAM email is opt-out (texts and calls need consent).
    optOutJurisdictions: { MX: [...CHANNELS], AR: [...CHANNELS], CL: [...CHANNELS], US: ['email'] },
    whatsappWindowHours: 24,
    adLabels: {
      ES: { labels: ['Publicidad', 'Publi'], where: 'start', channels: ['email', 'sms', 'whatsapp'], insert: 'Publicidad: ', source: 'LSSI art. 20.1 (ES)' },
      PE: { labels: ['PUBLICIDAD'], where: 'subject', channels: ['email'], insert: 'PUBLICIDAD: ', source: 'Ley 28493 art. 5 (PE)' },
    },
    contactHours: {
      CO: { channels: [...CHANNELS], hours: HOURS_CO, closedOnHolidays: true, source: 'Ley 2300 de 2023 art. 3 (CO)' },
      ES: { channels: ['phone'], hours: HOURS_ES_CALLS, closedOnHolidays: true, source: 'Ley 11/2022 art. 66.1 (ES)' },
      US: { channels: ['phone', 'sms'], hours: HOURS_US, closedOnHolidays: false, source: 'TCPA, 47 CFR 64.1200(c)(1) (US)' },
    },
    holidays: {},
    severities: { ...DEFAULT_SEVERITIES },
    disabled: [],
    messages: {},
  };
}

/** A pack's or a setting's `rules` section as written (loosely typed: it comes from YAML/JSON). */
export interface PackRulesSection {
  channelPolicies?: Partial<Record<string, { optIn?: boolean | 'marketing' | 'all' | 'none'; piiRestricted?: string[] }>>;
  consentMaxAgeDays?: number;
  unsubscribeRequired?: boolean;
  whatsappWindowHours?: number;
  defaultJurisdiction?: string;
  optOutJurisdictions?: Record<string, string[]>;
  holidays?: Record<string, string[]>;
  severities?: Record<string, string>;
  disabled?: string[];
  messages?: Record<string, Partial<Record<string, string>>>;
}

function isSeverity(v: unknown): v is Severity {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

/**
 * Applies a pack's `rules` section over a config (later packs over earlier ones). Unknown
 * rule ids, channels and entities are ignored here: the pack validator reports them.
 */
export function applyRulesSection(base: RulesConfig, section: PackRulesSection | undefined): RulesConfig {
  if (!section) return base;
  const out: RulesConfig = { ...base, channels: { ...base.channels }, severities: { ...base.severities }, messages: { ...base.messages }, disabled: [...base.disabled] };
  for (const [channel, policy] of Object.entries(section.channelPolicies ?? {})) {
    if (!policy || !(CHANNELS as readonly string[]).includes(channel)) continue;
    const current = out.channels[channel as Channel];
    const optIn = policy.optIn === true ? (current.optIn === 'none' ? 'marketing' : current.optIn) : policy.optIn === false ? 'none' : (policy.optIn ?? current.optIn);
    out.channels[channel as Channel] = { optIn, piiRestricted: policy.piiRestricted ? policy.piiRestricted.filter(isEntity) : current.piiRestricted };
  }
  if (typeof section.consentMaxAgeDays === 'number' && section.consentMaxAgeDays > 0) out.consentMaxAgeDays = section.consentMaxAgeDays;
  if (typeof section.unsubscribeRequired === 'boolean') out.unsubscribeRequired = section.unsubscribeRequired;
  if (typeof section.whatsappWindowHours === 'number' && section.whatsappWindowHours > 0) out.whatsappWindowHours = section.whatsappWindowHours;
  if (typeof section.defaultJurisdiction === 'string') out.defaultJurisdiction = section.defaultJurisdiction.toUpperCase();
  if (section.optOutJurisdictions) {
    out.optOutJurisdictions = { ...out.optOutJurisdictions };
    for (const [j, chans] of Object.entries(section.optOutJurisdictions)) out.optOutJurisdictions[j.toUpperCase()] = chans.filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c));
  }
  if (section.holidays) out.holidays = { ...out.holidays, ...Object.fromEntries(Object.entries(section.holidays).map(([j, d]) => [j.toUpperCase(), d])) };
  for (const [id, sev] of Object.entries(section.severities ?? {})) {
    if (!isRuleId(id)) continue;
    // `off` in a severities map is the same as listing the rule in `disabled`.
    if (sev === 'off') out.disabled.push(id);
    else if (isSeverity(sev)) out.severities[id] = sev;
  }
  for (const id of section.disabled ?? []) if (isRuleId(id) && !out.disabled.includes(id)) out.disabled.push(id);
  for (const [id, byLang] of Object.entries(section.messages ?? {})) {
    if (!isRuleId(id) || !byLang) continue;
    const clean: Partial<Record<Lang, string>> = {};
    for (const lang of ['es', 'en', 'pt'] as const) if (typeof byLang[lang] === 'string') clean[lang] = byLang[lang];
    out.messages[id] = { ...out.messages[id], ...clean };
  }
  return out;
}

/** The effective config from packs' `rules` sections in load order (later wins). */
export function rulesConfigFrom(...sections: (PackRulesSection | undefined)[]): RulesConfig {
  return sections.reduce<RulesConfig>((cfg, s) => applyRulesSection(cfg, s), defaultRulesConfig());
}

export { RULE_IDS };
