// Helpdesk exports as input: Zendesk macros, Freshdesk canned responses, CSV, JSONL; HTML
// bodies with offsets into the value as exported; --jobs keeps the order; progress on stderr.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { guessInputKind, htmlRange, literalOffset, parseHelpdeskJson, parseJsonLocated, scanTargetOf, stripHtml } from '../../src/core/inputs';
import { main } from '../../src/cli/main';
import { runCli } from '../support/cli';

const FIXTURES = join(__dirname, '..', 'fixtures', 'exports');
const fixture = (name: string) => join(FIXTURES, name);
const CARD = '4111 1111 1111 1111';

describe('inputs: HTML bodies', () => {
  it('strips tags and decodes entities, mapping each range back to the HTML', () => {
    const html = '<p>Card <b>4111</b> 1111 1111 1111 &amp; more</p>';
    const s = stripHtml(html);
    assert.equal(s.text, '\nCard 4111 1111 1111 1111 & more\n');
    const start = s.text.indexOf('4111');
    const r = htmlRange(s, start, start + CARD.length);
    assert.equal(html.slice(r.start, r.end), '4111</b> 1111 1111 1111', 'a value split by a tag spans the tag in the HTML');
    const amp = s.text.indexOf('&');
    assert.equal(html.slice(htmlRange(s, amp, amp + 1).start, htmlRange(s, amp, amp + 1).end), '&amp;', 'an entity counts whole');
  });

  it('drops script, style and comments; keeps a lone < as text', () => {
    const s = stripHtml('a<script>x = "4111 1111 1111 1111"</script>b<!-- 4111 -->c < d');
    assert.equal(s.text, 'abc < d');
  });

  it('plain text is not treated as HTML', () => {
    assert.equal(scanTargetOf('5 < 6 and 7 > 3, A&B').toValue, undefined);
    assert.ok(scanTargetOf('<p>hi</p>').toValue);
  });

  it('stays linear on adversarial markup (1 MB of "<a", "&", "<!--", "<script>")', () => {
    for (const piece of ['<a', '&', '&#', '<!--', '<script>', '<a href="']) {
      const html = piece.repeat(Math.ceil((1 << 20) / piece.length));
      const t = Date.now();
      stripHtml(html);
      assert.ok(Date.now() - t < 1000, `${piece}: ${Date.now() - t} ms`);
    }
  });

  it('never throws and keeps ranges in bounds (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '&', ';', 'p', '/', 'a', '#', '1', ' ', 'x', '\ud83d', '!', '-') , maxLength: 200 }), (html) => {
        const s = stripHtml(html);
        for (let i = 0; i < s.text.length; i++) {
          const r = htmlRange(s, i, i + 1);
          assert.ok(r.start >= 0 && r.start < r.end && r.end <= html.length);
        }
      }),
    );
  });
});

describe('inputs: JSON with positions', () => {
  it('parses like JSON.parse (fast-check) and locates every string value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v, null, 1);
        const located = parseJsonLocated(text);
        assert.deepEqual(located.value, JSON.parse(text));
        for (const [, quote] of located.strings) assert.equal(text[quote], '"');
      }),
    );
  });

  it('keeps a "__proto__" key as an own property, as JSON.parse does (fast-check found it)', () => {
    const text = '{"": {"__proto__": null}, "__proto__": {"x": "4111"}}';
    const located = parseJsonLocated(text);
    assert.deepEqual(located.value, JSON.parse(text));
    const value = located.value as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.ok(Object.prototype.hasOwnProperty.call(value, '__proto__'));
    assert.ok(located.strings.has('/__proto__/x'));
  });

  it('maps offsets inside a string with escapes to the file', () => {
    const text = '{"a": "x\\n\\u00e9\\"4111"}';
    const quote = parseJsonLocated(text).strings.get('/a')!;
    const decoded = JSON.parse(text).a as string;
    const at = decoded.indexOf('4111');
    assert.equal(text.slice(literalOffset(text, quote, at), literalOffset(text, quote, at + 4)), '4111');
  });

  it('reports a syntax error with its line and refuses deep nesting without a stack overflow', () => {
    const r = parseHelpdeskJson('{\n"macros": [\n{"id": 1,,}\n]}');
    assert.equal(r.records.length, 0);
    assert.equal(r.problems[0].line, 3);
    assert.match(parseHelpdeskJson('['.repeat(100_000)).problems[0].message, /nested too deeply/);
  });
});

