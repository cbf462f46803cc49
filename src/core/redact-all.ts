// Redact-all as agents and the CLI use it: scan, redact, and scan the result again.
// Masking can unglue text: in "Tk8#mR2qLz+1 201 555 0123" the password wins the overlap,
// and only once it is masked does "201 555 0123" stand alone as a phone. A few bounded
// rounds make the result a fixed point, so redacting a redacted reply changes nothing.
import type { Finding, ScanOptions, TextEdit } from './types';
import { redact, type RedactionPolicy, type RedactionResult } from './redact';
import { scan } from './scan';

export const MAX_REDACTION_ROUNDS = 4;

/** One edit that turns `before` into `after`, trimmed to the part that differs. */
export function diffEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { start, end: endBefore, newText: after.slice(start, endAfter) };
}

/** One scan-and-redact round: the text it scanned and the findings it redacted there. */
export interface RedactionPass {
  text: string;
  findings: readonly Finding[];
}

export interface RedactAllResult extends RedactionResult {
  /** Scan-and-redact rounds that changed something. */
  rounds: number;
  /** Findings redacted in all rounds. */
  redacted: number;
  /** Every round, so an audit trail can log what later rounds redacted too. */
  passes: RedactionPass[];
}

/**
 * `findings`: what scan(text, scanOptions) already found (the editor keeps the last scan),
 * to save the first round's scan; the later rounds always scan.
 */
export function redactAll(text: string, scanOptions: ScanOptions = {}, policy: RedactionPolicy = {}, findings?: readonly Finding[]): RedactAllResult {
  const firstFindings = findings ?? scan(text, scanOptions);
  const first = redact(text, firstFindings, policy);
  if (first.edits.length === 0) return { ...first, rounds: 0, redacted: 0, passes: [] };
  const passes: RedactionPass[] = [{ text, findings: firstFindings }];
  let current = first.text;
  let rounds = 1;
  let redacted = first.edits.length;
  while (rounds < MAX_REDACTION_ROUNDS) {
    const found = scan(current, scanOptions);
    const next = redact(current, found, policy);
    if (next.edits.length === 0) break;
    passes.push({ text: current, findings: found });
    current = next.text;
    redacted += next.edits.length;
    rounds++;
  }
  // Later rounds' offsets are in an intermediate text: express the whole change as one edit.
  return { text: current, edits: rounds === 1 ? first.edits : [diffEdit(text, current)], rounds, redacted, passes };
}
