// Snippets the rules' quick fixes insert (unsubscribe, secure-payment, remote-support-consent,
// ad-label). They come from the active packs; the rules only pick the best one and place it.
import { resolveSnippetBody } from '../policy/variables';
import type { Channel } from '../reply';
import type { Fix, Lang } from '../types';

const EU = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);

/** The part of a pack snippet the rules need (the packs' own type has more). */
export interface ReplySnippet {
  id: string;
  title?: string;
  purpose: string;
  channels?: readonly Channel[];
  locale?: string;
  jurisdiction?: string | readonly string[];
  /** VS Code snippet syntax (placeholders, variables). */
  body: string;
  pack?: string;
}

export interface SnippetWanted {
  purpose: string;
  channel?: Channel;
  locale?: string;
  lang: Lang;
  jurisdiction?: string;
}

function jurisdictionsOf(s: ReplySnippet): readonly string[] {
  if (!s.jurisdiction) return [];
  return typeof s.jurisdiction === 'string' ? [s.jurisdiction] : s.jurisdiction;
}

/** Best snippet for the purpose: right channel, then exact locale, then language, then jurisdiction. */
export function pickSnippet(snippets: readonly ReplySnippet[], wanted: SnippetWanted): ReplySnippet | undefined {
  let best: ReplySnippet | undefined;
  let bestScore = -1;
  for (const s of snippets) {
    if (s.purpose !== wanted.purpose) continue;
    if (wanted.channel && s.channels?.length && !s.channels.includes(wanted.channel)) continue;
    const js = jurisdictionsOf(s);
    const fits = (j: string) => j.toUpperCase() === wanted.jurisdiction || (j.toUpperCase() === 'EU' && EU.has(wanted.jurisdiction ?? ''));
    if (wanted.jurisdiction && js.length && !js.some(fits)) continue;
    const sLocale = s.locale?.toLowerCase();
    const lang = sLocale?.slice(0, 2);
    // A snippet in another language is worse than none: the agent would send mixed languages.
    if (lang && lang !== wanted.lang) continue;
    let score = 0;
    if (wanted.locale && sLocale === wanted.locale.toLowerCase()) score += 4;
    if (wanted.jurisdiction && js.length) score += 2;
    if (wanted.channel && s.channels?.length) score += 1;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Plain text of a snippet body, for edits applied outside an editor (CLI, tests):
 * `${1:default}` -> default, `${1|a,b|}` -> a, `$1`/`${VAR}` -> '' or the variable name.
 */
export function snippetPlainText(body: string): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '\\' && i + 1 < body.length) {
      out += body[i + 1];
      i += 2;
      continue;
    }
    if (ch === '$') {
      const m = /^\$(?:(\d{1,3})|\{(\d{1,3})\}|\{(\d{1,3}):([^{}$]{0,200})\}|\{(\d{1,3})\|([^|{}]{0,200})\|\}|([A-Za-z_]\w{0,40})|\{([A-Za-z_]\w{0,40})(?::([^{}$]{0,200}))?\})/.exec(body.slice(i, i + 260));
      if (m) {
        if (m[4] !== undefined) out += m[4];
        else if (m[6] !== undefined) out += m[6].split(',')[0];
        else if (m[8] !== undefined) out += m[9] ?? `[${m[8]}]`;
        else if (m[7] !== undefined) out += `[${m[7]}]`;
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/** A quick fix that inserts the snippet at `offset` (the editor inserts `snippet`; others apply the edit). */
export function insertSnippetFix(snippet: ReplySnippet, offset: number, title: string, before = '', after = ''): Fix {
  // Pack variables the editor does not know (${unsubscribeUrl}) become placeholders to tab through.
  const body = resolveSnippetBody(snippet.body);
  return {
    id: 'snippet.insert',
    title,
    edits: [{ start: offset, end: offset, newText: before + snippetPlainText(body) + after }],
    snippet: escapeForSnippet(before) + body + escapeForSnippet(after),
  };
}

function escapeForSnippet(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}
