// The rules' settings, with defaults from shared/notes/policy-facts.md. A pack's `rules`
// section (src/core/policy) and the user's settings are mapped onto this one shape.
import type { Channel } from '../reply';
import { CHANNELS } from '../reply';
import { isEntity, SEVERITIES, type Entity, type Lang, type Severity } from '../types';
import type { ChannelPolicy as PackChannelPolicy, ContactWindow, PackRules } from '../policy/types';
import { isRuleId, RULE_IDS, type RuleId } from './types';

export interface ChannelPolicy {
  /**
   * Which replies need a consent record on this channel: `marketing` only, `all`
   * business-initiated replies (WhatsApp: opt-in naming the business), or `none`.
   */
  optIn: 'marketing' | 'all' | 'none';
  /** Entities that must not be written on this channel (redact or use a secure channel). */
  piiRestricted: Entity[];
  /** Overrides RulesConfig.unsubscribeRequired for this channel. */
  unsubscribeRequired?: boolean;
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
  /** Allowed local hours per weekday as [from, to) in hours (e.g. [7, 19], 7.5 = 07:30); null: no contact. */
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
  /** Per-jurisdiction overrides of channels, max age and unsubscribe requirement. */
  jurisdictions: Record<string, JurisdictionOverrides>;
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
    jurisdictions: {},
    severities: { ...DEFAULT_SEVERITIES },
    disabled: [],
    messages: {},
  };
}

/** Per-jurisdiction overrides (a pack's `rules.jurisdictions.<J>`), applied when a reply is for J. */
export interface JurisdictionOverrides {
  channels?: Partial<Record<Channel, Partial<ChannelPolicy>>>;
  consentMaxAgeDays?: number;
  unsubscribeRequired?: boolean;
}

function isSeverity(v: unknown): v is Severity {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

function channelPolicyFrom(current: ChannelPolicy, policy: PackChannelPolicy): ChannelPolicy {
  // A pack says opt-in yes/no; which replies it covers (`all` on WhatsApp) stays ours.
  const optIn = policy.optIn === true ? (current.optIn === 'none' ? 'marketing' : current.optIn) : policy.optIn === false ? 'none' : current.optIn;
  return {
    optIn,
    piiRestricted: policy.piiRestricted ? policy.piiRestricted.filter(isEntity) : current.piiRestricted,
    ...(policy.unsubscribeRequired !== undefined ? { unsubscribeRequired: policy.unsubscribeRequired } : current.unsubscribeRequired !== undefined ? { unsubscribeRequired: current.unsubscribeRequired } : {}),
  };
}

function minutesOf(hhmm: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  return m ? Number(m[1]) + Number(m[2]) / 60 : undefined;
}

function hoursFrom(windows: readonly ContactWindow[]): ContactHoursPolicy['hours'] {
  const hours: ContactHoursPolicy['hours'] = { sun: null, mon: null, tue: null, wed: null, thu: null, fri: null, sat: null };
  for (const w of windows) {
    const from = minutesOf(w.from);
    const to = minutesOf(w.to);
    if (from === undefined || to === undefined) continue;
    for (const d of w.days) hours[d] = [from, to];
  }
  return hours;
}

function channelsOf(list: readonly string[] | undefined, fallback: Channel[]): Channel[] {
  return list ? list.filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c)) : fallback;
}

/**
 * Applies a pack's `rules` section (src/core/policy PackRules, or the merged EffectiveRules)
 * over a config. Unknown rule ids, channels and entities are ignored here: the pack
 * validator reports them. Severity keys that are entities belong to scan(), not here.
 */
