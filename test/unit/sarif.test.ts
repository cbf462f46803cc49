// SARIF that GitHub code scanning and the SARIF viewer accept: valid against the official
// SARIF 2.1.0 schema, rule metadata for every ruleIndex, repository-relative locations and
// fingerprints that never depend on (or contain) the raw value.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from '../support/cli';

const schema = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
// The schema's language pattern ("...]?$") is not valid in unicode mode.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const RAW = ['4111 1111 1111 1111', 'jane@example.com', '12345678Z', 'ES91 2100 0418 4502 0005 1332'];

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri?: string; defaultConfiguration: { level: string }; properties: { tags: string[] } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn?: number } }; logicalLocations?: { fullyQualifiedName: string }[] }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

async function sarifOf(args: string[], stdin = ''): Promise<{ text: string; log: SarifLog }> {
  const r = await runCli(['check', '--format', 'sarif', ...args], stdin);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return { text: r.stdout, log: JSON.parse(r.stdout) };
}


describe('SARIF output', () => {
  const exportsDir = relative(process.cwd(), join(__dirname, '..', 'fixtures', 'exports'));
  const inputs = ['zendesk-macros.json', 'freshdesk-canned.json', 'zendesk-macro-single.json', 'tickets.jsonl'].map((f) => join(exportsDir, f));

  it('validates against the official SARIF 2.1.0 schema', async () => {
    const { log } = await sarifOf(['--channel', 'email', ...inputs]);
    const ok = validate(log);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    assert.ok(log.runs[0].results.length >= 5, 'the fixtures have findings');
    // The schema itself must be able to fail.
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] }), false);
  });

  it('every result names its rule by ruleIndex, and every rule has the metadata GitHub shows', async () => {
    const { log } = await sarifOf(['--channel', 'email', ...inputs]);
    const { rules } = log.runs[0].tool.driver;
    for (const r of log.runs[0].results) assert.equal(rules[r.ruleIndex].id, r.ruleId);
    for (const rule of rules) {
      assert.ok(rule.name && /^[A-Za-z0-9]+$/.test(rule.name), rule.id);
      assert.ok(rule.shortDescription.text && rule.fullDescription.text, rule.id);
      assert.ok(rule.help.text.length > 20 && rule.help.markdown.length > 20, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
      assert.ok(rule.properties.tags.includes('privacy'), rule.id);
      assert.equal(rule.helpUri, undefined, 'no helpUri until there is a public docs URL');
    }
    assert.ok(rules.some((r) => r.id === 'marketing/unsubscribe-missing'));
    assert.ok(log.runs[0].results.some((r) => r.ruleId === 'marketing/unsubscribe-missing'), 'the marketing macro without unsubscribe is reported');
  });

  it('locations are repository-relative (%SRCROOT%), with the line and column in the export file', async () => {
    const { log } = await sarifOf([inputs[0]]);
    const file = readFileSync(inputs[0], 'utf8').split('\n');
    const card = log.runs[0].results.find((r) => r.ruleId === 'CREDIT_CARD')!;
    const loc = card.locations[0];
    assert.equal(loc.physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.equal(loc.physicalLocation.artifactLocation.uri, 'test/fixtures/exports/zendesk-macros.json');
    const { startLine, startColumn } = loc.physicalLocation.region;
    assert.equal(file[startLine - 1].slice(startColumn! - 1, startColumn! + 3), '4111');
    assert.equal(loc.logicalLocations?.[0].fullyQualifiedName, '360001/comment_value_html');
  });

  it('never contains a raw value, in messages or fingerprints', async () => {
    const { text } = await sarifOf(['--channel', 'email', ...inputs]);
    for (const raw of RAW) {
      assert.equal(text.includes(raw), false, `raw value in SARIF: ${raw.slice(0, 4)}…`);
      assert.equal(text.includes(raw.replace(/\s/g, '')), false);
    }
  });

  it('fingerprints: stable across runs, independent of the value, changed by the salt', async () => {
    const fp = async (text: string, extra: string[] = []) => (await sarifOf([...extra, '-'], text)).log.runs[0].results.map((r) => r.partialFingerprints);
    const a = await fp('Refunded to card 4111 1111 1111 1111 today.\n');
    assert.deepEqual(await fp('Refunded to card 4111 1111 1111 1111 today.\n'), a);
    assert.deepEqual(await fp('Refunded to card 5555 5555 5555 4444 today.\n'), a, 'another card in the same place: same alert');
    assert.notDeepEqual(await fp('Refunded to card 4111 1111 1111 1111 yesterday.\n'), a, 'other context: other alert');
    assert.notDeepEqual(await fp('Refunded to card 4111 1111 1111 1111 today.\n', ['--fingerprint-salt', 'acme']), a);
    assert.match(a[0].primaryLocationLineHash, /^[0-9a-f]{32}:1$/);
  });
});
