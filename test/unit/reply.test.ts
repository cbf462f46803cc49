import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseReply, langOfLocale } from '../../src/core/reply';

describe('reply front matter', () => {
  it('reads every field and maps values to their UTF-16 offsets', () => {
    const text = '---\ncustomer: "C-1001"\nchannel: WhatsApp\npurpose: service\njurisdiction: pe\nlocale: es_PE\nlast_customer_message: 2026-11-20T09:00:00-05:00\nsend_at: 2026-11-20 10:00\nsubject: Su pedido 😀\n---\nHola 😀, su pedido salió.\n';
    const r = parseReply(text);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.meta, {
      customer: 'C-1001',
      channel: 'whatsapp',
      purpose: 'service',
      jurisdiction: 'PE',
      locale: 'es-PE',
      last_customer_message: '2026-11-20T09:00:00-05:00',
      send_at: '2026-11-20 10:00',
      subject: 'Su pedido 😀',
    });
    assert.equal(text.slice(r.fields.channel!.start, r.fields.channel!.end), 'WhatsApp');
    assert.equal(text.slice(r.fields.customer!.start, r.fields.customer!.end), '"C-1001"');
    assert.equal(text.slice(r.bodyOffset), r.body);
    assert.ok(r.body.startsWith('Hola 😀'));
  });

  it('keeps a plain numeric customer id as written (leading zeros are part of the id)', () => {
    assert.equal(parseReply('---\ncustomer: 00123\n---\nhola').meta.customer, '00123');
  });

  it('treats a reply without front matter as all body', () => {
    const r = parseReply('Hola, ---\nno es cabecera');
    assert.equal(r.bodyOffset, 0);
    assert.equal(r.frontMatter, undefined);
    assert.deepEqual(r.meta, {});
  });

  it('accepts a BOM and CRLF line ends', () => {
    const r = parseReply('\uFEFF---\r\nchannel: sms\r\n---\r\nHola');
    assert.equal(r.meta.channel, 'sms');
    assert.equal(r.body, 'Hola');
  });

  it('reports a bad channel with its line, without echoing the value, and keeps the other fields', () => {
    const text = '---\ncustomer: C-9\nchannel: fax\n---\nHola';
    const r = parseReply(text);
    assert.equal(r.meta.customer, 'C-9');
    assert.equal(r.meta.channel, undefined);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].line, 3);
    assert.equal(text.slice(r.problems[0].start, r.problems[0].end), 'fax');
    assert.ok(!r.problems[0].detail.includes('fax'));
  });

  it('reports YAML syntax errors on a line of the header and still finds the body', () => {
    const text = '---\ncustomer: C-1\nchannel: [sms\n---\nHola';
    const r = parseReply(text);
    assert.ok(r.problems.length >= 1);
    assert.ok(r.problems[0].line >= 2 && r.problems[0].line <= 3, `line ${r.problems[0].line}`);
    assert.equal(r.body, 'Hola');
  });

  it('reports an unclosed header on line 1 and checks the whole text as body', () => {
    const r = parseReply('---\nchannel: sms\nHola');
    assert.equal(r.problems[0].line, 1);
    assert.equal(r.bodyOffset, 0);
  });

  it('rejects bad dates, purposes and jurisdictions', () => {
    const r = parseReply('---\npurpose: sales\njurisdiction: Spain\nsend_at: mañana\n---\n');
    assert.deepEqual(r.problems.map((p) => p.detail.split(':')[0]), ['purpose', 'jurisdiction', 'send_at']);
  });

  it('a header that is a list, not a map, is a problem', () => {
    assert.equal(parseReply('---\n- a\n- b\n---\nx').problems.length, 1);
  });

  it('maps locales to UI languages', () => {
    assert.equal(langOfLocale('pt-BR'), 'pt');
    assert.equal(langOfLocale('fr-FR'), undefined);
  });

  it('never throws and keeps offsets in bounds (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 60 }), (yaml, body) => {
        const text = `---\n${yaml}\n---\n${body}`;
        const r = parseReply(text);
        assert.ok(r.bodyOffset >= 0 && r.bodyOffset <= text.length);
        for (const p of r.problems) assert.ok(p.start >= 0 && p.end <= text.length && p.start <= p.end);
        for (const s of Object.values(r.fields)) assert.ok(s.start >= 0 && s.end <= text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('is fast on a huge header-like input', () => {
    const text = '---\n' + 'a: b\n'.repeat(50_000);
    const t = performance.now();
    parseReply(text);
    assert.ok(performance.now() - t < 1000);
  });
});

describe('reply front matter: plain key-value headers', () => {
  it('reads "subject: Publicidad: novedades" (refused by strict YAML) as a plain line', () => {
    const text = '---\nchannel: email\nsubject: Publicidad: novedades\n---\nHola';
    const r = parseReply(text);
    assert.deepEqual(r.problems, []);
    assert.equal(r.meta.subject, 'Publicidad: novedades');
    assert.equal(text.slice(r.fields.subject!.start, r.fields.subject!.end), 'Publicidad: novedades');
  });
  it('still reports a header that is neither YAML nor key-value lines', () => {
    assert.equal(parseReply('---\nchannel: email\nthis is not a header\n  - [x\n---\nHola').problems.length > 0, true);
  });
});
