// Properties of the whole pipeline (scan + redact) on arbitrary and adversarial text:
// it never throws, offsets are sane, findings do not overlap, redaction touches only the
// findings and is idempotent. Timings are not asserted here (see `npm run bench`); the
// adversarial inputs only have to complete with the right result.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { redact, redactAll, scan, type Finding } from '../../src/core';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset i falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** Pieces that make detectors fire (valid and near-valid values, cue words) mixed with noise. */
const PIECES = [
  '4111 1111 1111 1111', '4242424242424242', '**** 4242', '5555-5555-5555-4444', '378282246310005',
  'ES91 2100 0418 4502 0005 1332', 'ES9121000418450200051332', '2850590940090418135201', '002010077777777771',
  '+34 612 34 56 78', '612345678', '(11) 96123-4567', '+1 201 555 0123', '900 100 200',
  'ana.ruiz@example.com', 'a@a.', '@', '@@', 'x@y.z', '203.0.113.7', '2001:db8::1', '1.2.3.4.5', '999.1.1.1',
  '12345678Z', 'X1234567L', 'B12345674', '20-12345678-6', '12.345.678-5', '390.533.447-05', '11.222.333/0001-81',
  '536-90-4399', 'BADD110313HCMLNS09', 'GODE561231GR8', '20100070970',
  'María José Pérez', 'John Smith', 'Calle de Alcalá 123, 4º B', '1458 Maple Avenue, Apt 3B',
  'contraseña: Tk8#mR2qLz', 'password: hunter2!', 'código 482913', 'CVV 123', 'sk_test_abcdefghijklmnopqrstuvwx', 'ghp_' + 'a'.repeat(36),
  'nací el 23/07/1985', 'DOB 11/23/1978', 'pasaporte PAA123456', 'DNI', 'RUT', 'tarjeta', 'teléfono', 'pedido ORD-61131', 'ticket #48213',
  ' ', '  ', '\n', '\t', '-', '.', '/', ':', '(', ')', '[', ']', '[[', '#', '+', '0', '1', '9', '00', '1234', 'K',
  '𝟏', '𝟒𝟏𝟏𝟏', '١٢٣', '\uD800', '\uDC00', '\uD83D\uDE00', 'é', 'Ñ', '\u00A0', '\u200B', '\u0301',
];

const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9 .-]{1,24}$/) },
);
const replyish = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(replyish, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

const RUNS = { numRuns: 300 };

function checkFindings(text: string, findings: Finding[]): void {
  let lastEnd = 0;
  for (const f of findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), 'integer offsets');
    assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length, `offsets ${f.start}-${f.end} in 0..${text.length}`);
    assert.ok(!splitsPair(text, f.start) && !splitsPair(text, f.end), `span ${f.start}-${f.end} splits a surrogate pair`);
    assert.ok(f.start >= lastEnd, `findings sorted and non-overlapping at ${f.start}`);
    assert.ok(f.score >= 0 && f.score <= 1, `score ${f.score}`);
    lastEnd = f.end;
  }
}

/** The text outside the findings' spans is unchanged, in order. */
function outsideSpans(text: string, spans: readonly { start: number; end: number }[]): string[] {
  const out: string[] = [];
  let cursor = 0;
  for (const s of spans) {
    out.push(text.slice(cursor, s.start));
    cursor = s.end;
  }
  out.push(text.slice(cursor));
  return out;
}

