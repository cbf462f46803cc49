// Consent registry sources and look-up. Files and endpoints are read at the edges
// (src/cli/consent-file.ts, src/extension/consent.ts); the core only parses and answers.
export * from './types';
export { CONSENT_COLUMNS, toConsentRecord } from './records';
export { ConsentCsvReader, parseConsentCsv, splitCsvLine } from './csv';
export { parseConsentJson } from './json';
export { ConsentRegistry, UnavailableRegistry, decidingRecord, loadConsentText, verdictFor } from './registry';
