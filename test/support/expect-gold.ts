// Asserts that scan() finds exactly the gold spans of a marked reply, and prints the reply
// with what was expected and what was found when it does not.
import assert from 'node:assert/strict';
import { scan, type ScanOptions } from '../../src/core';
import { markFindings, parseGold } from './gold';

export function expectGold(marked: string, options: ScanOptions = {}, { checkSubtype = true } = {}): void {
  const { text, spans } = parseGold(marked);
  const found = scan(text, options).filter((f) => f.kind === 'pii');
  const key = (e: { entity?: string; subtype?: string; start: number; end: number }) =>
    `${e.entity}${checkSubtype && e.subtype ? '/' + e.subtype : ''}@${e.start}-${e.end}`;
  const want = spans.map((s) => key({ ...s, subtype: checkSubtype ? s.subtype : undefined })).sort();
  const got = found.map((f) => key({ ...f, subtype: checkSubtype && spans.some((s) => s.start === f.start && s.subtype) ? f.subtype : undefined })).sort();
  assert.deepEqual(got, want, `\nexpected: ${marked}\nfound:    ${markFindings(text, found)}\n`);
}
