// Options shared by `scan`, `redact` and `check`, parsed once and validated with clear messages.
import { ENTITIES, isEntity, type Entity, type Lang, type ScanOptions, type Severity } from '../core';
import { availableParallelism } from 'node:os';
import { INPUT_KINDS, type InputKind } from '../core/inputs';
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
  'text-column': { type: 'string', multiple: true },
  'id-column': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  'fingerprint-salt': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const FAIL_ON: readonly (Severity | 'none')[] = ['hint', 'info', 'warning', 'error', 'none'];

export interface CommonOptions {
  format: OutputFormat;
  /** --input; undefined: guessed per file (.csv, .jsonl, .json with "macros"...). */
  input?: InputKind;
  /** CSV text and id columns (--text-column, --id-column). */
  textColumns?: string[];
  idColumn?: string;
  /** Worker threads for records (--jobs; 1: scan on the main thread). */
  jobs: number;
  /** Progress on stderr: forced on/off, or undefined (on when stderr is a terminal). */
  progress?: boolean;
  /** Salt of SARIF partialFingerprints (--fingerprint-salt or $REPLY_GUARD_FINGERPRINT_SALT). */
  fingerprintSalt?: string;
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
  const input = values.input as string | undefined;
  if (input !== undefined && !(INPUT_KINDS as readonly string[]).includes(input)) throw new UsageError(`--input must be one of ${INPUT_KINDS.join(', ')} (got "${input}")`);
  let jobs = 1;
  if (values.jobs !== undefined) {
    jobs = values.jobs === 'auto' ? Math.max(1, availableParallelism() - 1) : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, or auto (got "${values.jobs}")`);
  }
  if (values.progress && values['no-progress']) throw new UsageError('--progress and --no-progress together');
  const textColumns = ((values['text-column'] as string[] | undefined) ?? []).flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean);
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
    input: input as InputKind | undefined,
    textColumns: textColumns.length ? textColumns : undefined,
    idColumn: values['id-column'] as string | undefined,
    jobs,
    progress: values.progress ? true : values['no-progress'] ? false : undefined,
    fingerprintSalt: (values['fingerprint-salt'] as string | undefined) ?? env.REPLY_GUARD_FINGERPRINT_SALT,
    showValues: Boolean(values['show-values']),
    failOn,
    maxBytes,
    scan: { lang: (lang as ScanOptions['lang']) ?? 'auto', uiLang: uiLangFrom(lang === 'auto' ? undefined : lang, env), minScore, entities, allowList, phoneRegions },
  };
}
