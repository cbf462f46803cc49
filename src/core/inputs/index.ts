// Helpdesk exports as scannable records (pure: the CLI reads files, this only parses).
import type { Finding } from '../types';
import { htmlRange, looksLikeHtml, stripHtml } from './html';
import type { InputKind } from './types';

export * from './types';
export { stripHtml, htmlRange, looksLikeHtml } from './html';
export type { StrippedText } from './html';
export { parseJsonLocated, literalOffset, pointer, JsonSyntaxError } from './json-located';
export { parseHelpdeskJson, jsonExportKind } from './helpdesk-json';

/** The text to scan for a field value: HTML is stripped, with a way back to the value's offsets. */
export interface ScanTarget {
  text: string;
  toValue?: (start: number, end: number) => { start: number; end: number };
}

export function scanTargetOf(value: string): ScanTarget {
  if (!looksLikeHtml(value)) return { text: value };
  const stripped = stripHtml(value);
  return { text: stripped.text, toValue: (start, end) => htmlRange(stripped, start, end) };
}

/**
 * Findings on the stripped text, moved to offsets in the original value. Their fixes are
 * dropped: edits computed on stripped text would corrupt the markup.
 */
export function findingsInValue(findings: readonly Finding[], target: ScanTarget): Finding[] {
  const map = target.toValue;
  if (!map) return [...findings];
  return findings.map((f) => ({ ...f, ...map(f.start, f.end), fixes: [] }));
}

/**
 * Input kind from the file name, then (for .json) from the first bytes; undefined means
 * "read it as text". Only unambiguous cases are guessed.
 */
export function guessInputKind(path: string, head = ''): InputKind | undefined {
  const name = path.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.json')) {
    if (/^\s*\{\s*"macros"\s*:/.test(head) || /"actions"\s*:\s*\[\s*\{\s*"field"/.test(head)) return 'zendesk';
    if (/^\s*\{\s*"(canned_responses|scenarios)"\s*:/.test(head) || /^\s*\[\s*\{[^[\]]{0,2000}"content(_html)?"\s*:/.test(head)) return 'freshdesk';
  }
  return undefined;
}
