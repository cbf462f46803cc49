// JSON.parse that also remembers where each string value sits in the file, so a finding in a
// macro's text can be reported at its line and column in the export (SARIF needs that for
// GitHub to annotate the pull request).

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export interface LocatedJson {
  value: unknown;
  /** JSON pointer (RFC 6901) of each string value -> offset of its opening quote. */
  strings: Map<string, number>;
}

const MAX_DEPTH = 256;

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointer(...parts: (string | number)[]): string {
  return parts.map((p) => '/' + escapePointer(String(p))).join('');
}

/** Parses JSON (RFC 8259) in one linear pass; throws JsonSyntaxError with the offset. */
export function parseJsonLocated(text: string): LocatedJson {
  const strings = new Map<string, number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(what, i);
  };
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  const str = (): string => {
    const start = ++i;
    let out = '';
    let from = start;
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) fail('control character in string');
      if (c === 92) {
        out += text.slice(from, i);
        const e = text[i + 1];
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          const m = ({ '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e];
          if (m === undefined) fail('bad escape');
          out += m;
          i += 2;
        }
        from = i;
        continue;
      }
      i++;
    }
    out += text.slice(from, i);
    i++;
    return out;
  };
  const value = (path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    ws();
    const c = text[i];
    if (c === '"') {
      strings.set(path, i);
      return str();
    }
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a property name');
        const key = str();
        ws();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        // An own data property, as JSON.parse makes it: a plain assignment of "__proto__"
        // would replace the object's prototype instead of adding the key.
        Object.defineProperty(obj, key, {
          value: value(path + '/' + escapePointer(key), depth + 1),
          writable: true,
          enumerable: true,
          configurable: true,
        });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail("expected ',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(path + '/' + arr.length, depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail("expected ',' or ']'");
      }
    }
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d{0,400})(?:\.\d{1,400})?(?:[eE][+-]?\d{1,5})?)/.exec(text.slice(i, i + 820));
    if (!m) fail('unexpected character');
    i += m![0].length;
    return JSON.parse(m![0]);
  };
  const result = value('', 0);
  ws();
  if (i < text.length) fail('unexpected text after the JSON value');
  return { value: result, strings };
}

/** Offset in the file of the character at `decoded` inside the string literal opening at `quote`. */
export function literalOffset(text: string, quote: number, decoded: number): number {
  let i = quote + 1;
  for (let k = 0; k < decoded && i < text.length; k++) {
    if (text.charCodeAt(i) === 92) i += text[i + 1] === 'u' ? 6 : 2;
    else i++;
  }
  return i;
}
