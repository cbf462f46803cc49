// Presenting rule findings: diagnostics linked to docs/rules.md, a hover that explains the
// rule and its source (law or pack, and the consent record), quick fixes, and the status bar
// item with channel, customer and consent state. Presents only: the core decides.
import * as vscode from 'vscode';
import { ruleById, type ConsentState, type Finding } from '../core';
import type { ConsentService, RuleCheck } from './consent';
import { uiLang } from './l10n';
import type { ScanScheduler } from './scheduler';

export const RULES_SOURCE = 'Reply Guard rules';
const RULES_DOC = ['docs', 'rules.md'];

let ruleLines: Record<string, number> | undefined;

/** 1-based line of each `## family/rule-id` heading. */
export function ruleAnchors(markdown: string): Record<string, number> {
  const out: Record<string, number> = {};
  markdown.split(/\r?\n/).forEach((line, i) => {
    const m = /^##\s+([a-z-]+\/[a-z-]+)\s*$/.exec(line);
    if (m) out[m[1]] = i + 1;
  });
  return out;
}

/** Reads docs/rules.md's `## rule/id` heading lines once, for links that open at the rule. */
async function loadRuleLines(extensionUri: vscode.Uri): Promise<void> {
  try {
    ruleLines = ruleAnchors(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...RULES_DOC))));
  } catch {
    ruleLines = {};
  }
}

export function ruleDocsLink(extensionUri: vscode.Uri, rule: string): vscode.Uri {
  if (ruleLines === undefined) void loadRuleLines(extensionUri);
  const uri = vscode.Uri.joinPath(extensionUri, ...RULES_DOC);
  const line = ruleLines?.[rule];
  return line ? uri.with({ fragment: `L${line}` }) : uri;
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function ruleDiagnostic(document: vscode.TextDocument, f: Finding, extensionUri: vscode.Uri): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
  const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
  d.source = RULES_SOURCE;
  d.code = { value: f.rule ?? 'rule', target: ruleDocsLink(extensionUri, f.rule ?? '') };
  return d;
}

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

function sameFinding(d: vscode.Diagnostic, f: Finding, document: vscode.TextDocument): boolean {
  return d.source === RULES_SOURCE && codeOf(d) === f.rule && document.offsetAt(d.range.start) === f.start && document.offsetAt(d.range.end) === f.end;
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

function commandLink(command: string, args: unknown): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([args]))}`;
}

/** The consent record behind a finding, from its reasons (`registry:consent.csv:12`, `record:marketing/revoked/2026-11-02/STOP`). */
function recordLine(f: Finding): string | undefined {
  const registry = f.reasons.find((r) => r.startsWith('registry:'))?.slice('registry:'.length);
  const record = f.reasons.find((r) => r.startsWith('record:'))?.slice('record:'.length);
  if (!registry && !record) return undefined;
  const [purpose, status, date, ...source] = (record ?? '').split('/');
  return record
    ? vscode.l10n.t('Consent record: {0} for {1} on {2} ({3}), in {4}', status, purpose, date.slice(0, 10), source.join('/') || '-', registry ?? '-')
    : vscode.l10n.t('Consent registry: {0}', registry ?? '-');
}

export function ruleHover(document: vscode.TextDocument, f: Finding, extensionUri: vscode.Uri): vscode.MarkdownString {
  const lang = uiLang();
  const rule = ruleById(f.rule ?? '');
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: ['replyGuard.applyRuleFix', 'replyGuard.setReplyContext', 'replyGuard.disableRule'] };
  md.appendMarkdown(`$(law) **${escapeMarkdown(f.rule ?? '')}** · [${escapeMarkdown(vscode.l10n.t('docs'))}](${ruleDocsLink(extensionUri, f.rule ?? '').toString()})\n\n`);
  md.appendMarkdown(`${escapeMarkdown(f.message)}\n\n`);
  if (rule) md.appendMarkdown(`${escapeMarkdown(rule.meta.description[lang])}\n\n`);
  const fromPack = f.reasons.find((r) => r.startsWith('source:'))?.slice('source:'.length);
  const sources = fromPack ? [fromPack] : (rule?.meta.sources ?? []);
  if (sources.length) md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Source: {0}', sources.join('; ')))}\n\n`);
  const record = recordLine(f);
  if (record) md.appendMarkdown(`${escapeMarkdown(record)}\n\n`);
  const target = { uri: document.uri.toString(), version: document.version, start: f.start, end: f.end, rule: f.rule };
  const links = f.fixes.map((fix) => `[${escapeMarkdown(fix.title)}](${commandLink('replyGuard.applyRuleFix', { ...target, fixId: fix.id })})`);
  if (f.rule?.startsWith('consent/')) links.push(`[${escapeMarkdown(vscode.l10n.t('Change channel or customer'))}](command:replyGuard.setReplyContext)`);
  links.push(`[${escapeMarkdown(vscode.l10n.t('Turn this rule off in this workspace'))}](${commandLink('replyGuard.disableRule', f.rule)})`);
  md.appendMarkdown(links.join(' · '));
  return md;
}