describe('inputs: Zendesk and Freshdesk exports', () => {
  it('reads the text fields of every macro, with ids and fields, and skips the rest', () => {
    const text = readFileSync(fixture('zendesk-macros.json'), 'utf8');
    const r = parseHelpdeskJson(text);
    assert.equal(r.kind, 'zendesk');
    assert.deepEqual(
      r.records.map((x) => `${x.id}/${x.field}/${x.body}`),
      ['360001/title/false', '360001/subject/false', '360001/comment_value_html/true', '360002/title/false', '360002/comment_value/true', '360003/title/false', '360003/comment_value/true'],
    );
    // ["channel:all", "text"]: the channel marker is not text.
    assert.match(r.records[4].value, /^¡Aprovecha/);
    const html = r.records[2];
    const at = html.value.indexOf('4111');
    const pos = html.filePosition!(at);
    assert.equal(text.split('\n')[pos.line - 1].slice(pos.column - 1, pos.column - 1 + 4), '4111');
  });

  it('reads a single macro object and Freshdesk canned responses (content_html preferred)', () => {
    const single = parseHelpdeskJson(readFileSync(fixture('zendesk-macro-single.json'), 'utf8'));
    assert.deepEqual(single.records.map((x) => x.field), ['title', 'comment_value']);
    const fd = parseHelpdeskJson(readFileSync(fixture('freshdesk-canned.json'), 'utf8'));
    assert.equal(fd.kind, 'freshdesk');
    assert.deepEqual(fd.records.map((x) => `${x.id}/${x.field}`), ['7001/title', '7001/content_html', '7002/title', '7002/content']);
    const wrapped = parseHelpdeskJson(JSON.stringify({ canned_responses: [{ id: 1, title: 't', content: 'hola' }] }));
    assert.deepEqual(wrapped.records.map((x) => x.field), ['title', 'content']);
  });

  it('guesses the kind from the extension and, for .json, the first bytes', () => {
    assert.equal(guessInputKind('a/b.CSV'), 'csv');
    assert.equal(guessInputKind('x.jsonl'), 'jsonl');
    assert.equal(guessInputKind('m.json', '{\n  "macros": ['), 'zendesk');
    assert.equal(guessInputKind('m.json', '{"id": 1, "actions": [{"field": "subject"'), 'zendesk');
    assert.equal(guessInputKind('f.json', '[{"id": 1, "title": "x", "content": "y"}]'), 'freshdesk');
    assert.equal(guessInputKind('package.json', '{"name": "x"}'), undefined);
    assert.equal(guessInputKind('reply.md'), undefined);
  });
});

