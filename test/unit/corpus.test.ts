// The labelled corpus cannot silently rot: it parses, its ids are unique, every labelled
// number with a checksum passes it (validated with stdnum/ibantools/libphonenumber, not with
// our detectors), and the generated files match their templates.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITIES } from '../../src/core';
import { CorpusError, corpusDir, loadAllowList, loadCheckSet, loadCorpus, loadPurpose, parseCorpus, parsePurpose } from '../../bench/corpus/corpus';
import { TEMPLATE_DIR, render, templateLocales } from '../../bench/corpus/generate';
import { VALIDATORS, luhnValid, phoneValid } from '../../bench/corpus/values';

const corpus = loadCorpus();
const [holdout, holdout2, holdout3, holdout4, holdout5, holdout6] = ['holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6'].map((name) => loadCheckSet(name));
const PHONE_REGIONS = ['ES', 'PE', 'MX', 'AR', 'CO', 'CL', 'BR', 'US', 'FR'];

/** Shape rules for IDs without a check digit. */
const SHAPES: Record<string, RegExp> = {
  PE_DNI: /^\d{8}$/,
  AR_DNI: /^\d{1,2}\.?\d{3}\.?\d{3}$/,
  CO_CC: /^\d{1,3}(\.?\d{3}){1,3}$/,
};