describe('robustness of scan() and redact()', () => {
  it('never throws, and findings are in bounds, sorted, non-overlapping, not splitting surrogate pairs', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkFindings(text, scan(text));
      }),
      RUNS,
    );
  });

  it('holds with every language and without PERSON', () => {
    fc.assert(
      fc.property(replyish, fc.constantFrom('es', 'en', 'pt', 'auto') as fc.Arbitrary<'es' | 'en' | 'pt' | 'auto'>, (text, lang) => {
        checkFindings(text, scan(text, { lang }));
        checkFindings(text, scan(text, { lang, entities: ['CREDIT_CARD', 'IBAN_CODE', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'IP_ADDRESS', 'NATIONAL_ID', 'CREDENTIAL'] }));
      }),
      { numRuns: 150 },
    );
  });

  it('redact() changes only the findings spans', () => {
    fc.assert(
      fc.property(replyish, fc.constantFrom('mask', 'label', 'remove') as fc.Arbitrary<'mask' | 'label' | 'remove'>, (text, operator) => {
        const findings = scan(text);
        const { text: redacted, edits } = redact(text, findings, { operator });
        const spans = findings.map((f) => ({ start: f.start, end: f.end }));
        assert.deepEqual(edits.map((e) => ({ start: e.start, end: e.end })), spans, 'one edit per finding, on its span');
        // Rebuild from the outside pieces and the replacements: nothing else may differ.
        const outside = outsideSpans(text, spans);
        let rebuilt = outside[0];
        edits.forEach((e, i) => (rebuilt += e.newText + outside[i + 1]));
        assert.equal(redacted, rebuilt);
      }),
      RUNS,
    );
  });

  it('redact-all is idempotent for mask and label: redacting a redacted text changes nothing', () => {
    fc.assert(
      fc.property(replyish, fc.constantFrom('mask', 'label') as fc.Arbitrary<'mask' | 'label'>, (text, operator) => {
        const once = redactAll(text, {}, { operator }).text;
        const twice = redactAll(once, {}, { operator }).text;
        assert.equal(twice, once, `\nonce:  ${JSON.stringify(once)}\ntwice: ${JSON.stringify(twice)}`);
      }),
      RUNS,
    );
  });
});

