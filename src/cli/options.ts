// Options shared by `scan`, `redact` and `check`, parsed once and validated with clear messages.
import { ENTITIES, isEntity, type Entity, type Lang, type ScanOptions, type Severity } from '../core';
import { OUTPUT_FORMATS, type OutputFormat } from './format';
import { readAllowList, DEFAULT_MAX_BYTES } from './io';

export class UsageError extends Error {}

export const SCAN_OPTION_SPEC = {
  format: { type: 'string' },
  input: { type: 'string' },
  'allow-list': { type: 'string', multiple: true },
  lang: { type: 'string' },
  'min-score': { type: 'string' },
  entities: { type: 'string' },
  'show-values': { type: 'boolean' },
  'fail-on': { type: 'string' },
  'phone-regions': { type: 'string' },
  'max-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const FAIL_ON: readonly (Severity | 'none')[] = ['hint', 'info', 'warning', 'error', 'none'];

export interface CommonOptions {
  format: OutputFormat;
  input: 'text' | 'jsonl';
  showValues: boolean;
  failOn: Severity | 'none';
  maxBytes: number;
  scan: ScanOptions;
}

/** Message language: --lang when given, else the terminal's locale, else (undefined) the text's own. */
export function uiLangFrom(lang: string | undefined, env: NodeJS.ProcessEnv): Lang | undefined {
  const pick = (v: string | undefined): Lang | undefined => (v?.startsWith('es') ? 'es' : v?.startsWith('pt') ? 'pt' : v?.startsWith('en') ? 'en' : undefined);
  return pick(lang) ?? pick(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export async function commonOptions(values: Record<string, unknown>, env: NodeJS.ProcessEnv): Promise<CommonOptions> {
  const format = (values.format as string | undefined) ?? (values.input === 'jsonl' ? 'jsonl' : 'text');
  if (!OUTPUT_FORMATS.includes(format as OutputFormat)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')} (got "${format}")`);
  const input = (values.input as string | undefined) ?? 'text';
  if (input !== 'text' && input !== 'jsonl') throw new UsageError(`--input must be text or jsonl (got "${input}")`);
  const lang = values.lang as string | undefined;
  if (lang !== undefined && !['es', 'en', 'pt', 'auto'].includes(lang)) throw new UsageError(`--lang must be es, en, pt or auto (got "${lang}")`);
  let minScore: number | undefined;
  if (values['min-score'] !== undefined) {
    minScore = Number(values['min-score']);
    if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) throw new UsageError(`--min-score must be a number from 0 to 1 (got "${values['min-score']}")`);
  }
  let entities: Entity[] | undefined;
  if (values.entities !== undefined) {
    entities = String(values.entities).split(',').map((e) => e.trim().toUpperCase()).filter(Boolean) as Entity[];
    const bad = entities.filter((e) => !isEntity(e));
    if (bad.length) throw new UsageError(`--entities: unknown ${bad.join(', ')}; known: ${ENTITIES.join(', ')}`);
  }
  const failOn = ((values['fail-on'] as string | undefined) ?? 'hint') as Severity | 'none';
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got "${failOn}")`);
  let maxBytes = DEFAULT_MAX_BYTES;
  if (values['max-size'] !== undefined) {
    const mb = Number(values['max-size']);
    if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size is in MB and must be positive (got "${values['max-size']}")`);
    maxBytes = mb * 1024 * 1024;
  }
  const allowList: string[] = [];
  for (const file of (values['allow-list'] as string[] | undefined) ?? []) allowList.push(...(await readAllowList(file)));
  const phoneRegions = values['phone-regions'] !== undefined ? String(values['phone-regions']).split(',').map((r) => r.trim().toUpperCase()).filter(Boolean) : undefined;
  if (phoneRegions?.some((r) => !/^[A-Z]{2}$/.test(r))) throw new UsageError('--phone-regions takes ISO country codes such as ES,MX,US');
  return {
    format: format as OutputFormat,
    input,
    showValues: Boolean(values['show-values']),
    failOn,
    maxBytes,
    scan: { lang: (lang as ScanOptions['lang']) ?? 'auto', uiLang: uiLangFrom(lang === 'auto' ? undefined : lang, env), minScore, entities, allowList, phoneRegions },
  };
}
