// The extension's manifest, translations and docs stay in step with its code.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { ENTITIES } from '../../src/core';
import { entityAnchors } from '../../src/extension/docs-anchors';
import { mergeContributions, uiLangFor } from '../../src/extension/scan-options';

const read = (p: string) => readFileSync(p, 'utf8');
const json = (p: string) => JSON.parse(read(p)) as Record<string, unknown>;
const pkg = json('package.json') as { contributes: { configuration: { properties: Record<string, unknown> }; commands: { command: string }[] }; l10n: string };
const sources = readdirSync('src/extension')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(`src/extension/${f}`))
  .join('\n');

/** The message literals passed to vscode.l10n.t (the export tool finds the same ones). */
function l10nStrings(): string[] {
  const out = new Set<string>();
  for (const m of sources.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) out.add(m[1].replace(/\\(.)/g, '$1'));
  return [...out];
}

describe('extension: manifest, translations and docs', () => {
  it('every UI string has a Spanish translation, and the bundle has no stale keys', () => {
    const es = json(`${pkg.l10n}/bundle.l10n.es.json`);
    const used = l10nStrings();
    assert.ok(used.length > 30, `found only ${used.length} l10n.t strings`);
    assert.deepEqual(used.filter((s) => typeof es[s] !== 'string' || !es[s]), [], 'missing in l10n/bundle.l10n.es.json');
    assert.deepEqual(Object.keys(es).filter((k) => !used.includes(k)), [], 'stale keys in l10n/bundle.l10n.es.json');
    for (const s of used) {
      const placeholders = (t: string) => (t.match(/\{\d+\}/g) ?? []).sort().join();
      assert.equal(placeholders(es[s] as string), placeholders(s), `placeholders differ for "${s}"`);
    }
  });

  it('package.nls.es.json translates exactly the keys of package.nls.json', () => {
    const en = json('package.nls.json');
    const es = json('package.nls.es.json');
    assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
    for (const k of Object.keys(en)) assert.ok(typeof es[k] === 'string' && es[k] !== '', `empty ${k}`);
  });

  it('every %key% in package.json exists in package.nls.json', () => {
    const en = json('package.nls.json');
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20);
    assert.deepEqual(keys.filter((k) => !(k in en)), []);
  });

  it('every contributed setting is read by the code', () => {
    const settings = read('src/extension/settings.ts') + read('src/extension/packs.ts') + read('src/extension/consent.ts') + read('src/extension/audit.ts');
    for (const key of Object.keys(pkg.contributes.configuration.properties)) {
      const name = key.replace(/^replyGuard\./, '');
      assert.match(settings, new RegExp(`get(<[^(]+>)?\\('${name}'\\)`), `${key} is never read`);
    }
  });

  it('every contributed command is registered', () => {
    const registered = [...sources.matchAll(/register\('(replyGuard\.[A-Za-z]+)'/g)].map((m) => m[1]);
    for (const { command } of pkg.contributes.commands) assert.ok(registered.includes(command), `${command} is not registered`);
  });

  it('the docs page has a heading for every entity the diagnostics link to', () => {
    const anchors = entityAnchors(read('docs/entities.md'));
    assert.deepEqual(ENTITIES.filter((e) => !anchors[e]), []);
  });

  it('maps the display language to the message language', () => {
    assert.equal(uiLangFor('es'), 'es');
    assert.equal(uiLangFor('es-419'), 'es');
    assert.equal(uiLangFor('pt-br'), 'pt');
    assert.equal(uiLangFor('en-gb'), 'en');
    assert.equal(uiLangFor('fr'), 'en');
    assert.equal(uiLangFor('esperanto'), 'en');
  });

  it('merges other providers into the options; custom patterns only when trusted', () => {
    const pattern = { id: 'ticket', entity: 'NATIONAL_ID' as const, pattern: 'T-\\d{6}', score: 0.9 };
    const contributions = [{ allowList: ['+34 900 000 000'], extraContext: { PHONE_NUMBER: ['centralita'] }, customPatterns: [pattern] }];
    const trusted = mergeContributions({ allowList: ['a@b.example'], extraContext: { PHONE_NUMBER: ['movil'] } }, contributions, true);
    assert.deepEqual(trusted.allowList, ['a@b.example', '+34 900 000 000']);
    assert.deepEqual(trusted.extraContext?.PHONE_NUMBER, ['movil', 'centralita']);
    assert.deepEqual(trusted.customPatterns, [pattern]);
    assert.equal(mergeContributions({}, contributions, false).customPatterns, undefined);
  });
});
