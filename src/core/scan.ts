// The pipeline: detectors -> candidates -> scoring (context, allow-list) -> merged Finding[].
import type { Candidate, DetectorOptions, Entity, Finding, Fix, Lang, ScanOptions, Severity } from './types';
import { judgeContext } from './context';
import { guessLang } from './lang';
import { piiMessage } from './messages';
import { redactionFixes } from './redact';
import { allowListKey } from './text';
import { DETECTORS } from './detectors';
import { compileCustomPatterns } from './detectors/custom';
import { beginScan } from './detectors/per-scan';

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
  let reasons = c.reasons;
  if (c.context) {
    const verdict = judgeContext(text, c.start, c.end, c.context, extraPositive);
    if (verdict.direction === 1) {
      score += c.contextBoost ?? DEFAULT_BOOST;
      reasons = [...reasons, `context:+${verdict.positive}`];
    } else if (verdict.direction === -1) {
      score -= c.contextPenalty ?? DEFAULT_PENALTY;
      reasons = [...reasons, `context:-${verdict.negative}`];
    }
  }
  // A copy either way: detectors may share one reasons array between candidates.
  return { score: Math.max(0, Math.min(1, Math.round(score * 100) / 100)), reasons: reasons === c.reasons ? [...reasons] : reasons };
}

interface Ranked {
  start: number;
  end: number;
  score: number;
}

/** Keeps the best of overlapping candidates: higher score, then the longer span. */
export function mergeOverlaps<T extends Ranked>(items: readonly T[]): T[] {
  // Only items chained by overlaps compete, so split them into such clusters (sorted by
  // start) and settle each cluster alone: linear in the number of items, not quadratic.
  // Items are handled by index (ties keep input order), not wrapped: dense text has tens of
  // thousands of them.
  const byStart = items.map((_, index) => index).sort((a, b) => items[a].start - items[b].start || a - b);
  const kept: T[] = [];
  let cluster: number[] = [];
  let clusterEnd = -Infinity;
  for (const index of byStart) {
    const item = items[index];
    if (item.start >= clusterEnd && cluster.length) {
      settleCluster(items, cluster, kept);
      cluster = [];
    }
    cluster.push(index);
    clusterEnd = cluster.length === 1 ? item.end : Math.max(clusterEnd, item.end);
  }
  if (cluster.length) settleCluster(items, cluster, kept);
  return kept;
}

/** Greedy by rank (score, then length, then position, then input order); appends the kept, by start. */
function settleCluster<T extends Ranked>(items: readonly T[], cluster: number[], out: T[]): void {
  if (cluster.length === 1) {
    out.push(items[cluster[0]]);
    return;
  }
  const ranked = cluster.sort((x, y) => {
    const a = items[x];
    const b = items[y];
    return b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start || x - y;
  });
  const kept: T[] = []; // sorted by start, non-overlapping
  for (const index of ranked) {
    const item = items[index];
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
  for (const item of kept) out.push(item);
}

/** Finds personal data in text. Pure: no I/O, no editor, same result in Node and a browser worker. */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  beginScan();
  const lang = resolveLang(text, options.lang);
  const uiLang: Lang = options.uiLang ?? lang;
  const wanted = options.entities && options.entities.length ? new Set(options.entities) : undefined;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const allow = new Set((options.allowList ?? []).map(allowListKey).filter(Boolean));
  const detectorOptions: DetectorOptions = { lang, phoneRegions: options.phoneRegions ?? DEFAULT_PHONE_REGIONS };

  const scored: Finding[] = [];
  const detectors = options.customPatterns?.length ? [...DETECTORS, compileCustomPatterns(options.customPatterns).detector] : DETECTORS;
  for (const detector of detectors) {
    if (wanted && !detector.entities.some((e) => wanted.has(e))) continue;
    for (const c of detector.detect(text, detectorOptions)) {
      if (wanted && !wanted.has(c.entity)) continue;
      const { score, reasons } = scoreCandidate(text, c, options.extraContext?.[c.entity]);
      if (score < minScore) continue;
      if (allow.size && allow.has(allowListKey(text.slice(c.start, c.end)))) continue;
      scored.push(piiFinding(text, c, score, reasons, options.severities?.[c.entity] ?? DEFAULT_SEVERITIES[c.entity], uiLang));
    }
  }
  return mergeOverlaps(scored);
}

/**
 * A PII finding whose redaction fixes are built when first read: the editor reads them for
 * the few findings under the cursor, the CLI and reports never do, and dense text has
 * thousands of findings. A class with the accessor on its prototype, not an object literal
 * with its own get/set: per-object accessors cost about 50 ms per 4 MB of dense text
 * (measured by the bench). The scanned text and UI language are private fields, so a spread
 * of a finding carries only its data (no `fixes`: set them explicitly); JSON carries them too.
 */
class PiiFinding implements Finding {
  readonly kind = 'pii' as const;
  readonly entity: Finding['entity'];
  readonly subtype: string | undefined;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly severity: Severity;
  readonly detector: string;
  readonly message: string;
  readonly reasons: string[];
  readonly #text: string;
  readonly #uiLang: Lang;
  #fixes: Fix[] | undefined;

  constructor(text: string, c: Candidate, score: number, reasons: string[], severity: Severity, uiLang: Lang) {
    this.entity = c.entity;
    this.subtype = c.subtype;
    this.start = c.start;
    this.end = c.end;
    this.score = score;
    this.severity = severity;
    this.detector = c.detector;
    this.message = piiMessage(c.entity, c.subtype, uiLang);
    this.reasons = reasons;
    this.#text = text;
    this.#uiLang = uiLang;
  }

  get fixes(): Fix[] {
    return (this.#fixes ??= redactionFixes(this.#text, this, this.#uiLang));
  }

  set fixes(value: Fix[]) {
    this.#fixes = value;
  }

  /** JSON copies (a worker message, a saved result) carry the fixes, as a plain finding would. */
  toJSON(): Finding {
    return { ...this, fixes: this.fixes };
  }
}

function piiFinding(text: string, c: Candidate, score: number, reasons: string[], severity: Severity, uiLang: Lang): Finding {
  return new PiiFinding(text, c, score, reasons, severity, uiLang);
}
