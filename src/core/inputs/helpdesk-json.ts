// Zendesk macros and Freshdesk canned responses: the text an agent would send lives in a few
// known fields; everything else (tags, assignees, status) is not reply text.
import { literalOffset, parseJsonLocated, JsonSyntaxError, type LocatedJson } from './json-located';
import { lineStartsOf, positionAt } from '../text';
import type { InputKind, InputProblem, InputRecord, ParsedExport } from './types';

/** Zendesk macro action fields that carry text that is sent or shown to the customer. */
const ZENDESK_TEXT_FIELDS = new Set(['comment_value', 'comment_value_html', 'subject']);
const ZENDESK_BODY_FIELDS = new Set(['comment_value', 'comment_value_html']);
const FRESHDESK_TEXT_FIELDS = ['content', 'content_html'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

class RecordSink {
  readonly records: InputRecord[] = [];
  readonly problems: InputProblem[] = [];
  private lineStarts: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly located: LocatedJson,
  ) {}

  private starts(): number[] {
    return (this.lineStarts ??= lineStartsOf(this.text));
  }

  add(id: string, field: string, value: string, pointer: string, body: boolean): void {
    if (!value.trim()) return;
    const quote = this.located.strings.get(pointer);
    const text = this.text;
    const starts = this.starts();
    this.records.push({
      id,
      field,
      value,
      body,
      ...(quote !== undefined ? { line: positionAt(starts, quote).line, filePosition: (o: number) => positionAt(starts, literalOffset(text, quote, o)) } : {}),
    });
  }
}

function idOf(item: Obj, index: number): string {
  const id = item.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `#${index + 1}`;
}

function zendeskMacro(macro: Obj, index: number, base: string, sink: RecordSink): void {
  const id = idOf(macro, index);
  if (typeof macro.title === 'string') sink.add(id, 'title', macro.title, `${base}/title`, false);
  const actions = Array.isArray(macro.actions) ? macro.actions : [];
  const seen = new Map<string, number>();
  actions.forEach((action, a) => {
    if (!isObj(action) || typeof action.field !== 'string' || !ZENDESK_TEXT_FIELDS.has(action.field)) return;
    const field = action.field;
    const body = ZENDESK_BODY_FIELDS.has(field);
    // `value` is a string, or an array such as ["channel:all", "text"] for comment_value.
    const values: [string, string][] = typeof action.value === 'string'
      ? [[action.value, `${base}/actions/${a}/value`]]
      : Array.isArray(action.value)
        ? action.value.flatMap((v, k): [string, string][] => (typeof v === 'string' && !/^channel:\w{1,20}$/.test(v) ? [[v, `${base}/actions/${a}/value/${k}`]] : []))
        : [];
    for (const [value, ptr] of values) {
      const n = (seen.get(field) ?? 0) + 1;
      seen.set(field, n);
      sink.add(id, n === 1 ? field : `${field}#${n}`, value, ptr, body);
    }
  });
}

function freshdeskResponse(item: Obj, index: number, base: string, sink: RecordSink): void {
  const id = idOf(item, index);
  if (typeof item.title === 'string') sink.add(id, 'title', item.title, `${base}/title`, false);
  // content_html and content are the same text; scan the HTML (exact offsets) when present.
  const field = typeof item.content_html === 'string' && item.content_html.trim() ? 'content_html' : FRESHDESK_TEXT_FIELDS.find((f) => typeof item[f] === 'string');
  if (field) sink.add(id, field, item[field] as string, `${base}/${field}`, true);
  // Freshdesk scenario automations carry the reply in actions like Zendesk macros.
  if (Array.isArray(item.actions)) {
    item.actions.forEach((action, a) => {
      if (isObj(action) && typeof action.value === 'string' && /reply|note|email|comment/i.test(String(action.name ?? action.field ?? ''))) {
        sink.add(id, `actions[${a}]`, action.value, `${base}/actions/${a}/value`, true);
      }
    });
  }
}

/** What a parsed JSON export is, or undefined when it is neither helpdesk shape. */
export function jsonExportKind(value: unknown): 'zendesk' | 'freshdesk' | undefined {
  if (isObj(value)) {
    if (Array.isArray(value.macros) || (isObj(value.macro) && Array.isArray(value.macro.actions))) return 'zendesk';
    if (Array.isArray(value.actions) && value.actions.some((a) => isObj(a) && typeof a.field === 'string')) return 'zendesk';
    if (Array.isArray(value.canned_responses) || Array.isArray(value.scenarios) || typeof value.content === 'string' || typeof value.content_html === 'string') return 'freshdesk';
    return undefined;
  }
  if (Array.isArray(value) && value.length && value.every(isObj)) {
    const first = value[0] as Obj;
    if (Array.isArray(first.actions) && first.actions.some((a) => isObj(a) && typeof a.field === 'string' && ZENDESK_TEXT_FIELDS.has(a.field))) return 'zendesk';
    if (typeof first.content === 'string' || typeof first.content_html === 'string' || Array.isArray(first.actions)) return 'freshdesk';
  }
  return undefined;
}

/** Records of a Zendesk or Freshdesk JSON export; problems name the offset's line. */
export function parseHelpdeskJson(text: string, kind?: 'zendesk' | 'freshdesk'): ParsedExport & { kind?: InputKind } {
  let located: LocatedJson;
  try {
    located = parseJsonLocated(text);
  } catch (err) {
    if (err instanceof JsonSyntaxError) return { records: [], problems: [{ line: lineAt(text, err.offset), message: `not valid JSON: ${err.message}` }] };
    throw err;
  }
  const found = kind ?? jsonExportKind(located.value);
  const sink = new RecordSink(text, located);
  const v = located.value;
  if (found === 'zendesk') {
    const list: [unknown, string][] = isObj(v) && Array.isArray(v.macros)
      ? v.macros.map((m, k) => [m, `/macros/${k}`])
      : isObj(v) && isObj(v.macro)
        ? [[v.macro, '/macro']]
        : Array.isArray(v)
          ? v.map((m, k) => [m, `/${k}`])
          : [[v, '']];
    list.forEach(([m, base], k) => (isObj(m) ? zendeskMacro(m, k, base, sink) : sink.problems.push({ message: `${base || '/'}: a macro must be an object; skipped` })));
  } else if (found === 'freshdesk') {
    const list: [unknown, string][] = isObj(v) && Array.isArray(v.canned_responses)
      ? v.canned_responses.map((m, k) => [m, `/canned_responses/${k}`])
      : isObj(v) && Array.isArray(v.scenarios)
        ? v.scenarios.map((m, k) => [m, `/scenarios/${k}`])
        : Array.isArray(v)
          ? v.map((m, k) => [m, `/${k}`])
          : [[v, '']];
    list.forEach(([m, base], k) => (isObj(m) ? freshdeskResponse(m, k, base, sink) : sink.problems.push({ message: `${base || '/'}: a canned response must be an object; skipped` })));
  } else {
    return { records: [], problems: [{ message: 'not a Zendesk macro export ({"macros": [...]}) nor Freshdesk canned responses ([{"title", "content"}]); use --input' }] };
  }
  return { records: sink.records, problems: sink.problems, kind: found };
}
