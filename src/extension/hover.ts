// Hover on a finding: what was found (masked, never more), why, how sure, and one-click
// redactions. Reuses the scan result of the document version: no detection on hover.
import * as vscode from 'vscode';
import { entityName, maskValue } from '../core';
import type { Finding } from '../core';
import { uiLang } from './l10n';
import type { ScanScheduler } from './scheduler';

/** Commands a hover link may run (the markdown is trusted for these only). */
export const HOVER_COMMANDS = ['replyGuard.applyFix', 'replyGuard.ignoreValue', 'replyGuard.redactAll'];

export function commandLink(command: string, args: unknown): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([args]))}`;
}

/** A finding's reason codes (`luhn`, `context:+tarjeta`...) in words. */
export function describeReason(reason: string): string {
  const [kind, ...rest] = reason.split(':');
  const detail = rest.join(':');
  switch (kind) {
    case 'luhn':
      return vscode.l10n.t('Luhn checksum passed');
    case 'checksum':
      return detail ? vscode.l10n.t('{0} check digit passed', detail) : vscode.l10n.t('Check digit passed');
    case 'issuer':
      return vscode.l10n.t('In the {0} issuer range', detail);
    case 'mod97':
      return vscode.l10n.t('IBAN check digits (mod 97) passed');
    case 'country':
      return vscode.l10n.t('Country: {0}', detail);
    case 'libphonenumber':
      return vscode.l10n.t('A valid phone number in {0}', detail);
    case 'shape':
      return vscode.l10n.t('Has the shape of one');
    case 'context':
      if (detail.startsWith('+')) return vscode.l10n.t('Context word “{0}” nearby', detail.slice(1));
      if (detail.startsWith('-')) return vscode.l10n.t('Look-alike word “{0}” nearby lowered the score', detail.slice(1));
      return reason;
    default:
      return reason;
  }
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

export function hoverMarkdown(document: vscode.TextDocument, f: Finding): vscode.MarkdownString {
  const lang = uiLang();
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  const name = f.entity ? entityName(f.entity, lang) : (f.rule ?? '');
  md.appendMarkdown(`$(shield) **${escapeMarkdown(name)}**${f.subtype ? ` (${escapeMarkdown(f.subtype)})` : ''}\n\n`);
  if (f.entity) {
    // Never more of the value than its masked form.
    const masked = maskValue(f.entity, document.getText().slice(f.start, f.end));
    md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Found'))}: \`${masked.replace(/`/g, "'")}\`\n\n`);
  }
  if (f.reasons.length) {
    md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Why'))}: ${f.reasons.map((r) => escapeMarkdown(describeReason(r))).join(' · ')}\n\n`);
  }
  md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Confidence: {0}', f.score.toFixed(2)))}\n\n`);
  const target = { uri: document.uri.toString(), version: document.version, start: f.start, end: f.end };
  const links = f.fixes.map((fix) => `[${escapeMarkdown(fix.title)}](${commandLink('replyGuard.applyFix', { ...target, fixId: fix.id })})`);
  links.push(`[${escapeMarkdown(vscode.l10n.t('Ignore this value'))}](${commandLink('replyGuard.ignoreValue', target)})`);
  md.appendMarkdown(links.join(' · '));
  return md;
}

export class FindingHoverProvider implements vscode.HoverProvider {
  constructor(private readonly scheduler: ScanScheduler) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.scheduler.current(document);
    if (!result) return undefined;
    const offset = document.offsetAt(position);
    const f = result.shown.find((x) => x.start <= offset && offset <= x.end);
    if (!f) return undefined;
    return new vscode.Hover(hoverMarkdown(document, f), new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)));
  }
}
