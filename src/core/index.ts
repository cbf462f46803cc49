// Public surface of the core, used by the extension, the CLI, the bench and the tests.
export * from './types';
export { scan, scoreCandidate, mergeOverlaps, DEFAULT_MIN_SCORE, DEFAULT_PHONE_REGIONS, DEFAULT_SEVERITIES } from './scan';
export { redact, redactionFixes, applyEdits, maskValue, replacementFor } from './redact';
export type { RedactionPolicy, RedactionResult } from './redact';
export { redactAll, diffEdit, MAX_REDACTION_ROUNDS } from './redact-all';
export type { RedactAllResult, RedactionPass } from './redact-all';
export { ENTITY_NAMES, REDACTION_LABELS, entityName, piiMessage } from './messages';
export { guessLang } from './lang';
export { fold, compact, lineStartsOf, positionAt, allowListKey } from './text';
export { DETECTORS } from './detectors';
export * from './reply';
export { classifyPurpose } from './purpose';
export type { PurposeEvidence, PurposeVerdict } from './purpose';
export * from './consent';
export * from './rules';
