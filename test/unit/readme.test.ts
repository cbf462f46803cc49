import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('documents every contributed setting (scripts/docs-settings.mjs keeps the table current)', () => {
    assert.doesNotThrow(() => execFileSync(process.execPath, ['scripts/docs-settings.mjs', '--check'], { stdio: 'pipe' }));
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const section of [].concat(pkg.contributes.configuration) as { properties: Record<string, unknown> }[]) {
      for (const key of Object.keys(section.properties)) assert.ok(readme.includes(`\`${key}\``), key);
    }
  });

  it('gives the two commands and links only files that exist', () => {
    assert.match(readme, /npm start/);
    assert.match(readme, /npm test/);
    for (const [, target] of readme.matchAll(/\]\(((?!https?:)[^)#]+)(?:#[^)]*)?\)/g)) assert.ok(existsSync(target), `README links ${target}`);
  });
});
