// Writes the settings table of README.md from package.json (English descriptions), between
// <!-- settings:start --> and <!-- settings:end -->. `--check` exits 1 when README is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { URL } from 'node:url';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const nls = JSON.parse(readFileSync(new URL('package.nls.json', root), 'utf8'));

export function settingsTable() {
  const sections = [].concat(pkg.contributes.configuration);
  const rows = sections.flatMap((s) => Object.entries(s.properties));
  const text = (v) => String(v ?? '').replace(/^%(.*)%$/, (m, key) => nls[key] ?? m);
  const cell = (s) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const lines = ['| setting | scope | default | what it does |', '| --- | --- | --- | --- |'];
  for (const [key, v] of rows) {
    const def = JSON.stringify(v.default);
    const shown = def && def.length > 40 ? '(see Settings UI)' : `\`${def}\``;
    lines.push(`| \`${key}\` | ${v.scope ?? 'window'} | ${cell(shown)} | ${cell(text(v.markdownDescription ?? v.description))} |`);
  }
  return lines.join('\n');
}

const readmeUrl = new URL('README.md', root);
const readme = readFileSync(readmeUrl, 'utf8');
const re = /(<!-- settings:start -->)[\s\S]*?(<!-- settings:end -->)/;
if (!re.test(readme)) throw new Error('README.md has no settings markers');
const next = readme.replace(re, (_, a, b) => `${a}\n${settingsTable()}\n${b}`);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md settings table is out of date: run `node scripts/docs-settings.mjs`');
    process.exit(1);
  }
} else if (next !== readme) {
  writeFileSync(readmeUrl, next);
  console.error('README.md: settings table updated');
}
