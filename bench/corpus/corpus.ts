// The labelled corpus: one reply per block, `=== <id> <locale>` then the reply in gold notation
// (test/support/gold.ts). Lines starting with '#' before the first block are the file header.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold, type GoldSpan } from '../../test/support/gold';

export interface CorpusReply {
  id: string;
  locale: string;
  file: string;
  line: number;
  /** The reply as written, in gold notation. */
  marked: string;
  text: string;
  spans: GoldSpan[];
}

export class CorpusError extends Error {}

const HEADER = /^=== (\S+) ([a-z]{2}-[A-Z]{2})\s*$/;

export function parseCorpus(source: string, file: string): CorpusReply[] {
  const lines = source.split(/\r?\n/);
  const replies: CorpusReply[] = [];
  let current: { id: string; locale: string; line: number; body: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    while (current.body.length && !current.body[current.body.length - 1].trim()) current.body.pop();
    const marked = current.body.join('\n');
    if (!marked.trim()) throw new CorpusError(`${file}:${current.line}: reply ${current.id} is empty`);
    let gold;
    try {
      gold = parseGold(marked);
    } catch (e) {
      throw new CorpusError(`${file}:${current.line}: ${(e as Error).message}`);
    }
    if (/\[\[|\]\]/.test(gold.text)) throw new CorpusError(`${file}:${current.line}: reply ${current.id} has an unclosed or malformed [[...]] mark`);
    if (/\{\{?[A-Z][A-Z0-9_]*(?::[a-z0-9]+)?\}\}?/.test(gold.text)) throw new CorpusError(`${file}:${current.line}: reply ${current.id} has an unfilled placeholder`);
    for (const s of gold.spans) {
      if (!s.value || s.value !== s.value.trim()) throw new CorpusError(`${file}:${current.line}: reply ${current.id}: gold value "${s.value}" is empty or padded`);
    }
    replies.push({ id: current.id, locale: current.locale, file, line: current.line, marked, text: gold.text, spans: gold.spans });
  };
  lines.forEach((raw, i) => {
    if (raw.startsWith('===')) {
      const m = HEADER.exec(raw);
      if (!m) throw new CorpusError(`${file}:${i + 1}: bad block header "${raw}" (want "=== <id> <ll-CC>")`);
      flush();
      current = { id: m[1], locale: m[2], line: i + 1, body: [] };
    } else if (current) {
      current.body.push(raw);
    } else if (raw.trim() && !raw.startsWith('#')) {
      throw new CorpusError(`${file}:${i + 1}: text before the first "===" block`);
    }
  });
  flush();
  return replies;
}

export function corpusDir(): string {
  // Works from the sources (tsx) and from the bundle in dist/bench.
  for (const candidate of [join(__dirname, '..', '..', 'bench', 'corpus'), join(__dirname), join(process.cwd(), 'bench', 'corpus')]) {
    try {
      if (readdirSync(candidate).some((f) => f === 'allow-list.txt')) return candidate;
    } catch {
      // try the next one
    }
  }
  throw new CorpusError('bench/corpus not found (run from the repository root)');
}

/**
 * Every reply of every `*.txt` corpus file except the allow-list, the purpose set and the
 * holdout sets (`holdout-*.txt` to `holdout6-*.txt`: written apart from the tuning, scored apart by the eval).
 */
export function loadCorpus(dir = corpusDir()): CorpusReply[] {
  return loadFiles(dir, (f) => f.endsWith('.txt') && f !== 'allow-list.txt' && !f.startsWith('purpose') && !f.startsWith('holdout'));
}

/**
 * A check set scored apart: `<name>-<locale>.txt`, ids `<name>-<locale>-NNN`. "holdout" was
 * written first; "holdout2" to "holdout6" each by another hand after the one before it was
 * tuned on (holdout5 and holdout6 in session 3).
 */
export function loadCheckSet(name: string, dir = corpusDir()): CorpusReply[] {
  return loadFiles(dir, (f) => f.startsWith(`${name}-`) && f.endsWith('.txt'));
}

function loadFiles(dir: string, wanted: (file: string) => boolean): CorpusReply[] {
  const files = readdirSync(dir).filter(wanted).sort();
  const replies = files.flatMap((f) => parseCorpus(readFileSync(join(dir, f), 'utf8'), f));
  const seen = new Map<string, string>();
  for (const r of replies) {
    const before = seen.get(r.id);
    if (before) throw new CorpusError(`${r.file}:${r.line}: duplicate id ${r.id} (also in ${before})`);
    seen.set(r.id, `${r.file}:${r.line}`);
  }
  return replies;
}

export function loadAllowList(dir = corpusDir()): string[] {
  return readFileSync(join(dir, 'allow-list.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export interface PurposeReply {
  id: string;
  lang: string;
  purpose: 'service' | 'marketing';
  file: string;
  line: number;
  text: string;
}

const PURPOSE_HEADER = /^=== (\S+) (es|en|pt) (service|marketing)\s*$/;

/** The purpose set: `=== <id> <lang> <service|marketing>` then the reply (plain text). */
export function parsePurpose(source: string, file: string): PurposeReply[] {
  const out: PurposeReply[] = [];
  let current: PurposeReply | undefined;
  const body: string[] = [];
  const flush = () => {
    if (!current) return;
    current.text = body.join('\n').trim();
    if (!current.text) throw new CorpusError(`${file}:${current.line}: reply ${current.id} is empty`);
    out.push(current);
    body.length = 0;
  };
  source.split(/\r?\n/).forEach((raw, i) => {
    if (raw.startsWith('===')) {
      const m = PURPOSE_HEADER.exec(raw);
      if (!m) throw new CorpusError(`${file}:${i + 1}: bad block header "${raw}" (want "=== <id> <es|en|pt> <service|marketing>")`);
      flush();
      current = { id: m[1], lang: m[2], purpose: m[3] as PurposeReply['purpose'], file, line: i + 1, text: '' };
    } else if (current) body.push(raw);
    else if (raw.trim() && !raw.startsWith('#')) throw new CorpusError(`${file}:${i + 1}: text before the first "===" block`);
  });
  flush();
  const ids = new Set<string>();
  for (const r of out) {
    if (ids.has(r.id)) throw new CorpusError(`${file}:${r.line}: duplicate id ${r.id}`);
    ids.add(r.id);
  }
  return out;
}

export function loadPurpose(dir = corpusDir()): PurposeReply[] {
  return parsePurpose(readFileSync(join(dir, 'purpose.txt'), 'utf8'), 'purpose.txt');
}
