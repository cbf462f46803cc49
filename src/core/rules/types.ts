// What a policy rule is (ESLint style): metadata next to the logic, messages keyed by id in
// every UI language, fixes computed by the rule and applied by the presenter.
import type { ConsentVerdict } from '../consent/types';
import type { PurposeEvidence } from '../purpose';
import type { Channel, ParsedReply, Purpose } from '../reply';
import type { Finding, Fix, Lang, Severity } from '../types';
import type { RulesConfig } from './config';
import type { ReplySnippet } from './snippets';

export const RULE_IDS = [
  'reply/front-matter-invalid',
  'consent/missing',
  'consent/revoked',
  'consent/expired',
  'marketing/unsubscribe-missing',
  'marketing/ad-label-missing',
  'channel/pii-restricted',
  'request/sensitive-data',
  'remote-support/consent-missing',
  'whatsapp/window-closed',
  'contact-hours/outside',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

export type Localised = Record<Lang, string>;

export interface RuleMeta {
  id: RuleId;
  /** Docs page, relative to the extension root (the editor turns it into a link). */
  docs: string;
  defaultSeverity: Severity;
  /** One line on what the rule protects, for hovers and `reply-guard check --list-rules`. */
  description: Localised;
  /** Laws or practice the default behaviour rests on (policy-facts.md). */
  sources: readonly string[];
  /** Message templates by id; `{name}` placeholders, never a raw value. */
  messages: Record<string, Localised>;
  fixable: boolean;
  /** The RulesConfig keys this rule reads, for the docs and pack authors. */
  options: readonly (keyof RulesConfig)[];
}

/** Everything a rule may look at; built once per check. */
export interface RuleContext {
  text: string;
  reply: ParsedReply;
  channel?: Channel;
  customer?: string;
  /** Declared purpose, else the classifier's; an offer in a "service" reply makes it marketing. */
  purpose: Purpose;
  purposeEvidence: readonly PurposeEvidence[];
  jurisdiction?: string;
  locale?: string;
  lang: Lang;
  now: Date;
  config: RulesConfig;
  /** Whether a consent registry is configured (without one, consent rules stay silent). */
  registryConfigured: boolean;
  /** The registry's answer; undefined without a registry, channel or customer. */
  consent?: ConsentVerdict;
  /** Whether this reply needs a consent record (marketing, or business-initiated on an opt-in-for-all channel). */
  consentNeeded: boolean;
  /** PII findings of the whole text, from scan(). */
  pii: readonly Finding[];
  snippets: readonly ReplySnippet[];
}

/** What a rule reports; the engine turns it into a Finding with severity and message. */
export interface RuleReport {
  messageId: string;
  data?: Record<string, string>;
  start: number;
  end: number;
  subtype?: string;
  /** Set when the report is about a PII span (channel/pii-restricted). */
  entity?: Finding['entity'];
  score?: number;
  reasons?: string[];
  fixes?: Fix[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleReport[];
}
