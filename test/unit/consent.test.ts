import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ConsentRegistry, UnavailableRegistry, parseConsentCsv, parseConsentJson, splitCsvLine, type ConsentQuery } from '../../src/core/consent';

const CSV = `customer_id,channel,purpose,status,updated_at,source
C-1,email,marketing,granted,2026-10-01,web form
C-1,sms,marketing,granted,2026-09-01T10:00:00Z,call 5531
C-1,sms,marketing,revoked,2026-10-15T08:00:00Z,STOP reply
C-2,whatsapp,any,granted,2026-11-01,whatsapp opt-in
C-3,email,marketing,granted,2025-01-10,import 2025
C-4,email,any,revoked,2026-01-01,complaint
C-4,email,marketing,granted,2026-01-01,same day grant
`;

const NOW = new Date('2026-11-20T12:00:00Z');
function q(customer: string, channel: ConsentQuery['channel'], purpose: ConsentQuery['purpose'] = 'marketing'): ConsentQuery {
  return { customer, channel, purpose, now: NOW, maxAgeDays: 180 };
}

describe('consent registry', () => {
  const reg = ConsentRegistry.fromCsv(CSV, 'consent.csv');

  it('loads every good row and indexes by customer', () => {
    assert.equal(reg.size, 7);
    assert.equal(reg.customerCount, 4);
    assert.deepEqual(reg.errors, []);
  });

  it('granted: a recent grant for this channel and purpose, with its date and source', () => {
    const v = reg.lookup(q('C-1', 'email'));
    assert.equal(v.state, 'granted');
    assert.equal(v.record?.source, 'web form');
    assert.equal(v.record?.line, 2);
    assert.equal(v.registry, 'consent.csv');
  });

  it('revoked: the latest record wins (a STOP after the grant)', () => {
    assert.equal(reg.lookup(q('C-1', 'sms')).state, 'revoked');
  });

  it('a revocation beats a grant of the same date', () => {
    assert.equal(reg.lookup(q('C-4', 'email')).state, 'revoked');
  });

  it('expired: a grant older than maxAgeDays', () => {
    assert.equal(reg.lookup(q('C-3', 'email')).state, 'expired');
    assert.equal(reg.lookup({ ...q('C-3', 'email'), maxAgeDays: 1000 }).state, 'granted');
  });

  it('purpose "any" covers marketing and service', () => {
    assert.equal(reg.lookup(q('C-2', 'whatsapp', 'service')).state, 'granted');
    assert.equal(reg.lookup(q('C-2', 'whatsapp', 'marketing')).state, 'granted');
  });

  it('missing: unknown customer, other channel, other purpose', () => {
    assert.equal(reg.lookup(q('C-404', 'email')).state, 'missing');
    assert.equal(reg.lookup(q('C-1', 'whatsapp')).state, 'missing');
    assert.equal(reg.lookup(q('C-1', 'email', 'service')).state, 'missing');
  });

  it('an unavailable registry answers unknown, never granted', () => {
    const v = new UnavailableRegistry('https://crm.example', 'offline').lookup();
    assert.equal(v.state, 'unknown');
    assert.equal(v.detail, 'offline');
  });

  it('malformed rows get line-numbered errors and the good rows are kept', () => {
    const text = [
      'customer_id,channel,purpose,status,updated_at,source',
      'C-1,email,marketing,granted,2026-10-01,form',
      'C-2,fax,marketing,granted,2026-10-01,form',
      'C-3,email,marketing,maybe,2026-10-01,form',
      'C-4,email,"marketing,granted,2026-10-01,form',
      'C-5,email,marketing,granted,yesterday,form',
      ',email,marketing,granted,2026-10-01,form',
      'C-6,sms,service,granted,2026-10-02,form',
    ].join('\n');
    const { records, errors } = parseConsentCsv(text);
    assert.deepEqual(records.map((r) => r.customerId), ['C-1', 'C-6']);
    assert.deepEqual(errors.map((e) => e.line), [3, 4, 5, 6, 7]);
    // Messages never echo field values (they may be personal data).
    for (const e of errors) assert.ok(!/C-\d|yesterday|fax|maybe/.test(e.message), e.message);
  });

  it('one unclosed quote spoils one row, not the rest of the file', () => {
    const { records, errors } = parseConsentCsv('customer_id,channel,purpose,status,updated_at,source\n"C-1,email,marketing,granted,2026-10-01,x\nC-2,email,marketing,granted,2026-10-01,y\n');
    assert.equal(records.length, 1);
    assert.equal(errors[0].line, 2);
  });

  it('a header without required columns is one error on line 1', () => {
    const { records, errors } = parseConsentCsv('id,channel\nC-1,email\n');
    assert.equal(records.length, 0);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].line, 1);
    assert.match(errors[0].message, /customer_id/);
  });

  it('reads semicolon CSV (spreadsheets with a decimal comma), quoted fields, CRLF, BOM and any column order', () => {
    const text = '\uFEFFsource;status;customer_id;channel;purpose;updated_at\r\n"Formulario ""web""; ES";granted;C-1;email;marketing;2026-10-01\r\n';
    const { records, errors } = parseConsentCsv(text);
    assert.deepEqual(errors, []);
    assert.equal(records[0].source, 'Formulario "web"; ES');
    assert.equal(records[0].customerId, 'C-1');
  });

  it('an empty file is an error, not a crash', () => {
    assert.equal(parseConsentCsv('').errors.length, 1);
  });

  it('splitCsvLine follows RFC 4180 quoting', () => {
    assert.deepEqual(splitCsvLine('a,"b,c","d""e",', ','), ['a', 'b,c', 'd"e', '']);
    assert.equal(splitCsvLine('a,"b', ','), undefined);
  });

  it('JSON: array or {records}, snake_case or camelCase, numbered errors', () => {
    const json = JSON.stringify({
      records: [
        { customer_id: 'C-1', channel: 'email', purpose: 'marketing', status: 'granted', updated_at: '2026-10-01', source: 'form' },
        { customerId: 'C-2', channel: 'sms', purpose: 'any', status: 'revoked', updatedAt: '2026-10-01' },
        { customerId: 'C-3', channel: 'pigeon', purpose: 'any', status: 'revoked', updatedAt: '2026-10-01' },
        'nope',
      ],
    });
    const { records, errors } = parseConsentJson(json);
    assert.deepEqual(records.map((r) => r.customerId), ['C-1', 'C-2']);
    assert.deepEqual(errors.map((e) => e.line), [3, 4]);
    const reg2 = ConsentRegistry.fromText(json, 'consent.json');
    assert.equal(reg2.lookup(q('C-2', 'sms')).state, 'revoked');
  });

  it('JSON syntax errors name a line', () => {
    const { errors } = parseConsentJson('[\n{"a": 1},\n{oops}\n]');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].line, 3);
  });

  it('never throws on arbitrary CSV text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const r = parseConsentCsv('customer_id,channel,purpose,status,updated_at,source\n' + s);
        for (const e of r.errors) assert.ok(e.line >= 1);
      }),
    );
  });

  it('parses 100k rows quickly and linearly', () => {
    const rows = ['customer_id,channel,purpose,status,updated_at,source'];
    for (let i = 0; i < 100_000; i++) rows.push(`C-${i},email,marketing,granted,2026-10-01,form`);
    const t = performance.now();
    const r = ConsentRegistry.fromCsv(rows.join('\n'), 'big.csv');
    assert.equal(r.size, 100_000);
    assert.ok(performance.now() - t < 2000);
  });
});

describe('consent registry: loading without blocking', () => {
  it('loadConsentText yields every N lines and gives the same index as fromCsv', async () => {
    const { loadConsentText } = await import('../../src/core/consent');
    const rows = ['customer_id,channel,purpose,status,updated_at,source'];
    for (let i = 0; i < 10_000; i++) rows.push(`C-${i % 500},email,marketing,${i % 3 ? 'granted' : 'revoked'},2026-10-${String((i % 28) + 1).padStart(2, '0')},form`);
    rows.push('broken');
    const text = rows.join('\n');
    let turns = 0;
    const reg = await loadConsentText(text, 'c.csv', async () => void turns++, 1000);
    const sync = ConsentRegistry.fromCsv(text, 'c.csv');
    assert.equal(turns, 10);
    assert.equal(reg.size, sync.size);
    assert.deepEqual(reg.errors, sync.errors);
    for (const c of ['C-0', 'C-17', 'C-499']) assert.deepEqual(reg.lookup(q(c, 'email')), sync.lookup(q(c, 'email')));
  });
});
