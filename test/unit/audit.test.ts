// The audit log's line format: entity or rule, masked form, salted hash; never the raw value.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { auditHash, formatAuditLine, parseAuditLog, redactionEntries, safeReason } from '../../src/core/audit';
import { sha256Hex } from '../../src/core/sha256';
import { scan } from '../../src/core';

const CARD = '4111 1111 1111 1111';
const EMAIL = 'jane@example.com';
const DNI = '12345678Z';
const CTX = { time: '2026-11-20T10:00:00+01:00', file: 'replies/refund.md', salt: 'install-salt' };

describe('audit: sha256', () => {
  it('matches the FIPS 180-4 test vectors and node:crypto', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => sha256Hex(s) === createHash('sha256').update(s, 'utf8').digest('hex')));
  });
});

describe('audit: line format', () => {
  const text = `Refund to ${CARD}; copy to ${EMAIL}; DNI ${DNI}.`;
  const findings = scan(text, { lang: 'en' });

  it('one line per redacted value: entity, subtype, salted hash, masked form, fix; keys in a fixed order', () => {
    const entries = redactionEntries(text, findings, 'redact.mask', CTX);
    assert.deepEqual(entries.map((e) => e.entity), ['CREDIT_CARD', 'EMAIL_ADDRESS', 'NATIONAL_ID']);
    const line = formatAuditLine(entries[0]);
    assert.deepEqual(Object.keys(JSON.parse(line)), ['time', 'file', 'action', 'entity', 'subtype', 'hash', 'masked', 'fix']);
    assert.match(line, /"hash":"sha256:[0-9a-f]{64}"/);
    assert.match(JSON.parse(line).masked, /1111$/);
    assert.equal(line.includes('\n'), false);
  });

  it('no raw value in any line, in any spelling', () => {
    const lines = redactionEntries(text, findings, 'redact.all', CTX).map(formatAuditLine).join('\n');
    for (const raw of [CARD, CARD.replace(/ /g, ''), EMAIL, DNI, '12345678']) assert.equal(lines.includes(raw), false, raw);
  });

  it('the hash is salted, stable per installation and ignores separators', () => {
    assert.equal(auditHash('a', 'CREDIT_CARD', CARD), auditHash('a', 'CREDIT_CARD', CARD.replace(/ /g, '')));
    assert.notEqual(auditHash('a', 'CREDIT_CARD', CARD), auditHash('b', 'CREDIT_CARD', CARD));
    assert.notEqual(auditHash('a', 'CREDIT_CARD', CARD), `sha256:${sha256Hex(CARD)}`, 'not the bare hash of the value');
  });

  it('masks personal data in the agent\'s reason', () => {
    const reason = safeReason(`customer asked, her email is ${EMAIL}`);
    assert.equal(reason.includes(EMAIL), false);
    assert.match(reason, /^customer asked, her email is /);
    assert.equal(safeReason('  false positive: order number  '), 'false positive: order number');
  });

  it('reads a log back and names lines that are not entries (a torn last line)', () => {
    const good = formatAuditLine({ time: CTX.time, file: 'a.md', action: 'rule-disabled', rule: 'consent/missing', reason: 'test' });
    const parsed = parseAuditLog(`${good}\n{"time":"x","action":"nope","file":""}\n${good.slice(0, 20)}`);
    assert.equal(parsed.entries.length, 1);
    assert.deepEqual(parsed.badLines, [2, 3]);
  });
});