export function applyPackRules(base: RulesConfig, rules: PackRules | undefined): RulesConfig {
  if (!rules) return base;
  const out: RulesConfig = {
    ...base,
    channels: { ...base.channels },
    severities: { ...base.severities },
    messages: { ...base.messages },
    disabled: [...base.disabled],
    adLabels: { ...base.adLabels },
    contactHours: { ...base.contactHours },
    jurisdictions: { ...base.jurisdictions },
    optOutJurisdictions: { ...base.optOutJurisdictions },
    holidays: { ...base.holidays },
  };
  for (const [channel, policy] of Object.entries(rules.channelPolicies ?? {})) {
    if (!policy || !(CHANNELS as readonly string[]).includes(channel)) continue;
    out.channels[channel as Channel] = channelPolicyFrom(out.channels[channel as Channel], policy);
    if (channel === 'whatsapp' && typeof policy.freeFormWindowHours === 'number' && policy.freeFormWindowHours > 0) out.whatsappWindowHours = policy.freeFormWindowHours;
  }
  if (typeof rules.consentMaxAgeDays === 'number' && rules.consentMaxAgeDays > 0) out.consentMaxAgeDays = rules.consentMaxAgeDays;
  if (typeof rules.unsubscribeRequired === 'boolean') out.unsubscribeRequired = rules.unsubscribeRequired;
  for (const [id, sev] of Object.entries(rules.severities ?? {})) {
    if (!isRuleId(id)) continue;
    // `off` in a severities map is the same as listing the rule in `disabled`.
    if (sev === 'off') {
      if (!out.disabled.includes(id)) out.disabled.push(id);
    } else if (isSeverity(sev)) out.severities[id] = sev;
  }
  for (const id of rules.disabled ?? []) if (isRuleId(id) && !out.disabled.includes(id)) out.disabled.push(id);
  for (const [id, byLang] of Object.entries(rules.messages ?? {})) {
    if (!isRuleId(id) || !byLang) continue;
    const clean: Partial<Record<Lang, string>> = {};
    for (const lang of ['es', 'en', 'pt'] as const) if (typeof byLang[lang] === 'string') clean[lang] = byLang[lang];
    out.messages[id] = { ...out.messages[id], ...clean };
  }
  for (const [j, jr] of Object.entries(rules.jurisdictions ?? {})) {
    const code = j.toUpperCase();
    const overrides: JurisdictionOverrides = { ...out.jurisdictions[code] };
    if (jr.channelPolicies) {
      overrides.channels = { ...overrides.channels };
      for (const [channel, policy] of Object.entries(jr.channelPolicies)) {
        if (!policy || !(CHANNELS as readonly string[]).includes(channel)) continue;
        const c = channel as Channel;
        overrides.channels[c] = channelPolicyFrom({ ...out.channels[c], ...overrides.channels[c] }, policy);
      }
    }
    if (typeof jr.consentMaxAgeDays === 'number' && jr.consentMaxAgeDays > 0) overrides.consentMaxAgeDays = jr.consentMaxAgeDays;
    if (typeof jr.unsubscribeRequired === 'boolean') overrides.unsubscribeRequired = jr.unsubscribeRequired;
    out.jurisdictions[code] = overrides;
    if (jr.adLabel) {
      const previous = out.adLabels[code];
      // The same label as the built-in default keeps its alternatives ("Publi") and its legal source.
      const same = previous?.labels.some((l) => l.toLowerCase() === jr.adLabel!.text.toLowerCase());
      out.adLabels[code] = {
        labels: same ? [jr.adLabel.text, ...previous!.labels.filter((l) => l.toLowerCase() !== jr.adLabel!.text.toLowerCase())] : [jr.adLabel.text],
        where: jr.adLabel.placement ?? previous?.where ?? 'start',
        channels: channelsOf(jr.adLabel.channels, previous?.channels ?? ['email', 'sms', 'whatsapp']),
        insert: `${jr.adLabel.text}: `,
        source: same ? previous!.source : 'policy pack',
      };
    }
    if (jr.contactHours) {
      out.contactHours[code] = {
        channels: channelsOf(jr.contactHours.channels, [...CHANNELS]),
        hours: hoursFrom(jr.contactHours.windows),
        closedOnHolidays: out.contactHours[code]?.closedOnHolidays ?? true,
        source: out.contactHours[code]?.source ?? 'policy pack',
      };
    }
  }
  // Rule options: `rules.options['consent/missing'].optOutJurisdictions`, `['contact-hours/outside'].holidays`.
  const optOut = rules.options?.['consent/missing']?.optOutJurisdictions;
  if (optOut && typeof optOut === 'object') {
    for (const [j, chans] of Object.entries(optOut as Record<string, unknown>)) if (Array.isArray(chans)) out.optOutJurisdictions[j.toUpperCase()] = channelsOf(chans.map(String), []);
  }
  const holidays = rules.options?.['contact-hours/outside']?.holidays;
  if (holidays && typeof holidays === 'object') {
    for (const [j, days] of Object.entries(holidays as Record<string, unknown>)) if (Array.isArray(days)) out.holidays[j.toUpperCase()] = days.map(String);
  }
  return out;
}

/** The effective config from packs' `rules` sections in load order (later wins). */
export function rulesConfigFrom(...sections: (PackRules | undefined)[]): RulesConfig {
  return sections.reduce<RulesConfig>((cfg, s) => applyPackRules(cfg, s), defaultRulesConfig());
}

/** The config for one reply: jurisdiction overrides applied over the pack-wide settings. */
export function rulesConfigForJurisdiction(config: RulesConfig, jurisdiction: string | undefined): RulesConfig {
  const o = jurisdiction ? config.jurisdictions[jurisdiction] : undefined;
  if (!o) return config;
  const channels = { ...config.channels };
  for (const [c, p] of Object.entries(o.channels ?? {})) channels[c as Channel] = { ...channels[c as Channel], ...p };
  return { ...config, channels, consentMaxAgeDays: o.consentMaxAgeDays ?? config.consentMaxAgeDays, unsubscribeRequired: o.unsubscribeRequired ?? config.unsubscribeRequired };
}

export { RULE_IDS };
