// Packs: schema, loading, signatures, merging, snippet variables and deadlines.
export * from './types';
export { parsePack, formatProblem, approvalStateOf, pathLabel, MAX_PACK_BYTES } from './load';
export type { ParsedPack, ParseOptions } from './load';
export { packSchema, packValidator } from './schema';
export { canonicalJson, canonicalBytes } from './canonical';
export { checkPackSignature, packSigningBytes, parseEd25519PublicKey, keyId, base64ToBytes, bytesToBase64, bytesToHex } from './signature';
export type { SignatureVerifier, SignatureCheck } from './signature';
export { mergePacks, mergeRules, emptyRules, rulesForJurisdiction, packScanOptions, snippetsFor, localeMatches, DEFAULT_CONSENT_MAX_AGE_DAYS } from './merge';
export type { EffectivePolicy, EffectiveRules, SnippetFilter } from './merge';
export { PACK_VARIABLES, EDITOR_VARIABLES, resolveSnippetBody, scanBody, escapeSnippetText, bodyText, isPackVariable } from './variables';
export type { PackVariable, VariableValues } from './variables';
export { DATA_RIGHTS_DEADLINES, deadlineFor, addDeadline, deadlineDateFor, formatCalendarDate, calendarDateOf, rightOfPurpose } from './deadlines';
export type { CalendarDate } from './deadlines';
