// The compliance report as HTML: the same page for the self-contained file
// (`reply-guard report --html`, CSS and JS inlined) and for the editor's webview (assets from
// media/report/ under a nonce CSP). Charts are inline SVG written here; no CDN, no network.
// Every text is escaped; rows hold where and what was found, never the value.
import { AUDIT_ACTIONS, type AuditAction } from './audit';
import type { ComplianceReport, CountRow } from './report';

export const REPORT_LABELS = {
  title: 'Reply Guard compliance report',
  generated: 'Generated',
  findings: 'Findings',
  personalData: 'Personal data',
  policyRules: 'Policy rules',
  filesAndRecords: 'Files and records with findings',
  byEntity: 'Personal data by entity',
  byRule: 'Findings by policy rule',
  byUnit: 'Files and macros with the most findings',
  overTime: 'Agent actions over time (audit log)',
  noAudit: 'No audit log given: agent actions over time need one (--audit, or replyGuard.audit.enabled in the editor).',
  table: 'Findings',
  where: 'Where',
  what: 'What',
  severity: 'Severity',
  record: 'Macro / record',
  showAll: 'Show all',
  filteredBy: 'Filtered by',
  none: 'Nothing found.',
  privacy: 'This report lists where personal data was found and of what kind; it never contains the values.',
  action_redaction: 'Redactions',
  action_snippet: 'Snippets inserted',
  'action_rule-fix': 'Rule fixes',
  'action_rule-disabled': 'Rules turned off',
  'action_value-ignored': 'Values ignored',
};
export type ReportLabels = typeof REPORT_LABELS;

export type ReportPage =
  | { mode: 'file'; nonce: string; css: string; js: string; labels?: ReportLabels; lang?: string }
  | { mode: 'webview'; nonce: string; cspSource: string; styleUri: string; scriptUri: string; labels?: ReportLabels; lang?: string };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ACTION_COLORS: Record<AuditAction, string> = { redaction: '#2f7fd1', snippet: '#2e9e5b', 'rule-fix': '#8a5cc7', 'rule-disabled': '#d1662f', 'value-ignored': '#c9a227' };
const SEVERITY_COLORS = { error: '#d13f3f', warning: '#d19a2f', info: '#2f7fd1', hint: '#7a7a7a' };

interface Bar {
  label: string;
  value: number;
  filter: string;
  color: string;
}

/** Horizontal bars, one per row; each bar is a filter button for the findings table. */
export function barChart(title: string, bars: readonly Bar[]): string {
  const shown = bars.slice(0, 20);
  const max = Math.max(1, ...shown.map((b) => b.value));
  const rowH = 24;
  // Sized for a half-width panel, so 12px text stays 12px on screen.
  const labelW = 250;
  const barW = 250;
  const height = Math.max(1, shown.length) * rowH + 8;
  const rows = shown
    .map((b, i) => {
      const y = i * rowH + 4;
      const w = Math.max(2, Math.round((b.value / max) * barW));
      const label = b.label.length > 34 ? `…${b.label.slice(-33)}` : b.label;
      return (
        `<g class="bar" data-filter="${escapeHtml(b.filter)}" tabindex="0" role="button" aria-label="${escapeHtml(`${b.label}: ${b.value}`)}">` +
        `<title>${escapeHtml(`${b.label}: ${b.value}`)}</title>` +
        `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end" class="label">${escapeHtml(label)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" rx="3" fill="${b.color}"></rect>` +
        `<text x="${labelW + w + 6}" y="${y + 16}" class="value">${b.value}</text></g>`
      );
    })
    .join('');
  return `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption><svg viewBox="0 0 ${labelW + barW + 60} ${height}" width="100%" role="img" aria-label="${escapeHtml(title)}">${rows}</svg></figure>`;
}

