// Pure option merging (no `vscode` import): settings plus what other providers contribute.
import { isEntity } from '../core';
import type { CustomPattern, Entity, ScanOptions } from '../core';

/** What another provider (a team pack, say) adds to the scan options of a document. */
export interface ScanOptionsContribution {
  allowList?: readonly string[];
  extraContext?: Partial<Record<Entity, readonly string[]>>;
  /** Dropped in untrusted workspaces: a workspace's regexes run only once it is trusted. */
  customPatterns?: readonly CustomPattern[];
}

/** Merges contributions into options; pure so it is unit-tested without an editor. */
export function mergeContributions(base: ScanOptions, contributions: readonly ScanOptionsContribution[], trusted: boolean): ScanOptions {
  const allowList = [...(base.allowList ?? [])];
  const extraContext: Partial<Record<Entity, string[]>> = {};
  for (const [k, v] of Object.entries(base.extraContext ?? {})) extraContext[k as Entity] = [...(v ?? [])];
  const customPatterns: CustomPattern[] = [...(base.customPatterns ?? [])];
  for (const c of contributions) {
    allowList.push(...(c.allowList ?? []));
    for (const [k, v] of Object.entries(c.extraContext ?? {})) {
      if (isEntity(k)) extraContext[k] = [...(extraContext[k] ?? []), ...(v ?? [])];
    }
    if (trusted) customPatterns.push(...(c.customPatterns ?? []));
  }
  return {
    ...base,
    allowList,
    extraContext: Object.keys(extraContext).length ? extraContext : undefined,
    customPatterns: customPatterns.length ? customPatterns : undefined,
  };
}


/** The core's message language from VS Code's display language: es-*, pt-*, else English. */
export function uiLangFor(displayLanguage: string): 'es' | 'en' | 'pt' {
  const l = displayLanguage.toLowerCase();
  if (l === 'es' || l.startsWith('es-')) return 'es';
  if (l === 'pt' || l.startsWith('pt-')) return 'pt';
  return 'en';
}

/** Severity names of the settings, in order of weight. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

/** The core's severity (`info`) under the name the settings use (`information`). */
export function severityName(core: 'error' | 'warning' | 'info' | 'hint'): SeverityName {
  return core === 'info' ? 'information' : core;
}
