// Named variables in snippet bodies: ${customerName}, ${deadlineDate}... Known values are
// inserted as text; unknown ones become placeholders so the agent tabs through them.

/** The variables a pack body may use besides VS Code's own (TM_*, CURRENT_*...). */
export const PACK_VARIABLES = ['customerName', 'agentName', 'company', 'unsubscribeUrl', 'deadlineDate'] as const;
export type PackVariable = (typeof PACK_VARIABLES)[number];
export type VariableValues = Partial<Record<PackVariable, string>>;

/** VS Code's built-in snippet variables: valid in a body, resolved by the editor. */
export const EDITOR_VARIABLES: ReadonlySet<string> = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME',
  'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH',
  'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM',
  'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

export function isPackVariable(name: string): name is PackVariable {
  return (PACK_VARIABLES as readonly string[]).includes(name);
}

export interface VariableToken {
  name: string;
  /** Offsets of the whole `$name` / `${name...}` token in the body. */
  start: number;
  end: number;
  /** Text after `:` in `${name:default}`. */
  defaultText?: string;
}

export interface BodyScan {
  variables: VariableToken[];
  /** Highest $N / ${N...} tabstop used. */
  maxTabstop: number;
  /** Offset of a `${` that never closes. */
  unclosedAt?: number;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;

/** Index just past the `}` closing the `${` at `open`, or -1. Escapes (`\}`) are honoured. */
function closingBrace(body: string, open: number): number {
  let depth = 0;
  for (let i = open; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '$' && body[i + 1] === '{') { depth++; i++; }
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Lists variables and tabstops of a VS Code snippet body (one linear pass). */
export function scanBody(body: string): BodyScan {
  const out: BodyScan = { variables: [], maxTabstop: 0 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { i++; continue; }
    if (c !== '$') continue;
    const next = body[i + 1] ?? '';
    if (DIGIT.test(next)) {
      let j = i + 1;
      while (j < body.length && DIGIT.test(body[j])) j++;
      out.maxTabstop = Math.max(out.maxTabstop, Number(body.slice(i + 1, j)));
      i = j - 1;
    } else if (NAME_START.test(next)) {
      let j = i + 1;
      while (j < body.length && NAME_CHAR.test(body[j])) j++;
      out.variables.push({ name: body.slice(i + 1, j), start: i, end: j });
      i = j - 1;
    } else if (next === '{') {
      const close = closingBrace(body, i);
      if (close === -1) {
        out.unclosedAt ??= i;
        continue;
      }
      let j = i + 2;
      if (DIGIT.test(body[j] ?? '')) {
        while (j < body.length && DIGIT.test(body[j])) j++;
        out.maxTabstop = Math.max(out.maxTabstop, Number(body.slice(i + 2, j)));
        // Placeholders nest (${1:Hola ${customerName}}): keep scanning inside.
        i = j - 1;
        continue;
      }
      if (!NAME_START.test(body[j] ?? '')) continue;
      while (j < body.length && NAME_CHAR.test(body[j])) j++;
      const token: VariableToken = { name: body.slice(i + 2, j), start: i, end: close };
      if (body[j] === ':') token.defaultText = body.slice(j + 1, close - 1);
      out.variables.push(token);
      // A default may hold more syntax; scan it too.
      if (token.defaultText === undefined) i = close - 1;
      else i = j;
    }
  }
  return out;
}

/** Escapes text for insertion into a snippet so `$`, `}` and `\` stay literal. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c);
}

/**
 * Replaces the pack's named variables: known values as literal text, unknown ones as
 * numbered placeholders (one number per name, after the body's own tabstops) so the agent
 * fills them in; VS Code's own variables are left to the editor.
 */
export function resolveSnippetBody(body: string, values: VariableValues = {}): string {
  const scanned = scanBody(body);
  const numbers = new Map<string, number>();
  let next = scanned.maxTabstop;
  let out = '';
  let cursor = 0;
  for (const v of scanned.variables) {
    if (!isPackVariable(v.name) || v.start < cursor) continue;
    out += body.slice(cursor, v.start);
    const value = values[v.name];
    if (value) {
      out += escapeSnippetText(value);
    } else {
      let n = numbers.get(v.name);
      if (n === undefined) numbers.set(v.name, (n = ++next));
      out += `\${${n}:${v.defaultText ?? v.name}}`;
    }
    cursor = v.end;
  }
  return out + body.slice(cursor);
}

/** The body as one string (arrays are lines, as in .code-snippets files). */
export function bodyText(body: string | readonly string[]): string {
  return typeof body === 'string' ? body : body.join('\n');
}