describe('adversarial inputs (complete with the right result; timings live in the bench)', () => {
  const kinds = (findings: Finding[]) => findings.map((f) => f.entity);

  it('a 100k-digit run is not a card, an ID or a phone', () => {
    const text = '4'.repeat(100_000);
    assert.deepEqual(scan(text), []);
    const mixed = Array.from({ length: 100_000 }, (_, i) => String((i * 7) % 10)).join('');
    assert.deepEqual(kinds(scan(mixed)), []);
  });

  it('a 1 MB pasted CSV line of numbers completes (the row check is read once per line)', () => {
    const row = Array.from({ length: 110_000 }, (_, i) => String(10_000_000 + i)).join(',');
    const t0 = performance.now();
    scan(row, { entities: ['NATIONAL_ID', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE'] });
    // Generous: a quadratic row check would take minutes here. Real timings are in the bench.
    assert.ok(performance.now() - t0 < 20_000);
  });

  it('a pasted CSV row: its values are not glued to the commas between them', () => {
    const text = 'Héctor Ruvalcaba,GOMR610104MDFTJR04,5512741374,hr@example.com\nLucía Pardo,RUPL800101MDFRRC07,3312345678,lp@example.com';
    const found = scan(text, { entities: ['NATIONAL_ID', 'PHONE_NUMBER'] }).map((f) => text.slice(f.start, f.end));
    // The second CURP fails its check digit: a look-alike stays out in a row too.
    assert.deepEqual(found, ['GOMR610104MDFTJR04', '5512741374', '3312345678']);
    // In prose, a comma still glues: "3,1234" is a decimal.
    assert.deepEqual(scan('Pagó 3,12345678 euros, 4,23456789 y 5,34567891 más.', { entities: ['NATIONAL_ID', 'PHONE_NUMBER'] }), []);
  });

  it('a card after a 100k-digit run is still found at its offset', () => {
    const run = '9'.repeat(100_000);
    const text = `${run} tarjeta 4111 1111 1111 1111`;
    const cards = scan(text).filter((f) => f.entity === 'CREDIT_CARD');
    assert.equal(cards.length, 1);
    assert.equal(text.slice(cards[0].start, cards[0].end), '4111 1111 1111 1111');
  });

  it('1 MB of spaced digits completes with valid offsets', () => {
    const groups: string[] = [];
    for (let i = 0; groups.length * 5 < 1_000_000; i++) groups.push(String((i * 7919) % 10000).padStart(4, '0'));
    const text = groups.join(' ');
    checkFindings(text, scan(text));
  });

  it('a 50k-char line without "@" has no e-mail; "@" floods and "a@a." runs complete', () => {
    assert.deepEqual(kinds(scan('a.'.repeat(25_000)).filter((f) => f.entity === 'EMAIL_ADDRESS')), []);
    assert.deepEqual(kinds(scan('abc-def_'.repeat(6_250)).filter((f) => f.entity === 'EMAIL_ADDRESS')), []);
    checkFindings('@'.repeat(100_000), scan('@'.repeat(100_000)));
    const runs = 'a@a.'.repeat(50_000);
    checkFindings(runs, scan(runs));
  });

  it('dotted-number floods complete and do not invent IPs from versions', () => {
    const flood = '1.'.repeat(100_000);
    checkFindings(flood, scan(flood));
    const octets = Array.from({ length: 50_000 }, (_, i) => String(i % 256)).join('.');
    checkFindings(octets, scan(octets));
  });

  it('nested brackets, hex runs and capitalised word floods complete', () => {
    const brackets = '['.repeat(50_000) + ']'.repeat(50_000) + '((((' .repeat(10_000);
    checkFindings(brackets, scan(brackets));
    const hex = 'deadbeef'.repeat(25_000);
    checkFindings(hex, scan(hex));
    const names = 'Ana María José Luis Pérez García '.repeat(3_000);
    checkFindings(names, scan(names));
  });

  it('astral digits and lone surrogates do not crash or split pairs', () => {
    const astral = '𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 '.repeat(2_000);
    const found = scan(astral);
    checkFindings(astral, found);
    const lone = ('\uD800 4111 1111 1111 1111 \uDC00' + '\uDBFF'.repeat(10)).repeat(500);
    checkFindings(lone, scan(lone));
  });

  it('a real card between lone surrogates is found exactly', () => {
    const text = '\uDC00tarjeta 4111 1111 1111 1111\uD800';
    const cards = scan(text).filter((f) => f.entity === 'CREDIT_CARD');
    assert.equal(cards.length, 1);
    assert.equal(text.slice(cards[0].start, cards[0].end), '4111 1111 1111 1111');
  });
});

describe('redactAll()', () => {
  it('reaches a fixed point when masking one value unglues another', () => {
    const text = 'contraseña: Tk8#mR2qLz+1 201 555 0123';
    const once = redactAll(text, {}, { operator: 'label', lang: 'es' });
    assert.equal(redactAll(once.text, {}, { operator: 'label', lang: 'es' }).text, once.text);
    assert.ok(!once.text.includes('555 0123'), once.text);
  });
  it('reports every round it redacted, each with the text it scanned (for the audit trail)', () => {
    const text = 'contraseña: Tk8#mR2qLz+1 201 555 0123';
    const r = redactAll(text, {}, { operator: 'mask' });
    assert.equal(r.passes.length, r.rounds);
    assert.equal(r.passes[0].text, text);
    const values = r.passes.flatMap((p) => p.findings.map((f) => p.text.slice(f.start, f.end)));
    assert.ok(values.some((v) => v.includes('555 0123')), JSON.stringify(values));
  });
  it('gives one edit against the original text, whatever the rounds', () => {
    const text = 'Hola, mi correo es ana@example.com y nada más.';
    const r = redactAll(text, {}, { operator: 'label', lang: 'es' });
    assert.equal(r.edits.length, 1);
    const e = r.edits[0];
    assert.equal(text.slice(0, e.start) + e.newText + text.slice(e.end), r.text);
  });
});
