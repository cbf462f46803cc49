// Helpers for Reply Guard's integration tests: open a reply, wait for diagnostics, change a
// setting for one test, read code actions. Everything goes through the public VS Code API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReplyGuardApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'reply-guard.reply-guard';
export const CARD = '4111 1111 1111 1111';
export const SOURCE = 'Reply Guard';

export async function api(): Promise<ReplyGuardApi> {
  const extension = vscode.extensions.getExtension<ReplyGuardApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Reply Guard's diagnostics on a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

/** Resolves with our diagnostics once predicate holds; fails with what was seen after timeout. */
/** What the scheduler holds for a document, for failure messages (a flaky wait is explained by it). */
function schedulerStateOf(uri: vscode.Uri): string {
  const scheduler = vscode.extensions.getExtension<ReplyGuardApi>(EXTENSION_ID)?.exports?.scheduler;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  type State = { document: vscode.TextDocument; timer?: unknown; running?: unknown; result?: { version: number; findings: unknown[]; document: vscode.TextDocument } };
  const state = (scheduler as unknown as { docs?: Map<string, State> } | undefined)?.docs?.get(uri.toString());
  if (!state) return 'scheduler: no state';
  return `scheduler: same document ${state.document === document}, timer ${!!state.timer}, running ${!!state.running}, result v${state.result?.version} with ${state.result?.findings.length} findings (same document ${state.result?.document === document})`;
}

export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  timeoutMs = 5000,
): Promise<vscode.Diagnostic[]> {
  const started = Date.now();
  for (;;) {
    const ds = ours(uri);
    if (predicate(ds)) return ds;
    if (Date.now() - started > timeoutMs) {
      const open = vscode.workspace.textDocuments.filter((d) => d.uri.scheme !== 'output').map((d) => `${d.uri.toString()} v${d.version} ${d.languageId}${d.isClosed ? ' closed' : ''}`);
      assert.fail(`diagnostics did not match within ${timeoutMs} ms; saw ${JSON.stringify(ds.map((d) => [codeOf(d), d.range.start.line, d.range.start.character, d.range.end.character]))} on ${uri.toString()}; open documents: ${open.join(', ')}; ${schedulerStateOf(uri)}`);
    }
    await new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => {
        sub.dispose();
        resolve();
      });
      setTimeout(() => {
        sub.dispose();
        resolve();
      }, 50);
    });
  }
}

export const withCodes = (...codes: string[]) => (ds: vscode.Diagnostic[]) =>
  JSON.stringify(ds.map(codeOf).sort()) === JSON.stringify([...codes].sort());

/** Waits until any condition holds (polling), with a clear failure. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() - started > timeoutMs) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

/** An untitled reply in an editor. */
export async function openReply(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(document);
}

/** A file in the (temporary, copied) test workspace. */
export async function writeWorkspaceFile(relative: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens a workspace folder');
  const uri = vscode.Uri.joinPath(folder.uri, relative);
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return uri;
}

export async function closeAllEditors(): Promise<void> {
  // Untitled replies would prompt to save: revert each before closing.
  for (let i = 0; i < 20 && vscode.window.visibleTextEditors.length; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

type Settings = Record<string, unknown>;

/** Sets replyGuard.* (or any) workspace settings, and returns a function restoring them. */
export async function setWorkspaceSettings(values: Settings): Promise<() => Promise<void>> {
  const previous: Settings = {};
  for (const [key, value] of Object.entries(values)) {
    const [section, ...rest] = key.split('.');
    const name = rest.join('.');
    const config = vscode.workspace.getConfiguration(section);
    previous[key] = config.inspect(name)?.workspaceValue;
    await config.update(name, value, vscode.ConfigurationTarget.Workspace);
  }
  return async () => {
    for (const [key, value] of Object.entries(previous)) {
      const [section, ...rest] = key.split('.');
      await vscode.workspace.getConfiguration(section).update(rest.join('.'), value, vscode.ConfigurationTarget.Workspace);
    }
  };
}

/** The quick fixes VS Code would show at a diagnostic. */
export async function quickFixesAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  return actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
}

/** Types text at the end of the active editor, one `type` command per character, like a keyboard. */
export async function typeAtEnd(editor: vscode.TextEditor, text: string): Promise<void> {
  const end = editor.document.positionAt(editor.document.getText().length);
  editor.selection = new vscode.Selection(end, end);
  for (const ch of text) await vscode.commands.executeCommand('type', { text: ch });
}
