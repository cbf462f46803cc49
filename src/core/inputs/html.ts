// HTML bodies of helpdesk macros: strip the markup for scanning, keep a map back to the
// original, so findings point into the field as exported (the decision is in
// docs/team-reporting.md: offsets are into the original HTML value).

export interface StrippedText {
  /** Visible text: tags removed, entities decoded, block tags as line breaks. */
  text: string;
  /** [sourceStart[i], sourceEnd[i]): where text[i] came from in the HTML (an entity counts whole). */
  sourceStart: Uint32Array;
  sourceEnd: Uint32Array;
}

const BLOCK_TAGS = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'table', 'hr']);
const HIDDEN_TAGS = new Set(['script', 'style', 'head', 'template']);
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', uuml: 'ü',
  Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ', Uuml: 'Ü',
  ccedil: 'ç', Ccedil: 'Ç', atilde: 'ã', otilde: 'õ', acirc: 'â', ecirc: 'ê', ocirc: 'ô',
  iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º', euro: '€', copy: '©', reg: '®', middot: '·', ndash: '–', mdash: '—',
};

/** True when a field value looks like HTML (a tag or an entity), so plain text is never altered. */
export function looksLikeHtml(value: string): boolean {
  return /<\/?[a-zA-Z][a-zA-Z0-9-]{0,20}(?:\s[^<>]{0,2000})?\/?>|&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});/.test(value);
}

function decodeEntity(name: string): string | undefined {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[name];
}

/**
 * Linear single pass: a tag runs to the next '>', a comment to the next '-->', a hidden
 * element's content to its closing tag; an entity is at most 10 characters.
 */
export function stripHtml(html: string): StrippedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (s: string, at: number, to: number) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]);
      starts.push(at);
      ends.push(to);
    }
  };
  let i = 0;
  const n = html.length;
  let lower: string | undefined;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close < 0 ? n : close + 3;
        continue;
      }
      const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]{0,20})/.exec(html.slice(i, i + 24));
      if (!m) {
        push('<', i, i + 1);
        i++;
        continue;
      }
      const close = html.indexOf('>', i + 1);
      if (close < 0) {
        for (let k = i; k < n; k++) push(html[k], k, k + 1); // not a tag after all: the rest is text
        break;
      }
      const name = m[1].toLowerCase();
      const closing = html[i + 1] === '/';
      if (!closing && HIDDEN_TAGS.has(name)) {
        lower ??= html.toLowerCase();
        const end = lower.indexOf(`</${name}`, close + 1);
        const endClose = end < 0 ? -1 : html.indexOf('>', end);
        i = endClose < 0 ? n : endClose + 1;
        continue;
      }
      // Block tags separate words the way the rendered e-mail does.
      if (BLOCK_TAGS.has(name)) push('\n', i, close + 1);
      i = close + 1;
      continue;
    }
    if (c === 38 /* & */) {
      // Bounded look-ahead: '&&&&...' without ';' stays linear.
      const semi = html.slice(i + 1, i + 11).indexOf(';') + i + 1;
      if (semi > i + 1) {
        const decoded = decodeEntity(html.slice(i + 1, semi));
        if (decoded !== undefined) {
          push(decoded, i, semi + 1);
          i = semi + 1;
          continue;
        }
      }
    }
    out.push(html[i]);
    starts.push(i);
    ends.push(i + 1);
    i++;
  }
  return { text: out.join(''), sourceStart: Uint32Array.from(starts), sourceEnd: Uint32Array.from(ends) };
}

/** Maps a [start, end) range of the stripped text back to the HTML. */
export function htmlRange(stripped: StrippedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < stripped.sourceStart.length ? stripped.sourceStart[start] : (stripped.sourceEnd[start - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: stripped.sourceStart[start], end: stripped.sourceEnd[end - 1] };
}
