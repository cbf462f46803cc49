// Team-defined patterns from packs (ScanOptions.customPatterns). Each pattern is checked by
// safe-regex before it is compiled; refused ones never run (the pack loader reports them
// with file and line, so nothing is skipped silently).
import { checkPattern, type PatternVerdict } from '../safe-regex';
import type { Candidate, CustomPattern, Detector, Entity } from '../types';

/** Stops a pattern that matches everywhere from flooding the editor. */
export const MAX_MATCHES_PER_PATTERN = 1000;

interface Compiled {
  pattern: CustomPattern;
  regex: RegExp;
}

export interface CompiledPatterns {
  detector: Detector;
  refused: { id: string; verdict: PatternVerdict }[];
}

// Callers often rebuild the options object per scan: cache per pattern source, not per array.
const regexCache = new Map<string, RegExp | PatternVerdict>();
const REGEX_CACHE_LIMIT = 500;

function compileOne(source: string, flags: string): RegExp | PatternVerdict {
  const key = `${flags}/${source}`;
  let entry = regexCache.get(key);
  if (!entry) {
    const verdict = checkPattern(source, flags);
    entry = verdict.safe ? new RegExp(source, flags + 'g') : verdict;
    if (regexCache.size >= REGEX_CACHE_LIMIT) regexCache.clear();
    regexCache.set(key, entry);
  }
  return entry;
}

export function compileCustomPatterns(patterns: readonly CustomPattern[]): CompiledPatterns {
  const compiled: Compiled[] = [];
  const refused: CompiledPatterns['refused'] = [];
  for (const pattern of patterns) {
    const entry = compileOne(pattern.pattern, pattern.flags ?? '');
    if (entry instanceof RegExp) compiled.push({ pattern, regex: entry });
    else refused.push({ id: pattern.id, verdict: entry });
  }
  const entities = [...new Set(compiled.map((c) => c.pattern.entity))] as Entity[];
  const detector: Detector = {
    id: 'custom',
    entities,
    detect(text) {
      const out: Candidate[] = [];
      for (const { pattern, regex } of compiled) {
        regex.lastIndex = 0;
        let count = 0;
        for (let m = regex.exec(text); m && count < MAX_MATCHES_PER_PATTERN; m = regex.exec(text)) {
          if (m[0].length === 0) {
            regex.lastIndex++;
            continue;
          }
          count++;
          out.push({
            entity: pattern.entity,
            subtype: pattern.subtype,
            start: m.index,
            end: m.index + m[0].length,
            score: pattern.score,
            detector: `custom:${pattern.id}`,
            reasons: [`pattern:${pattern.id}`],
            context: pattern.context?.length ? { positive: pattern.context, negative: [] } : undefined,
          });
        }
      }
      return out;
    },
  };
  return { detector, refused };
}