describe('labelled corpus', () => {
  it('has at least 250 replies over every locale', () => {
    assert.ok(corpus.length >= 250, `only ${corpus.length} replies`);
    const locales = new Set(corpus.map((r) => r.locale));
    for (const l of ['es-ES', 'es-PE', 'es-MX', 'es-AR', 'es-CO', 'es-CL', 'en-US', 'pt-BR']) assert.ok(locales.has(l), `no replies for ${l}`);
  });

  it('labels every entity at least 5 times', () => {
    for (const e of ENTITIES) {
      const n = corpus.reduce((acc, r) => acc + r.spans.filter((s) => s.entity === e).length, 0);
      assert.ok(n >= 5, `${e}: ${n} gold spans`);
    }
  });

  it('has unique ids and locale-prefixed ids', () => {
    const ids = corpus.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of corpus) assert.ok(r.id.startsWith(r.locale), `${r.id} is not in ${r.locale}`);
  });

  it('keeps gold spans inside the text and equal to their values', () => {
    for (const r of corpus) {
      for (const s of r.spans) {
        assert.equal(r.text.slice(s.start, s.end), s.value, `${r.id}: span ${s.start}-${s.end}`);
        assert.ok(!/^\s|\s$/.test(s.value), `${r.id}: padded value "${s.value}"`);
      }
    }
  });

  it('every labelled number with a checksum passes it (holdout sets too)', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const r of [...corpus, ...holdout, ...holdout2, ...holdout3, ...holdout4, ...holdout5, ...holdout6]) {
      for (const s of r.spans) {
        let valid: boolean | undefined;
        if (s.entity === 'CREDIT_CARD') valid = luhnValid(s.value);
        else if (s.entity === 'IBAN_CODE') valid = VALIDATORS[s.subtype ?? 'IBAN'](s.value);
        // Mexico retired the 044/045 and '+52 1' mobile prefixes in 2019; libphonenumber no longer
        // accepts them, customers still type them: validate the number behind the prefix.
        else if (s.entity === 'PHONE_NUMBER') valid = PHONE_REGIONS.some((region) => phoneValid(s.value.replace(/^04[45] /, '').replace(/^\+52 1 /, '+52 '), region));
        else if (s.entity === 'NATIONAL_ID') {
          assert.ok(s.subtype, `${r.id}: NATIONAL_ID "${s.value}" has no subtype`);
          const check = VALIDATORS[s.subtype!];
          const shape = SHAPES[s.subtype!];
          assert.ok(check || shape, `${r.id}: no validator for ${s.subtype}`);
          valid = check ? check(s.value) : shape.test(s.value);
        }
        if (valid === undefined) continue;
        checked++;
        if (!valid) failures.push(`${r.id}: ${s.entity}/${s.subtype ?? ''} "${s.value}"`);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(checked >= 100, `only ${checked} values checked`);
  });

  it('card subtypes agree with the issuer prefix', () => {
    const prefixes: Record<string, RegExp> = {
      VISA: /^4/,
      MASTERCARD: /^(5[1-5]|2[2-7])/,
      AMEX: /^3[47]/,
      DISCOVER: /^(6011|64[4-9]|65)/,
      DINERS: /^(30[0-5]|36|38)/,
      JCB: /^35/,
      UNIONPAY: /^62/,
      MAESTRO: /^(67|50|5[6-9]|6[0-9])/,
    };
    for (const r of corpus) {
      for (const s of r.spans.filter((x) => x.entity === 'CREDIT_CARD')) {
        assert.ok(s.subtype && prefixes[s.subtype], `${r.id}: card without a known brand`);
        assert.match(s.value.replace(/\D/g, ''), prefixes[s.subtype!], `${r.id}: ${s.subtype} "${s.value}"`);
      }
    }
  });

  it('generated files match their templates (edit the template, then run generate.ts)', () => {
    for (const locale of templateLocales()) {
      const { text } = render(locale, readFileSync(join(TEMPLATE_DIR, `${locale}.tpl`), 'utf8'));
      assert.equal(readFileSync(join(corpusDir(), `${locale}.txt`), 'utf8'), text, `${locale}.txt is stale`);
    }
  });

  it('has a holdout set of at least 60 replies, kept out of the main corpus', () => {
    assert.ok(holdout.length >= 60, `only ${holdout.length} holdout replies`);
    assert.ok(holdout.every((r) => r.id.startsWith(`holdout-${r.locale}`)));
    assert.ok(!corpus.some((r) => r.id.startsWith('holdout-')));
  });

  it('has a second holdout set of at least 80 replies, kept out of the main corpus and the first holdout', () => {
    assert.ok(holdout2.length >= 80, `only ${holdout2.length} holdout2 replies`);
    assert.ok(holdout2.every((r) => r.id.startsWith(`holdout2-${r.locale}`)));
    assert.ok(!corpus.some((r) => r.id.startsWith('holdout')));
    assert.ok(!holdout.some((r) => r.id.startsWith('holdout2-')));
  });

  for (const { name, set, min, earlier } of [
    { name: 'holdout3', set: holdout3, min: 75, earlier: [holdout, holdout2] },
    { name: 'holdout4', set: holdout4, min: 45, earlier: [holdout, holdout2, holdout3] },
    { name: 'holdout5', set: holdout5, min: 45, earlier: [holdout, holdout2, holdout3, holdout4] },
    { name: 'holdout6', set: holdout6, min: 45, earlier: [holdout, holdout2, holdout3, holdout4, holdout5] },
  ]) {
    it(`has a ${name} set of at least ${min} replies in every locale, kept out of the main corpus and the other holdouts`, () => {
      assert.ok(set.length >= min, `only ${set.length} ${name} replies`);
      assert.ok(set.every((r) => r.id.startsWith(`${name}-${r.locale}`)));
      const locales = new Set(set.map((r) => r.locale));
      for (const l of ['es-ES', 'es-PE', 'es-MX', 'es-AR', 'es-CO', 'es-CL', 'en-US', 'pt-BR']) assert.ok(locales.has(l), `no ${name} replies for ${l}`);
      assert.ok(!corpus.some((r) => r.id.startsWith('holdout')));
      assert.ok(!earlier.flat().some((r) => r.id.startsWith(`${name}-`)));
    });
  }

  it('has an allow-list with the company lines', () => {
    const allow = loadAllowList();
    assert.ok(allow.includes('900 100 200'));
    assert.ok(allow.every((v) => !v.startsWith('#')));
  });

  it('rejects malformed corpus text', () => {
    assert.throws(() => parseCorpus('=== x\nhola', 'bad.txt'), CorpusError);
    assert.throws(() => parseCorpus('=== a-1 es-ES\n[[NOT_AN_ENTITY:x]]', 'bad.txt'), CorpusError);
    assert.throws(() => parseCorpus('=== a-1 es-ES\nDNI {{ES_DNI}}', 'bad.txt'), CorpusError);
    assert.throws(() => parseCorpus('=== a-1 es-ES\n[[PERSON: Ana Ruiz]]', 'bad.txt'), CorpusError);
    assert.throws(() => parseCorpus('hola\n=== a-1 es-ES\nx', 'bad.txt'), CorpusError);
    assert.throws(() => parseCorpus('=== a-1 es-ES\n\n=== a-2 es-ES\nx', 'bad.txt'), CorpusError);
  });
});

describe('purpose set', () => {
  const set = loadPurpose();
  it('has about 80 replies with both purposes in es, en and pt', () => {
    assert.ok(set.length >= 80, `only ${set.length}`);
    for (const lang of ['es', 'en', 'pt']) {
      for (const purpose of ['service', 'marketing']) assert.ok(set.some((r) => r.lang === lang && r.purpose === purpose), `no ${lang} ${purpose}`);
    }
  });
  it('rejects a bad header', () => {
    assert.throws(() => parsePurpose('=== p-1 es promo\nhola', 'bad.txt'), CorpusError);
  });
});
