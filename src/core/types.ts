// The one currency of Reply Guard: every detector, rule, presenter and report speaks Finding.

/** Entity names follow Microsoft Presidio's taxonomy. */
export const ENTITIES = [
  'CREDIT_CARD',
  'IBAN_CODE',
  'PHONE_NUMBER',
  'EMAIL_ADDRESS',
  'IP_ADDRESS',
  'PERSON',
  'NATIONAL_ID',
  'STREET_ADDRESS',
  'CREDENTIAL',
  'DATE_OF_BIRTH',
  'PASSPORT',
] as const;
export type Entity = (typeof ENTITIES)[number];

export function isEntity(value: string): value is Entity {
  return (ENTITIES as readonly string[]).includes(value);
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['hint', 'info', 'warning', 'error'];
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** UI language of messages and labels. */
export type Lang = 'es' | 'en' | 'pt';

/** A replacement of text[start, end) by newText; offsets are UTF-16 code units. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export type RedactionOperator = 'mask' | 'label' | 'remove';

export interface Fix {
  /** Stable id, e.g. `redact.mask`, `redact.label`, `redact.remove`, `snippet.insert`. */
  id: string;
  title: string;
  edits: TextEdit[];
  /** For snippet fixes: the snippet body (VS Code snippet syntax) to insert at edits[0]. */
  snippet?: string;
}

/**
 * A PII finding or a policy-rule finding. Both have the same shape so that the editor,
 * the CLI and the reports never special-case where a finding came from.
 */
export interface Finding {
  kind: 'pii' | 'rule';
  /** Set for PII findings. */
  entity?: Entity;
  /** Set for rule findings, e.g. `consent/revoked`. */
  rule?: string;
  /** Entity subtype (`VISA`, `ES_DNI`...) or rule detail. */
  subtype?: string;
  /** UTF-16 offsets: text.slice(start, end) is the value. */
  start: number;
  end: number;
  /** Confidence 0..1 after validation and context. */
  score: number;
  severity: Severity;
  /** Detector or rule-engine id, e.g. `cards`, `national-ids`, `rules`. */
  detector: string;
  /** Localised, PII-free message. */
  message: string;
  /** Why it was flagged: `luhn`, `issuer:VISA`, `context:+tarjeta`, `checksum:ES_DNI`... */
  reasons: string[];
  fixes: Fix[];
}

/** What a detector reports before scoring. */
export interface Candidate {
  entity: Entity;
  subtype?: string;
  start: number;
  end: number;
  /** Base confidence from shape and validation, before context. */
  score: number;
  detector: string;
  reasons: string[];
  /** Context words that move this candidate's score; defaults to the entity's. */
  context?: ContextWords;
  /**
   * How much a positive context word adds (default 0.35). A shape-only candidate with a low
   * base score relies on it; a checksum-validated one barely needs it.
   */
  contextBoost?: number;
  /** How much a negative context word removes (default 0.4). */
  contextPenalty?: number;
}

export interface ContextWords {
  /** Words or short phrases (accent-folded, lower case) that make the entity likely. */
  positive: readonly string[];
  /** Words that make a look-alike likely (order, ticket, invoice...). */
  negative: readonly string[];
}

export interface CustomPattern {
  /** Id shown as the detector (`custom:<id>`). */
  id: string;
  entity: Entity;
  subtype?: string;
  /** Source of a regular expression; checked for safety before use. */
  pattern: string;
  flags?: string;
  score: number;
  context?: string[];
}

export interface ScanOptions {
  /** Language of the text, for context and names; `auto` guesses from stop words. */
  lang?: 'es' | 'en' | 'pt' | 'auto';
  /** Language of messages and labels (defaults to the text language, then `en`). */
  uiLang?: Lang;
  /** Only these entities (default all). */
  entities?: readonly Entity[];
  /** Findings below this score are dropped (default DEFAULT_MIN_SCORE). */
  minScore?: number;
  /** Values never flagged (compared after normalising separators and case). */
  allowList?: readonly string[];
  /** Regions tried for numbers without +CC, in order (ISO 3166 alpha-2). */
  phoneRegions?: readonly string[];
  /** Extra positive context words per entity. */
  extraContext?: Partial<Record<Entity, readonly string[]>>;
  /** Team-defined patterns (only from trusted sources). */
  customPatterns?: readonly CustomPattern[];
  /** Per-entity severity overrides. */
  severities?: Partial<Record<Entity, Severity>>;
}

/** A resolved copy of ScanOptions that detectors receive. */
export interface DetectorOptions {
  lang: 'es' | 'en' | 'pt';
  phoneRegions: readonly string[];
}

export interface Detector {
  /** Stable id used in findings (`cards`, `iban`, `phones`...). */
  id: string;
  /** Entities this detector can report. */
  entities: readonly Entity[];
  detect(text: string, options: DetectorOptions): Candidate[];
}
