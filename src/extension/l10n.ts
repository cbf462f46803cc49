// UI language: VS Code's display language picks both vscode.l10n's bundle (l10n/) and the
// language of the core's messages (diagnostics, fix titles, labels).
import * as vscode from 'vscode';
import type { Lang } from '../core';
import { uiLangFor } from './scan-options';

export function uiLang(): Lang {
  return uiLangFor(vscode.env.language);
}