/** Stacked columns per day, one colour per audit action. */
export function timeChart(title: string, report: ComplianceReport, labels: ReportLabels): string {
  const { days, series } = report.audit;
  const w = 1100;
  const h = 200;
  const left = 36;
  const bottom = 24;
  const totals = days.map((_, i) => AUDIT_ACTIONS.reduce((s, a) => s + series[a][i], 0));
  const max = Math.max(1, ...totals);
  const step = (w - left) / Math.max(1, days.length);
  const colW = Math.max(2, Math.min(28, step - 2));
  let cols = '';
  days.forEach((day, i) => {
    let y = h - bottom;
    const x = left + i * step + (step - colW) / 2;
    for (const a of AUDIT_ACTIONS) {
      const v = series[a][i];
      if (!v) continue;
      const hh = ((h - bottom - 10) * v) / max;
      y -= hh;
      cols += `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${colW.toFixed(1)}" height="${hh.toFixed(1)}" fill="${ACTION_COLORS[a]}"><title>${escapeHtml(`${day} · ${labels[`action_${a}`]}: ${v}`)}</title></rect>`;
    }
  });
  const ticks = days.length ? [0, Math.floor((days.length - 1) / 2), days.length - 1].filter((v, i, a) => a.indexOf(v) === i) : [];
  const anchor = (i: number) => (i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle');
  const tickX = (i: number) => (i === 0 ? left + i * step : i === days.length - 1 ? left + (i + 1) * step : left + i * step + step / 2);
  const xLabels = ticks.map((i) => `<text x="${tickX(i).toFixed(1)}" y="${h - 6}" text-anchor="${anchor(i)}" class="label">${escapeHtml(days[i])}</text>`).join('');
  const axis = `<line x1="${left}" y1="${h - bottom}" x2="${w}" y2="${h - bottom}" class="axis"></line><text x="${left - 6}" y="16" text-anchor="end" class="label">${max}</text><text x="${left - 6}" y="${h - bottom}" text-anchor="end" class="label">0</text>`;
  const legend = AUDIT_ACTIONS.map((a) => `<span class="legend"><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="${ACTION_COLORS[a]}"></rect></svg> ${escapeHtml(labels[`action_${a}`])}: ${report.audit.totals[a]}</span>`).join(' ');
  return `<figure class="chart wide"><figcaption>${escapeHtml(title)}</figcaption><svg viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="${escapeHtml(title)}">${axis}${cols}${xLabels}</svg><div class="legends">${legend}</div></figure>`;
}

function entityBars(rows: readonly CountRow[], kind: 'entity' | 'rule'): Bar[] {
  return rows.map((r) => ({ label: r.key, value: r.count, filter: `${kind}:${r.key}`, color: kind === 'entity' ? '#2f7fd1' : '#8a5cc7' }));
}

export function renderReportHtml(report: ComplianceReport, page: ReportPage): string {
  const L = page.labels ?? REPORT_LABELS;
  const nonce = escapeHtml(page.nonce);
  const csp =
    page.mode === 'webview'
      ? `default-src 'none'; style-src ${page.cspSource}; script-src 'nonce-${nonce}'; img-src ${page.cspSource} data:; font-src ${page.cspSource};`
      : `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:;`;
  const head =
    page.mode === 'webview'
      ? `<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">`
      : `<style nonce="${nonce}">${page.css.replace(/<\/style/gi, '<\\/style')}</style>`;
  const script =
    page.mode === 'webview'
      ? `<script nonce="${nonce}" src="${escapeHtml(page.scriptUri)}"></script>`
      : `<script nonce="${nonce}">${page.js.replace(/<\/script/gi, '<\\/script')}</script>`;

  const t = report.totals;
  const cards = [
    [L.findings, t.findings, ''],
    [L.personalData, t.pii, ''],
    [L.policyRules, t.rules, ''],
    [L.filesAndRecords, `${t.unitsWithFindings} / ${t.units}`, ''],
  ]
    .map(([k, v]) => `<div class="card"><div class="num">${escapeHtml(String(v))}</div><div class="key">${escapeHtml(String(k))}</div></div>`)
    .join('');
  const severities = (Object.keys(SEVERITY_COLORS) as (keyof typeof SEVERITY_COLORS)[])
    .map((s) => `<span class="sev sev-${s}">${s}: ${t.bySeverity[s]}</span>`)
    .join(' ');

  const unitIndex = new Map(report.byUnit.map((u, i) => [`${u.file}\u0000${u.id ?? ''}\u0000${u.field ?? ''}`, i]));
  const unitBars: Bar[] = report.byUnit.map((u, i) => ({ label: u.name, value: u.count, filter: `unit:${i}`, color: u.bySeverity.error ? SEVERITY_COLORS.error : u.bySeverity.warning ? SEVERITY_COLORS.warning : SEVERITY_COLORS.info }));

  const rows = report.rows
    .map((r) => {
      const unit = unitIndex.get(`${r.file}\u0000${r.id ?? ''}\u0000${r.field ?? ''}`);
      const keys = [r.entity ? `entity:${r.entity}` : '', r.rule ? `rule:${r.rule}` : '', `unit:${unit}`].filter(Boolean).join(' ');
      const where = `${r.file}:${r.line}:${r.column}`;
      const href = r.uri ?? encodeURI(r.file.replace(/\\/g, '/'));
      const what = `${r.entity ?? r.rule ?? ''}${r.subtype ? `/${r.subtype}` : ''}`;
      return (
        `<tr data-keys="${escapeHtml(keys)}"><td><a class="open" href="${escapeHtml(href)}" data-uri="${escapeHtml(r.uri ?? '')}" data-line="${r.line}" data-column="${r.column}">${escapeHtml(where)}</a></td>` +
        `<td>${escapeHtml(r.id !== undefined ? `${r.id}${r.field ? ` / ${r.field}` : ''}` : '')}</td><td>${escapeHtml(what)}</td><td><span class="sev sev-${r.severity}">${r.severity}</span></td></tr>`
      );
    })
    .join('');

  const body = [
    `<header><h1>${escapeHtml(L.title)}</h1><p class="meta">${escapeHtml(L.generated)}: ${escapeHtml(report.generatedAt)} · ${severities}</p><p class="meta">${escapeHtml(L.privacy)}</p></header>`,
    `<section class="cards">${cards}</section>`,
    `<section class="charts">`,
    report.byEntity.length ? barChart(L.byEntity, entityBars(report.byEntity, 'entity')) : '',
    report.byRule.length ? barChart(L.byRule, entityBars(report.byRule, 'rule')) : '',
    unitBars.length ? barChart(L.byUnit, unitBars) : '',
    report.audit.days.length ? timeChart(L.overTime, report, L) : `<figure class="chart wide"><figcaption>${escapeHtml(L.overTime)}</figcaption><p class="meta">${escapeHtml(L.noAudit)}</p></figure>`,
    `</section>`,
    `<section><h2>${escapeHtml(L.table)} <span id="filter-status" class="meta"></span> <button id="clear-filter" type="button" hidden>${escapeHtml(L.showAll)}</button></h2>`,
    report.rows.length
      ? `<table id="findings"><thead><tr><th>${escapeHtml(L.where)}</th><th>${escapeHtml(L.record)}</th><th>${escapeHtml(L.what)}</th><th>${escapeHtml(L.severity)}</th></tr></thead><tbody>${rows}</tbody></table>`
      : `<p>${escapeHtml(L.none)}</p>`,
    `</section>`,
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(L.title)}</title>
${head}
</head>
<body data-filtered-label="${escapeHtml(L.filteredBy)}">
${body}
${script}
</body>
</html>
`;
}
