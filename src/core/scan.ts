// The pipeline: detectors -> candidates -> scoring (context, allow-list) -> merged Finding[].
import type { Candidate, DetectorOptions, Entity, Finding, Lang, ScanOptions, Severity } from './types';
import { judgeContext } from './context';
import { guessLang } from './lang';
import { piiMessage } from './messages';
import { redactionFixes } from './redact';
import { allowListKey } from './text';
import { DETECTORS } from './detectors';
import { compileCustomPatterns } from './detectors/custom';

/** Chosen from `npm run eval`: the best micro-F1 on the labelled corpus. */
export const DEFAULT_MIN_SCORE = 0.5;

export const DEFAULT_PHONE_REGIONS: readonly string[] = ['ES', 'PE', 'MX', 'AR', 'CO', 'CL', 'BR', 'US'];

/** Quiet by default: a flooded Problems panel is the first complaint about tools like this. */
export const DEFAULT_SEVERITIES: Readonly<Record<Entity, Severity>> = {
  CREDIT_CARD: 'warning',
  IBAN_CODE: 'warning',
  NATIONAL_ID: 'warning',
  CREDENTIAL: 'warning',
  PASSPORT: 'warning',
  PHONE_NUMBER: 'info',
  EMAIL_ADDRESS: 'info',
  IP_ADDRESS: 'info',
  PERSON: 'info',
  STREET_ADDRESS: 'info',
  DATE_OF_BIRTH: 'info',
};

const DEFAULT_BOOST = 0.35;
const DEFAULT_PENALTY = 0.4;

export function resolveLang(text: string, lang: ScanOptions['lang']): 'es' | 'en' | 'pt' {
  return !lang || lang === 'auto' ? guessLang(text) : lang;
}

/** Applies context words to a candidate; returns its final score and the reasons added. */
export function scoreCandidate(text: string, c: Candidate, extraPositive: readonly string[] = []): { score: number; reasons: string[] } {
  let score = c.score;
  const reasons = [...c.reasons];
  if (c.context) {
    const verdict = judgeContext(text, c.start, c.end, c.context, extraPositive);
    if (verdict.direction === 1) {
      score += c.contextBoost ?? DEFAULT_BOOST;
      reasons.push(`context:+${verdict.positive}`);
    } else if (verdict.direction === -1) {
      score -= c.contextPenalty ?? DEFAULT_PENALTY;
      reasons.push(`context:-${verdict.negative}`);
    }
  }
  return { score: Math.max(0, Math.min(1, Math.round(score * 100) / 100)), reasons };
}

/** Keeps the best of overlapping candidates: higher score, then the longer span. */
export function mergeOverlaps<T extends { start: number; end: number; score: number }>(items: readonly T[]): T[] {
  const ranked = [...items].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = []; // sorted by start, non-overlapping
  for (const item of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < item.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > item.start) || (next && next.start < item.end)) continue;
    kept.splice(lo, 0, item);
  }
  return kept;
}

/** Finds personal data in text. Pure: no I/O, no editor, same result in Node and a browser worker. */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  const lang = resolveLang(text, options.lang);
  const uiLang: Lang = options.uiLang ?? lang;
  const wanted = options.entities && options.entities.length ? new Set(options.entities) : undefined;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const allow = new Set((options.allowList ?? []).map(allowListKey).filter(Boolean));
  const detectorOptions: DetectorOptions = { lang, phoneRegions: options.phoneRegions ?? DEFAULT_PHONE_REGIONS };

  const scored: Candidate[] = [];
  const detectors = options.customPatterns?.length ? [...DETECTORS, compileCustomPatterns(options.customPatterns).detector] : DETECTORS;
  for (const detector of detectors) {
    if (wanted && !detector.entities.some((e) => wanted.has(e))) continue;
    for (const c of detector.detect(text, detectorOptions)) {
      if (wanted && !wanted.has(c.entity)) continue;
      const { score, reasons } = scoreCandidate(text, c, options.extraContext?.[c.entity]);
      if (score < minScore) continue;
      if (allow.size && allow.has(allowListKey(text.slice(c.start, c.end)))) continue;
      scored.push({ ...c, score, reasons });
    }
  }

  return mergeOverlaps(scored).map((c) => {
    const finding: Finding = {
      kind: 'pii',
      entity: c.entity,
      subtype: c.subtype,
      start: c.start,
      end: c.end,
      score: c.score,
      severity: options.severities?.[c.entity] ?? DEFAULT_SEVERITIES[c.entity],
      detector: c.detector,
      message: piiMessage(c.entity, c.subtype, uiLang),
      reasons: c.reasons,
      fixes: [],
    };
    finding.fixes = redactionFixes(text, finding, uiLang);
    return finding;
  });
}
