// One scannable field of a helpdesk export: a macro's comment, a canned response's content,
// a CSV row's text column, a JSONL ticket. Presenters report findings against id + field.

export type InputKind = 'text' | 'jsonl' | 'zendesk' | 'freshdesk' | 'csv';
export const INPUT_KINDS: readonly InputKind[] = ['text', 'jsonl', 'zendesk', 'freshdesk', 'csv'];

export interface InputRecord {
  /** Macro, canned response or ticket id (the row number when the export has none). */
  id: string;
  /** Which field of the record: `title`, `subject`, `comment_value_html`, `content`, a CSV column... */
  field?: string;
  /** The field's value as exported (HTML included): finding offsets point into it. */
  value: string;
  /** True for the reply body (policy rules apply); false for titles and subjects (PII only). */
  body: boolean;
  /** 1-based line in the file where the record (CSV, JSONL) or the value (JSON) starts. */
  line?: number;
  /** 1-based line and column in the file of `value[i]`, when known exactly (JSON exports). */
  filePosition?: (valueOffset: number) => { line: number; column: number };
  /** Reply metadata carried by the export (channel, customer, jurisdiction columns). */
  meta?: { channel?: string; customer?: string; jurisdiction?: string };
}

/** A problem with one part of an input; the rest is still scanned. */
export interface InputProblem {
  line?: number;
  id?: string;
  message: string;
}

export interface ParsedExport {
  records: InputRecord[];
  problems: InputProblem[];
}
