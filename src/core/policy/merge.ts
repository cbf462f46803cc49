// The effective policy: packs in load order (built-in, workspace, settings paths, URLs);
// a later pack overrides an earlier one's snippet with the same id and its rule settings,
// while allow-lists, context words and patterns add up.
import type { CustomPattern, Entity, ScanOptions, Severity } from '../types';
import { isEntity } from '../types';
import type { ActiveSnippet, ChannelPolicies, ChannelPolicy, Deadlines, JurisdictionRules, LoadedPack, PackChannel, PackRules, RuleSeverity } from './types';
import { bodyText } from './variables';

export const DEFAULT_CONSENT_MAX_AGE_DAYS = 180;

/** Rule settings after merging, with defaults filled in; issue-5 rules read this. */
export interface EffectiveRules {
  channelPolicies: ChannelPolicies;
  consentMaxAgeDays: number;
  unsubscribeRequired: boolean;
  severities: Record<string, RuleSeverity>;
  disabled: string[];
  messages: NonNullable<PackRules['messages']>;
  options: Record<string, Record<string, unknown>>;
  dataRightsDeadlines: Record<string, Deadlines>;
  jurisdictions: Record<string, JurisdictionRules>;
}

export interface EffectivePolicy {
  packs: LoadedPack[];
  snippets: ActiveSnippet[];
  rules: EffectiveRules;
  allowList: string[];
  contextWords: Partial<Record<Entity, string[]>>;
  customPatterns: CustomPattern[];
}

function mergeChannelPolicies(into: ChannelPolicies, from: ChannelPolicies | undefined): ChannelPolicies {
  const out: ChannelPolicies = { ...into };
  for (const [channel, policy] of Object.entries(from ?? {}) as [PackChannel, ChannelPolicy][]) {
    out[channel] = { ...(out[channel] ?? {}), ...policy };
  }
  return out;
}

function mergeJurisdictionRules(a: JurisdictionRules | undefined, b: JurisdictionRules): JurisdictionRules {
  return { ...(a ?? {}), ...b, channelPolicies: mergeChannelPolicies(a?.channelPolicies ?? {}, b.channelPolicies) };
}

export function emptyRules(): EffectiveRules {
  return {
    channelPolicies: {},
    consentMaxAgeDays: DEFAULT_CONSENT_MAX_AGE_DAYS,
    unsubscribeRequired: true,
    severities: {},
    disabled: [],
    messages: {},
    options: {},
    dataRightsDeadlines: {},
    jurisdictions: {},
  };
}

export function mergeRules(base: EffectiveRules, rules: PackRules | undefined): EffectiveRules {
  if (!rules) return base;
  const out: EffectiveRules = {
    channelPolicies: mergeChannelPolicies(base.channelPolicies, rules.channelPolicies),
    consentMaxAgeDays: rules.consentMaxAgeDays ?? base.consentMaxAgeDays,
    unsubscribeRequired: rules.unsubscribeRequired ?? base.unsubscribeRequired,
    severities: { ...base.severities, ...(rules.severities ?? {}) },
    disabled: [...new Set([...base.disabled, ...(rules.disabled ?? [])])],
    messages: { ...base.messages },
    options: { ...base.options },
    dataRightsDeadlines: { ...base.dataRightsDeadlines },
    jurisdictions: { ...base.jurisdictions },
  };
  for (const [id, m] of Object.entries(rules.messages ?? {})) out.messages[id] = { ...(out.messages[id] ?? {}), ...m };
  for (const [id, o] of Object.entries(rules.options ?? {})) out.options[id] = { ...(out.options[id] ?? {}), ...o };
  for (const [j, d] of Object.entries(rules.dataRightsDeadlines ?? {})) out.dataRightsDeadlines[j] = { ...(out.dataRightsDeadlines[j] ?? {}), ...d };
  for (const [j, r] of Object.entries(rules.jurisdictions ?? {})) out.jurisdictions[j] = mergeJurisdictionRules(out.jurisdictions[j], r);
  return out;
}

/** Rules for one reply: pack-wide settings overridden by its jurisdiction's (country, then subdivision). */
export function rulesForJurisdiction(rules: EffectiveRules, jurisdiction: string | undefined): EffectiveRules {
  if (!jurisdiction) return rules;
  let out = rules;
  for (const code of [jurisdiction.split('-')[0], jurisdiction].filter((c, i, all) => all.indexOf(c) === i)) {
    const j = rules.jurisdictions[code];
    if (!j) continue;
    out = {
      ...out,
      channelPolicies: mergeChannelPolicies(out.channelPolicies, j.channelPolicies),
      consentMaxAgeDays: j.consentMaxAgeDays ?? out.consentMaxAgeDays,
      unsubscribeRequired: j.unsubscribeRequired ?? out.unsubscribeRequired,
    };
  }
  return out;
}

