// Redaction edits for the editor: every redaction is one WorkspaceEdit, so one undo step.
import * as vscode from 'vscode';
import { redact } from '../core';
import type { Finding, Fix, RedactionOperator, Entity } from '../core';
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
  /** The findings redacted (for the audit trail). */
  findings: readonly Finding[];
}

/** Redacts every PII finding with the configured style per entity (default mask). */
export function redactAllEdit(
  document: vscode.TextDocument,
  findings: readonly Finding[],
  styles: Partial<Record<Entity, RedactionOperator>>,
  metadata?: vscode.WorkspaceEditEntryMetadata,
): Redaction {
  const original = document.getText();
  const result = redact(original, findings, { operator: styles, lang: uiLang() });
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) {
    const range = new vscode.Range(document.positionAt(e.start), document.positionAt(e.end));
    if (metadata) edit.replace(document.uri, range, e.newText, metadata);
    else edit.replace(document.uri, range, e.newText);
  }
  return { text: result.text, edit, count: result.edits.length, findings };
}