export class RuleHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: ConsentService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const check = this.service.current(document);
    if (!check) return undefined;
    const offset = document.offsetAt(position);
    const f = check.analysis.findings.find((x) => x.start <= offset && offset <= x.end);
    if (!f) return undefined;
    return new vscode.Hover(ruleHover(document, f, this.service.extensionUri), new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)));
  }
}

export class RuleCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly service: ConsentService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    // Cheap: the last check of this version only, never a new one.
    const check = this.service.current(document);
    if (!check) return [];
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const actions: vscode.CodeAction[] = [];
    for (const f of check.analysis.findings) {
      if (token.isCancellationRequested) return [];
      if (!(f.start <= end && start <= f.end)) continue;
      const diagnostic = context.diagnostics.find((d) => sameFinding(d, f, document));
      const attach = (a: vscode.CodeAction) => {
        if (diagnostic) a.diagnostics = [diagnostic];
        actions.push(a);
      };
      f.fixes.forEach((fix, i) => {
        const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        a.command = { command: 'replyGuard.applyRuleFix', title: fix.title, arguments: [{ uri: document.uri.toString(), version: document.version, start: f.start, end: f.end, rule: f.rule, fixId: fix.id }] };
        a.isPreferred = i === 0;
        attach(a);
      });
      if (f.rule?.startsWith('consent/')) {
        const a = new vscode.CodeAction(vscode.l10n.t('Change channel or customer for this reply…'), vscode.CodeActionKind.QuickFix);
        a.command = { command: 'replyGuard.setReplyContext', title: a.title };
        attach(a);
      }
      const off = new vscode.CodeAction(vscode.l10n.t('Turn off {0} in this workspace', f.rule ?? ''), vscode.CodeActionKind.QuickFix);
      off.command = { command: 'replyGuard.disableRule', title: off.title, arguments: [f.rule] };
      attach(off);
    }
    return actions;
  }
}

const STATE_ICON: Record<ConsentState, string> = {
  granted: '$(pass)',
  missing: '$(circle-slash)',
  revoked: '$(error)',
  expired: '$(history)',
  unknown: '$(question)',
};

function stateLabel(state: ConsentState): string {
  switch (state) {
    case 'granted':
      return vscode.l10n.t('granted');
    case 'missing':
      return vscode.l10n.t('missing');
    case 'revoked':
      return vscode.l10n.t('revoked');
    case 'expired':
      return vscode.l10n.t('expired');
    default:
      return vscode.l10n.t('unknown');
  }
}

/** Channel · customer · consent state of the active reply; click to choose channel and customer. */
export class ConsentStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('replyGuard.consent', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(
    private readonly service: ConsentService,
    private readonly scheduler: ScanScheduler,
  ) {
    this.item.name = vscode.l10n.t('Reply Guard: channel and consent');
    this.item.command = 'replyGuard.setReplyContext';
    this.disposables.push(
      service.onDidCheck(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.scheduler.isReply(document)) {
      this.item.hide();
      return;
    }
    this.render(this.service.current(document));
    this.item.show();
  }

  private render(check: RuleCheck | undefined): void {
    const a = check?.analysis;
    if (!a?.channel) {
      this.item.text = `$(comment-discussion) ${vscode.l10n.t('No channel')}`;
      this.item.tooltip = vscode.l10n.t('Choose the channel and customer of this reply to check consent (or add front matter: channel, customer).');
      this.item.backgroundColor = undefined;
      return;
    }
    const parts = [`$(comment-discussion) ${a.channel}`];
    if (a.customer) parts.push(a.customer);
    const state = a.consent?.state;
    if (state) parts.push(`${STATE_ICON[state]} ${stateLabel(state)}`);
    this.item.text = parts.join(' · ');
    this.item.backgroundColor = state === 'revoked' ? new vscode.ThemeColor('statusBarItem.errorBackground') : state === 'missing' || state === 'expired' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const from = check?.channelFrom === 'front matter' ? vscode.l10n.t('from the front matter') : check?.channelFrom === 'document' ? vscode.l10n.t('chosen for this document') : vscode.l10n.t('workspace default (replyGuard.defaultChannel)');
    const lines = [vscode.l10n.t('Channel: {0} ({1})', a.channel, from), vscode.l10n.t('Purpose: {0}', a.purpose)];
    if (!this.service.hasRegistry()) lines.push(vscode.l10n.t('Consent: no registry configured (replyGuard.consent.source)'));
    else if (!a.customer) lines.push(vscode.l10n.t('Consent: no customer id'));
    else if (state) {
      const r = a.consent?.record;
      lines.push(vscode.l10n.t('Consent: {0} in {1}', stateLabel(state), this.service.registryName()) + (r ? ` (${r.updatedAt.slice(0, 10)}${r.source ? `, ${r.source}` : ''})` : '') + (a.consent?.detail ? ` — ${a.consent.detail}` : ''));
    }
    lines.push(vscode.l10n.t('Click to change the channel or customer of this reply.'));
    this.item.tooltip = lines.join('\n');
  }

  snapshot(): { text: string; tooltip: string } {
    return { text: this.item.text, tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? '') };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