/** Merges loaded packs, earliest first. */
export function mergePacks(packs: readonly LoadedPack[]): EffectivePolicy {
  const snippets = new Map<string, ActiveSnippet>();
  let rules = emptyRules();
  const allowList: string[] = [];
  const contextWords: Partial<Record<Entity, string[]>> = {};
  const patterns = new Map<string, CustomPattern>();
  for (const loaded of packs) {
    const { pack } = loaded;
    for (const s of pack.snippets) {
      const previous = snippets.get(s.id);
      snippets.set(s.id, {
        ...s,
        body: bodyText(s.body),
        packId: pack.id,
        packName: pack.name,
        packVersion: pack.version,
        approval: loaded.approval,
        overrides: previous ? [...previous.overrides, previous.packId] : [],
      });
    }
    rules = mergeRules(rules, pack.rules);
    allowList.push(...(pack.detectors?.allowList ?? []));
    for (const [entity, words] of Object.entries(pack.detectors?.contextWords ?? {})) {
      if (isEntity(entity)) contextWords[entity] = [...(contextWords[entity] ?? []), ...(words ?? [])];
    }
    for (const p of pack.detectors?.customPatterns ?? []) patterns.set(`${pack.id}/${p.id}`, { ...p, id: `${pack.id}/${p.id}` });
  }
  return {
    packs: [...packs],
    snippets: [...snippets.values()],
    rules,
    allowList: [...new Set(allowList)],
    contextWords,
    customPatterns: [...patterns.values()],
  };
}

/** The part of ScanOptions that packs contribute. */
export function packScanOptions(policy: EffectivePolicy, includeCustomPatterns: boolean): Partial<ScanOptions> {
  const severities: Partial<Record<Entity, Severity>> = {};
  for (const [key, severity] of Object.entries(policy.rules.severities)) {
    if (isEntity(key) && severity !== 'off') severities[key] = severity;
  }
  const out: Partial<ScanOptions> = {};
  if (policy.allowList.length) out.allowList = policy.allowList;
  if (Object.keys(policy.contextWords).length) out.extraContext = policy.contextWords;
  if (includeCustomPatterns && policy.customPatterns.length) out.customPatterns = policy.customPatterns;
  if (Object.keys(severities).length) out.severities = severities;
  return out;
}

/** Does a snippet's locale suit a reply's locale? Same tag, or same language when one side has no region. */
export function localeMatches(snippetLocale: string, replyLocale: string): boolean {
  const [sl, sr] = snippetLocale.split('-');
  const [rl, rr] = replyLocale.split('-');
  if (sl.toLowerCase() !== rl.toLowerCase()) return false;
  return !sr || !rr || sr.toUpperCase() === rr.toUpperCase();
}

export interface SnippetFilter {
  channel?: PackChannel;
  locale?: string;
  jurisdiction?: string;
}

/**
 * Snippets for a reply: matching channel and locale; for a known jurisdiction, the ones
 * written for it win over general ones of the same purpose and channel.
 */
export function snippetsFor(snippets: readonly ActiveSnippet[], filter: SnippetFilter): ActiveSnippet[] {
  const jurisdiction = filter.jurisdiction ?? regionOf(filter.locale);
  let list = snippets.filter((s) => (!filter.channel || s.channels.includes(filter.channel)) && (!filter.locale || localeMatches(s.locale, filter.locale)));
  if (jurisdiction) {
    const country = jurisdiction.split('-')[0];
    const fits = (s: ActiveSnippet) => !s.jurisdiction || s.jurisdiction === jurisdiction || s.jurisdiction === country || (s.jurisdiction === 'EU' && EU_MEMBERS.has(country));
    list = list.filter(fits);
    // A snippet written for the jurisdiction hides a general one with the same purpose on the same channels.
    const specific = new Set(list.filter((s) => s.jurisdiction).flatMap((s) => s.channels.map((c) => `${s.purpose}/${c}`)));
    const channelsOf = (s: ActiveSnippet) => (filter.channel ? [filter.channel] : s.channels);
    list = list.filter((s) => s.jurisdiction || !channelsOf(s).every((c) => specific.has(`${s.purpose}/${c}`)));
  }
  return list;
}

function regionOf(locale: string | undefined): string | undefined {
  const region = locale?.split('-')[1];
  return region && /^[A-Z]{2}$/i.test(region) ? region.toUpperCase() : undefined;
}

const EU_MEMBERS = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);
