// Redaction edits for the editor: every redaction is one WorkspaceEdit, so one undo step.
import * as vscode from 'vscode';
import { redactAll } from '../core';
import type { Entity, Finding, Fix, RedactionOperator, RedactionPass, ScanOptions } from '../core';
import { uiLang } from './l10n';

export function fixToEdit(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  }
  return edit;
}

export interface Redaction {
  /** The whole text after redaction. */
  text: string;
  edit: vscode.WorkspaceEdit;
  count: number;
  /** Every scan-and-redact round (for the audit trail: later rounds redact values too). */
  passes: readonly RedactionPass[];
}

/**
 * Redacts every PII finding with the configured style per entity (default mask), then scans
 * the result again as the CLI does (the core's redactAll), so one command leaves nothing a
 * second run would find. `findings` is the last scan of this document version with
 * `scanOptions`: it saves the first scan (undefined: scan now). Always one WorkspaceEdit:
 * one undo step.
 */
export function redactAllEdit(
  document: vscode.TextDocument,
  findings: readonly Finding[] | undefined,
  styles: Partial<Record<Entity, RedactionOperator>>,
  scanOptions: ScanOptions,
  metadata?: vscode.WorkspaceEditEntryMetadata,
): Redaction {
  const result = redactAll(document.getText(), scanOptions, { operator: styles, lang: uiLang() }, findings);
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) {
    const range = new vscode.Range(document.positionAt(e.start), document.positionAt(e.end));
    if (metadata) edit.replace(document.uri, range, e.newText, metadata);
    else edit.replace(document.uri, range, e.newText);
  }
  return { text: result.text, edit, count: result.redacted, passes: result.passes };
}
