// Redaction operators (Presidio calls them anonymizer operators): mask, label, remove.
// redact() changes only the spans of the findings it is given, nothing else.
import type { Entity, Finding, Fix, Lang, RedactionOperator, TextEdit } from './types';
import { MASK_KEEPS_LAST_4, REDACTION_LABELS, fixTitle } from './messages';

export const MASK_CHAR = '*';

export interface RedactionPolicy {
  /** One operator for every entity, or one per entity (default `mask`). */
  operator?: RedactionOperator | Partial<Record<Entity, RedactionOperator>>;
  lang?: Lang;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isAlnum(ch: string): boolean {
  const code = ch.charCodeAt(0);
  // ASCII answered without the Unicode regex: most values are ASCII digits.
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

/** Masks letters and digits, keeping separators and the last `keep` of them. */
function maskKeeping(value: string, keep: number): string {
  const chars = Array.from(value);
  let total = 0;
  for (const ch of chars) if (isAlnum(ch)) total++;
  let alnumSeen = 0;
  let out = '';
  for (const ch of chars) {
    if (!isAlnum(ch)) out += ch;
    else out += ++alnumSeen > total - keep ? ch : MASK_CHAR;
  }
  return out;
}

export function maskValue(entity: Entity, value: string): string {
  if (MASK_KEEPS_LAST_4.has(entity)) return maskKeeping(value, 4);
  if (entity === 'EMAIL_ADDRESS') {
    const at = value.lastIndexOf('@');
    if (at > 0) return value[0] + MASK_CHAR.repeat(3) + value.slice(at);
  }
  // Credentials: never reveal their length.
  if (entity === 'CREDENTIAL') return MASK_CHAR.repeat(8);
  if (entity === 'PERSON') {
    // Initials only: "María Pérez" -> "M. P."
    return value
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => `${Array.from(w)[0]}.`)
      .join(' ');
  }
  return maskKeeping(value, 0);
}

export function replacementFor(entity: Entity, value: string, op: RedactionOperator, lang: Lang): string {
  switch (op) {
    case 'mask':
      return maskValue(entity, value);
    case 'label':
      return REDACTION_LABELS[entity][lang];
    case 'remove':
      return '';
  }
}

function operatorFor(policy: RedactionPolicy, entity: Entity): RedactionOperator {
  const op = policy.operator;
  if (!op) return 'mask';
  if (typeof op === 'string') return op;
  return op[entity] ?? 'mask';
}

/** The three redaction quick fixes of a PII finding. */
export function redactionFixes(text: string, finding: Pick<Finding, 'entity' | 'start' | 'end'>, lang: Lang): Fix[] {
  const entity = finding.entity;
  if (!entity) return [];
  const value = text.slice(finding.start, finding.end);
  return (['mask', 'label', 'remove'] as const).map((op) => ({
    id: `redact.${op}`,
    title: fixTitle(op, entity, lang),
    edits: [{ start: finding.start, end: finding.end, newText: replacementFor(entity, value, op, lang) }],
  }));
}

export interface RedactionResult {
  text: string;
  /** Edits against the original text, sorted by start, non-overlapping. */
  edits: TextEdit[];
}

/** Applies non-overlapping edits (sorted or not) to text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** Redacts every PII finding (rule findings are left alone); overlapping spans are redacted once. */
export function redact(text: string, findings: readonly Finding[], policy: RedactionPolicy = {}): RedactionResult {
  const lang = policy.lang ?? 'en';
  const pii = findings.filter((f) => f.kind === 'pii' && f.entity).sort((a, b) => a.start - b.start || b.end - a.end);
  const edits: TextEdit[] = [];
  let lastEnd = -1;
  for (const f of pii) {
    if (f.start < lastEnd) continue;
    const entity = f.entity as Entity;
    edits.push({ start: f.start, end: f.end, newText: replacementFor(entity, text.slice(f.start, f.end), operatorFor(policy, entity), lang) });
    lastEnd = f.end;
  }
  return { text: applyEdits(text, edits), edits };
}
