// The policy-rule engine: reply context (front matter, defaults, purpose, consent) -> rules ->
// Finding[] of kind 'rule', the same shape as PII findings. PII comes from scan() only.
import type { ConsentLookup, ConsentVerdict } from '../consent/types';
import { format } from '../messages';
import { classifyPurpose, type PurposeEvidence } from '../purpose';
import { langOfLocale, parseReply, type Channel, type ParsedReply, type Purpose } from '../reply';
import { resolveLang, scan } from '../scan';
import type { Finding, Lang, ScanOptions } from '../types';
import { defaultRulesConfig, rulesConfigForJurisdiction, type RulesConfig } from './config';
import { consentExpired, consentMissing, consentRevoked } from './consent';
import { contactHoursOutside } from './contact-hours';
import { piiRestricted } from './channel';
import { frontMatterInvalid } from './front-matter';
import { adLabelMissing, unsubscribeMissing } from './marketing';
import { remoteSupportConsentMissing } from './remote-support';
import { sensitiveDataRequest } from './request';
import type { ReplySnippet } from './snippets';
import type { Rule, RuleContext, RuleId } from './types';
import { insideWhatsappWindow, parseInstant, whatsappWindowClosed } from './whatsapp';

export const RULES: readonly Rule[] = [
  frontMatterInvalid,
  consentRevoked,
  consentMissing,
  consentExpired,
  unsubscribeMissing,
  adLabelMissing,
  piiRestricted,
  sensitiveDataRequest,
  remoteSupportConsentMissing,
  whatsappWindowClosed,
  contactHoursOutside,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

export interface CheckOptions {
  /** Consent look-up; without one, consent rules stay silent (no registry configured). */
  registry?: ConsentLookup;
  rulesConfig?: RulesConfig;
  /** Snippets of the active packs, for quick fixes. */
  snippets?: readonly ReplySnippet[];
  now?: Date;
  /** Used when the reply has no front matter for them (status bar choice, workspace setting, --channel). */
  defaults?: { channel?: Channel; customer?: string; jurisdiction?: string; locale?: string };
  scanOptions?: ScanOptions;
  /** PII findings already computed for this text (saves a second scan in the editor and the CLI). */
  pii?: readonly Finding[];
}

export interface ReplyAnalysis {
  reply: ParsedReply;
  channel?: Channel;
  customer?: string;
  jurisdiction?: string;
  purpose: Purpose;
  /** Where the purpose came from. */
  purposeSource: 'declared' | 'detected';
  purposeEvidence: PurposeEvidence[];
  consentNeeded: boolean;
  /** Undefined when no registry, channel or customer is known. */
  consent?: ConsentVerdict;
  lang: Lang;
  /** Rule findings only (PII findings are the caller's, from scan()). */
  findings: Finding[];
}

function needsConsent(reply: ParsedReply, channel: Channel | undefined, purpose: Purpose, jurisdiction: string | undefined, config: RulesConfig, now: Date): boolean {
  if (!channel) return false;
  const policy = config.channels[channel];
  if (purpose === 'marketing') {
    if (policy.optIn === 'none') return false;
    // Opt-out regimes (MX, AR, CL; US email): a missing record is fine, a revocation is not.
    return !(jurisdiction && config.optOutJurisdictions[jurisdiction]?.includes(channel));
  }
  if (policy.optIn !== 'all') return false;
  // A service reply within the customer's own conversation window is not business-initiated.
  const sendAt = reply.meta.send_at ? parseInstant(reply.meta.send_at) : now.getTime();
  return !insideWhatsappWindow(reply.meta.last_customer_message, sendAt, config.whatsappWindowHours);
}

/** Parses the reply, works out its context and runs every enabled rule. */
export function analyzeReply(text: string, options: CheckOptions = {}): ReplyAnalysis {
  const baseConfig = options.rulesConfig ?? defaultRulesConfig();
  const now = options.now ?? new Date();
  const reply = parseReply(text);
  const meta = reply.meta;
  const channel = meta.channel ?? options.defaults?.channel;
  const customer = meta.customer ?? options.defaults?.customer;
  const jurisdiction = meta.jurisdiction ?? options.defaults?.jurisdiction ?? baseConfig.defaultJurisdiction;
  const config = rulesConfigForJurisdiction(baseConfig, jurisdiction);
  const locale = meta.locale ?? options.defaults?.locale;
  const lang: Lang = options.scanOptions?.uiLang ?? langOfLocale(locale) ?? resolveLang(reply.body, options.scanOptions?.lang);
  // An offer mixed into a "service" reply makes it marketing (policy-facts.md).
  const detected = classifyPurpose(reply.body);
  const purpose: Purpose = meta.purpose === 'marketing' || detected.purpose === 'marketing' ? 'marketing' : 'service';
  const purposeSource = meta.purpose === purpose ? 'declared' : 'detected';
  const consentNeeded = needsConsent(reply, channel, purpose, jurisdiction, config, now);
  const consent =
    options.registry && channel && customer ? options.registry.lookup({ customer, channel, purpose, now, maxAgeDays: config.consentMaxAgeDays }) : undefined;
  const wantsPii = channel !== undefined && config.channels[channel].piiRestricted.length > 0 && !config.disabled.includes('channel/pii-restricted');
  const pii = options.pii ?? (wantsPii ? scan(text, { ...options.scanOptions, uiLang: lang }) : []);
  const ctx: RuleContext = {
    text,
    reply,
    channel,
    customer,
    purpose,
    purposeEvidence: detected.evidence,
    jurisdiction,
    locale,
    lang,
    now,
    config,
    registryConfigured: options.registry !== undefined,
    consent,
    consentNeeded,
    pii,
    snippets: options.snippets ?? [],
  };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const id = rule.meta.id;
    if (config.disabled.includes(id)) continue;
    // Without a channel a text is not known to be a reply (notes, docs, macros): only its header is checked.
    if (!channel && id !== 'reply/front-matter-invalid') continue;
    for (const r of rule.check(ctx)) {
      findings.push({
        kind: 'rule',
        rule: id,
        ...(r.entity ? { entity: r.entity } : {}),
        ...(r.subtype ? { subtype: r.subtype } : {}),
        start: r.start,
        end: r.end,
        score: r.score ?? 1,
        severity: config.severities[id] ?? rule.meta.defaultSeverity,
        detector: 'rules',
        message: ruleMessage(rule, r.messageId, r.data ?? {}, lang, config),
        reasons: r.reasons ?? [],
        fixes: r.fixes ?? [],
      });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { reply, channel, customer, jurisdiction, purpose, purposeSource, purposeEvidence: detected.evidence, consentNeeded, consent, lang, findings };
}

function ruleMessage(rule: Rule, messageId: string, data: Record<string, string>, lang: Lang, config: RulesConfig): string {
  // A pack's override replaces the rule's main message; the special cases keep theirs.
  const override = messageId === 'default' || messageId === Object.keys(rule.meta.messages)[0] ? config.messages[rule.meta.id as RuleId]?.[lang] : undefined;
  const template = override ?? rule.meta.messages[messageId]?.[lang] ?? rule.meta.messages.default?.en ?? rule.meta.id;
  return format(template, data);
}

/** Rule findings for a reply: the editor's and the CLI's entry point. */
export function checkReply(text: string, options: CheckOptions = {}): Finding[] {
  return analyzeReply(text, options).findings;
}

/**
 * PII and rule findings together, sorted; a PII finding that a channel/pii-restricted
 * finding repeats on the same span is dropped, so a value is never reported twice.
 */
export function mergeFindings(pii: readonly Finding[], rules: readonly Finding[]): Finding[] {
  const restricted = new Set(rules.filter((f) => f.rule === 'channel/pii-restricted').map((f) => `${f.start}:${f.end}`));
  return [...pii.filter((f) => !restricted.has(`${f.start}:${f.end}`)), ...rules].sort((a, b) => a.start - b.start || a.end - b.end);
}

export { defaultRulesConfig, applyPackRules, rulesConfigFrom, rulesConfigForJurisdiction, DEFAULT_SEVERITIES as DEFAULT_RULE_SEVERITIES } from './config';
export type { RulesConfig, ChannelPolicy as RuleChannelPolicy, AdLabelPolicy, ContactHoursPolicy, JurisdictionOverrides } from './config';
export { RULE_IDS, isRuleId } from './types';
export type { Rule, RuleId, RuleMeta, RuleContext, RuleReport } from './types';
export { pickSnippet, snippetPlainText, insertSnippetFix } from './snippets';
export type { ReplySnippet } from './snippets';