describe('CLI: helpdesk exports', () => {
  it('reports findings against macro id and field, at offsets into the HTML value', async () => {
    const r = await runCli(['scan', '--format', 'json', '--show-values', fixture('zendesk-macros.json')]);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { id: string; field: string; findings: { entity: string; value: string; start: number; end: number }[] }[];
    const html = out.find((u) => u.id === '360001' && u.field === 'comment_value_html')!;
    assert.deepEqual(html.findings.map((f) => [f.entity, f.value]), [['CREDIT_CARD', CARD], ['EMAIL_ADDRESS', 'jane@example.com']]);
    const value = JSON.parse(readFileSync(fixture('zendesk-macros.json'), 'utf8')).macros[0].actions[2].value as string;
    assert.equal(value.slice(html.findings[0].start, html.findings[0].end), CARD);
  });

  it('text output points at the line and column in the export file', async () => {
    const r = await runCli(['scan', fixture('zendesk-macro-single.json')]);
    assert.match(r.stdout, /zendesk-macro-single\.json:5:\d+ \[42\/comment_value\] +warning +NATIONAL_ID\/ES_DNI/);
    assert.equal(r.stdout.includes('12345678Z'), false, 'no raw value without --show-values');
  });

  it('Freshdesk: finds the IBAN in content_html', async () => {
    const r = await runCli(['scan', '--format', 'jsonl', fixture('freshdesk-canned.json')]);
    const lines = r.stdout.split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.find((l) => l.field === 'content_html').findings.map((f: { entity: string }) => f.entity), ['IBAN_CODE']);
  });

  it('CSV: line-numbered error for a malformed row, the rest scanned, ids from ticket_id', async () => {
    const r = await runCli(['scan', '--format', 'jsonl', fixture('tickets.csv')]);
    assert.equal(r.code, 2, 'an input error exits 2');
    assert.match(r.stderr, /tickets\.csv:4: .*row skipped/);
    assert.equal(r.stderr.includes('unclosed'), false, 'the raw row is never printed');
    const lines = r.stdout.split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => `${l.id}:${l.field}:${l.findings.map((f: { entity: string }) => f.entity).join('+')}`), ['T-1:body:CREDIT_CARD', 'T-2:body:', 'T-4:body:EMAIL_ADDRESS']);
  });

  it('CSV: --text-column and --id-column, semicolon-delimited, a missing column named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-csv-'));
    const file = join(dir, 'export.csv');
    writeFileSync(file, 'Nº;Asunto;Mensaje\n17;Hola;"Mi DNI es 12345678Z"\n');
    const r = await runCli(['scan', '--format', 'jsonl', '--text-column', 'Asunto,Mensaje', '--id-column', 'Nº', file]);
    assert.deepEqual(r.stdout.split('\n').map((l) => JSON.parse(l)).map((l) => `${l.id}/${l.field}/${l.findings.length}`), ['17/Asunto/0', '17/Mensaje/1']);
    const bad = await runCli(['scan', '--text-column', 'nope', file]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /no column "nope"; the columns are Nº, Asunto, Mensaje/);
  });

  it('JSONL keeps the contract: {"id", "findings"} per line, no "field"', async () => {
    const r = await runCli(['scan', fixture('tickets.jsonl'), '--format', 'jsonl']);
    const lines = r.stdout.split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => Object.keys(l)), [['id', 'findings'], ['id', 'findings']]);
  });

  it('check: rules on macro bodies (marketing without unsubscribe), PII everywhere', async () => {
    const r = await runCli(['check', '--channel', 'email', '--format', 'json', fixture('zendesk-macros.json')]);
    const out = JSON.parse(r.stdout) as { id: string; field: string; findings: { rule?: string; entity?: string }[] }[];
    const promo = out.find((u) => u.id === '360002' && u.field === 'comment_value')!;
    assert.ok(promo.findings.some((f) => f.rule === 'marketing/unsubscribe-missing'), JSON.stringify(promo));
    assert.ok(out.filter((u) => u.field === 'title' || u.field === 'subject').every((u) => u.findings.every((f) => !f.rule)), 'no rules on titles and subjects');
  });
});

describe('CLI: bulk', () => {
  const lines = Array.from({ length: 1500 }, (_, i) =>
    JSON.stringify({ id: `t${i}`, text: i % 3 === 0 ? `Pago con ${CARD} el día ${i}` : i % 3 === 1 ? `Escriba a jane${i}@example.com` : `Pedido ORD-${61131 + i}` }),
  );

  it('--jobs 2 gives the same output, in the same order, as one thread', async () => {
    const one = await runCli(['scan', '--input', 'jsonl', '-'], lines.join('\n'));
    const two = await runCli(['scan', '--input', 'jsonl', '--jobs', '2', '-'], lines.join('\n'));
    assert.equal(two.code, one.code);
    assert.equal(two.stdout, one.stdout);
    assert.equal(one.stdout.split('\n').length, lines.length);
  });

  it('progress goes to stderr only when asked or on a terminal', async () => {
    const run = async (args: string[], tty: boolean) => {
      const progress: string[] = [];
      await main(['scan', '--input', 'jsonl', ...args, '-'], { stdin: Readable.from([lines.join('\n')]), stdout: () => undefined, stderr: () => undefined, env: {}, stderrIsTTY: tty, progress: (s) => progress.push(s) });
      return progress.join('');
    };
    const shown = await run(['--progress'], false);
    assert.match(shown, /1,500 records · [\d,]+ rec\/s · [\d.]+ MB · [\d.]+ MB\/s/);
    assert.ok(shown.endsWith('\u001b[K\n'), 'the last progress line clears the rest of the line and ends it');
    assert.match(await run([], true), /1,500 records/);
    assert.equal(await run([], false), '');
    assert.equal(await run(['--no-progress'], true), '');
  });

  it('--jobs must be a whole number', async () => {
    const r = await runCli(['scan', '--jobs', '0', '-'], 'x');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--jobs must be a whole number/);
  });
});
