import { CHECK_NAMES, type CheckName } from '../household/assessment';
import type { CheckStatus, Evidence } from '../reasons/types';
import { chartSpecs, COLOURS, type ChartSpec } from './charts';
import { formatCount } from './format';
import { reportText } from './catalog';
import type { ReportMessageCode } from './messages';
import type { RateModel, ReportModel, ReportVillage } from './report-model';

/** What {@link renderReportHtml} needs besides the model. */
export interface RenderOptions {
  /** The chart library's browser build (ECharts), inlined into the page. */
  readonly chartScript: string;
  /** The tuopin version named in the footer. */
  readonly version?: string | undefined;
}

/** Escapes text for HTML content and attribute values. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** JSON safe inside a `<script>` element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** `中文<span class="en">English</span>`: Chinese first, English secondary. */
function t(code: ReportMessageCode, evidence: Evidence = {}): string {
  const m = reportText(code, evidence);
  return `${esc(m['zh-CN'])} <span class="en">${esc(m.en)}</span>`;
}

/** `中文 English` as plain text (a unit after a figure). */
function plain(code: ReportMessageCode): string {
  const m = reportText(code);
  return `${esc(m['zh-CN'])} ${esc(m.en)}`;
}

/** The Chinese text alone (a unit after a figure). */
function zh(code: ReportMessageCode): string {
  return esc(reportText(code)['zh-CN']);
}

/** A number carrying the model path it shows, so the browser test compares it with the JSON. */
function num(value: number, field: string): string {
  return `<span class="num" data-field="${esc(field)}">${formatCount(value)}</span>`;
}

function rateSpan(r: RateModel | undefined, field: string): string {
  return r === undefined ? '<span class="num">—</span>' : `<span class="num" data-field="${esc(field)}" data-rate="true">${esc(r.text)}</span>`;
}

const STATUS_CODE: Record<CheckStatus, ReportMessageCode> = {
  met: 'village-status/met',
  unmet: 'village-status/unmet',
  unknown: 'village-status/unknown',
};

function checkList(checks: readonly CheckName[]): string {
  return checks.length === 0 ? '' : checks.map((c) => esc(reportText(`check/${c}`)['zh-CN'])).join('、');
}

function headline(model: ReportModel): string {
  const h = model.headline;
  const thresholds = h.thresholds.map((r) => r.text);
  const threshold =
    thresholds.length === 0 ? reportText('report/threshold-unknown')['zh-CN'] : thresholds.length === 1 ? thresholds[0]! : reportText('report/threshold-range', { low: thresholds[0]!, high: thresholds[1]! })['zh-CN'];
  const incidence =
    h.incidence === undefined
      ? `<div class="big">—</div><div class="sub">${t('report/incidence-missing')}</div>`
      : `<div class="big">${rateSpan(h.incidence, 'headline.incidence')}</div>
         <div class="sub">${num(h.incidence.numerator, 'headline.incidence.numerator')} ÷ ${num(h.incidence.denominator, 'headline.incidence.denominator')}
         <br>${t('report/poor-persons')} ÷ ${t('report/population')}<br>
         ${t('report/threshold')} ${esc(threshold)}${model.county.western === undefined && thresholds.length === 2 ? ` · ${t('report/threshold-unknown')}` : ''}</div>`;
  const card = (label: string, body: string, cls = '') => `<div class="card ${cls}"><div class="label">${label}</div>${body}</div>`;
  const cards = [
    card(`${t('report/households')} / ${t('report/persons')}`, `<div class="big">${num(h.households, 'headline.households')}</div><div class="sub">${num(h.persons, 'headline.persons')} ${plain('report/unit-persons')}</div>`),
    card(t('report/poor'), `<div class="big">${num(h.poorHouseholds, 'headline.poorHouseholds')} ${zh('report/unit-households')}</div><div class="sub">${num(h.poorPersons, 'headline.poorPersons')} ${plain('report/unit-persons')}</div>`),
    card(t('report/exited'), `<div class="big">${num(h.exitedHouseholds, 'headline.exitedHouseholds')} ${zh('report/unit-households')}</div><div class="sub">${num(h.exitedPersons, 'headline.exitedPersons')} ${plain('report/unit-persons')} · ${t('report/monitored')} ${num(h.monitoredHouseholds, 'headline.monitoredHouseholds')}</div>`),
    card(t('report/compliant'), `<div class="big">${num(h.compliantHouseholds, 'headline.compliantHouseholds')} ${zh('report/unit-households')}</div><div class="sub">/ ${num(h.households, 'headline.households')} ${plain('report/unit-households')}</div>`),
    card(t('report/incidence'), incidence, h.incidence === undefined ? '' : 'rate'),
    card(
      t('report/wrongly-exited-risk'),
      `<div class="big warn">${num(h.exitedNotCompliant.households, 'headline.exitedNotCompliant.households')} ${zh('report/unit-households')}</div><div class="sub">${num(h.exitedNotCompliant.persons, 'headline.exitedNotCompliant.persons')} ${plain('report/unit-persons')}</div>`,
      h.exitedNotCompliant.households > 0 ? 'alert' : '',
    ),
  ];
  const vs = h.villageStatus;
  const legend = (['met', 'unmet', 'unknown'] as const)
    .map((s) => `<span class="chip ${s}">${t(STATUS_CODE[s])} ${num(vs[s], `headline.villageStatus.${s}`)}</span>`)
    .join(' ');
  let exit = `<p class="muted">${t('report/county-exit-none')}</p>`;
  if (h.countyExit !== undefined) {
    const rows = h.countyExit.checks
      .map(
        (c) => `<tr><td>${t(`county-check/${c.name}`)}</td><td>${c.value === undefined ? '—' : rateSpan(c.value, `headline.countyExit.${c.name}.value`)}</td>
        <td>${c.threshold === undefined ? '—' : esc(c.threshold.text)}</td><td><span class="chip ${c.status}">${t(`check-status/${c.status}`)}</span></td></tr>`,
      )
      .join('');
    const missing = h.countyExit.checks.filter((c) => c.value === undefined);
    const notes = [
      ...(missing.some((c) => c.name === 'incidence') ? [t('report/county-exit-components-missing')] : []),
      ...(missing.some((c) => c.name !== 'incidence') ? [t('report/county-exit-sample-missing')] : []),
    ];
    exit = `<table class="exit"><caption>${t('report/county-exit')}：<span class="chip ${h.countyExit.status}" data-field="headline.countyExit.status" data-text="${h.countyExit.status}">${t(`check-status/${h.countyExit.status}`)}</span></caption>
      <thead><tr><th>${t('report/check')}</th><th>${t('report/value')}</th><th>${t('report/threshold')}</th><th>${t('report/status')}</th></tr></thead><tbody>${rows}</tbody></table>
      ${notes.length === 0 ? '' : `<p class="muted small">${notes.join('；')}</p>`}`;
  }
  return `<section id="headline"><h2>${t('report/headline')}</h2><div class="cards">${cards.join('')}</div>
    <div class="headline-more"><div><p class="villages-line">${t('report/village-exit')}：${legend}</p>
    ${townshipTable(model)}
    ${h.rejected > 0 ? `<p class="muted small">${t('report/rejected', { n: formatCount(h.rejected) })}</p>` : ''}</div>
    <div>${exit}</div></div></section>`;
}

/** The townships at a glance: incidence and the villages' verdicts. */
function townshipTable(model: ReportModel): string {
  const rows = model.townships
    .map(
      (tw, i) => `<tr><td>${esc(tw.name ?? tw.code)}</td><td>${num(tw.households, `townships.${i}.households`)}</td><td>${rateSpan(tw.incidence, `townships.${i}.incidence`)}</td>
      ${(['met', 'unmet', 'unknown'] as const).map((s) => `<td class="${tw.villageStatus[s] > 0 && s !== 'met' ? `warn-${s}` : ''}">${num(tw.villageStatus[s], `townships.${i}.villageStatus.${s}`)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table class="compact townships"><thead><tr><th>${t('report/township')}</th><th>${t('report/households')}</th><th>${t('report/incidence')}</th>
    <th>${t('village-status/met')}</th><th>${t('village-status/unmet')}</th><th>${t('village-status/unknown')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function cell(v: ReportVillage, i: number): string {
  return `<a class="cell ${v.status}" href="#${esc(v.anchor)}" data-village="${esc(v.code)}" title="${esc(reportText(STATUS_CODE[v.status])['zh-CN'])}">
    <span class="vname">${esc(v.name ?? v.code)}</span>
    <span class="vrate">${rateSpan(v.incidence, `villages.${i}.incidence`)}</span>
    <span class="vcounts">✗ ${num(v.failingHouseholds, `villages.${i}.failingHouseholds`)} · ? ${num(v.unknownHouseholds, `villages.${i}.unknownHouseholds`)}</span>
    <span class="vchecks">${checkList(v.failingChecks) || '&nbsp;'}</span></a>`;
}

function battleMap(model: ReportModel): string {
  const index = new Map(model.villages.map((v, i) => [v.code, i]));
  const groups = model.townships.map((tw) => {
    const cells = tw.villages.map((code) => cell(model.villages[index.get(code) as number] as ReportVillage, index.get(code) as number)).join('');
    return `<div class="township"><div class="tname">${esc(tw.name ?? tw.code)}<span class="tcode">${esc(tw.code)}</span><span class="trate">${tw.incidence === undefined ? '' : esc(tw.incidence.text)}</span></div><div class="cells">${cells || `<span class="muted">${t('report/none')}</span>`}</div></div>`;
  });
  return `<section id="battle-map"><h2>${t('report/battle-map')}</h2><p class="muted small">${t('report/battle-map-note')}</p>
    <p class="legend">${(['met', 'unmet', 'unknown'] as const).map((s) => `<span class="chip ${s}">${t(STATUS_CODE[s])}</span>`).join(' ')}</p>
    ${groups.join('')}</section>`;
}

function chartBox(spec: ChartSpec, cls = ''): string {
  return `<figure class="chart-box ${cls}"><figcaption>${esc(spec.title['zh-CN'])} <span class="en">${esc(spec.title.en)}</span></figcaption><div class="chart" id="${esc(spec.id)}" style="height:${spec.height}px"></div></figure>`;
}

function byCheck(model: ReportModel, specs: readonly ChartSpec[]): string {
  const boxes = CHECK_NAMES.map((c) => specs.find((s) => s.id === `chart-check-${c}`))
    .filter((s): s is ChartSpec => s !== undefined)
    .map((s, i) => {
      const check = model.checks[i]!;
      return chartBox({ ...s, title: { 'zh-CN': `${s.title['zh-CN']}：✗ ${formatCount(check.unmet)} · ? ${formatCount(check.unknown)}`, en: s.title.en } });
    });
  const totals = model.checks
    .map((c, i) => `<tr><td>${t(`check/${c.check}`)}</td><td>${num(c.unmet, `checks.${i}.unmet`)}</td><td>${num(c.unknown, `checks.${i}.unknown`)}</td></tr>`)
    .join('');
  return `<section id="by-check"><h2>${t('report/by-check')}</h2>
    <p class="legend"><span class="chip failing">${t('report/failing')}</span> <span class="chip unknown-count">${t('report/unknown')}</span></p>
    <div class="grid">${boxes.join('')}</div>
    <table class="compact"><thead><tr><th>${t('report/check')}</th><th>${t('report/failing')}</th><th>${t('report/unknown')}</th></tr></thead><tbody>${totals}</tbody></table></section>`;
}

function timetable(model: ReportModel, specs: readonly ChartSpec[]): string {
  const ledger = model.ledger;
  if (ledger === undefined) return `<section id="timetable"><h2>${t('report/timetable')}</h2><p class="muted">${t('report/no-ledger')}</p></section>`;
  const c = ledger.counts;
  const boxes = specs.filter((s) => s.id === 'chart-burndown' || s.id === 'chart-overdue').map((s) => chartBox(s, 'wide'));
  const rows = ledger.byUnit.map((u, i) => `<tr><td>${esc(u.unit)}</td><td>${num(u.open, `ledger.byUnit.${i}.open`)}</td><td>${num(u.overdue, `ledger.byUnit.${i}.overdue`)}</td></tr>`).join('');
  return `<section id="timetable"><h2>${t('report/timetable')}</h2>
    <p>${t('report/total')} ${num(c.total, 'ledger.counts.total')} · ${t('ledger-status/closed')} ${num(c.closed, 'ledger.counts.closed')} ·
      ${t('report/overdue')} ${num(c.overdue, 'ledger.counts.overdue')} · ${t('report/month-end-target', { date: ledger.monthEnd })}</p>
    ${ledger.rejected > 0 ? `<p class="muted small">${t('report/ledger-rejected', { n: formatCount(ledger.rejected) })}</p>` : ''}
    ${boxes.join('')}
    <table class="compact"><thead><tr><th>${t('report/unit')}</th><th>${t('report/open-entries')}</th><th>${t('report/overdue')}</th></tr></thead><tbody>${rows || `<tr><td colspan="3">${t('report/none')}</td></tr>`}</tbody></table></section>`;
}

function industry(model: ReportModel, specs: readonly ChartSpec[]): string {
  const ind = model.industry;
  if (ind === undefined) return `<section id="industry"><h2>${t('report/industry')}</h2><p class="muted">${t('report/no-plan')}</p></section>`;
  const box = specs.find((s) => s.id === 'chart-industry');
  const rows = ind.zones
    .map(
      (z, i) => `<tr><td>${esc(z.id)}</td><td>${esc(z.name)}</td><td>${t(`zone-kind/${z.kind}`)}</td><td>${num(z.outputValuePerMu, `industry.zones.${i}.outputValuePerMu`)}</td>
      <td>${z.targetPerMu === undefined ? '—' : num(z.targetPerMu, `industry.zones.${i}.targetPerMu`)}</td><td>${z.gapPerMu === undefined ? '—' : num(z.gapPerMu, `industry.zones.${i}.gapPerMu`)}</td>
      <td><span class="chip ${z.status === 'no-target' ? 'unknown' : z.status}">${t(`target-status/${z.status}`)}</span></td></tr>`,
    )
    .join('');
  return `<section id="industry"><h2>${t('report/industry')}</h2>${box === undefined ? '' : chartBox(box, 'wide')}
    <table class="compact"><thead><tr><th>${t('report/zone')}</th><th>${t('report/name')}</th><th>${t('report/kind')}</th><th>${t('report/per-mu')}</th><th>${t('report/target')}</th><th>${t('report/gap')}</th><th>${t('report/status')}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function monitoring(model: ReportModel, specs: readonly ChartSpec[]): string {
  if (model.monitoring === undefined) return `<section id="monitoring"><h2>${t('report/monitoring')}</h2><p class="muted">${t('report/no-monitoring')}</p></section>`;
  const boxes = specs.filter((s) => s.id.startsWith('chart-monitoring-')).map((s) => chartBox(s));
  // The counts as text too: they print, and a reader without scripts sees them.
  const lists = model.monitoring
    .map((group, g) => {
      const items = group.counts.map((c, i) => `<li>${esc(c.label['zh-CN'])} <span class="en">${esc(c.label.en)}</span> ${num(c.count, `monitoring.${g}.counts.${i}.count`)}</li>`);
      return `<div class="monitoring-counts"><h3>${esc(group.title['zh-CN'])} <span class="en">${esc(group.title.en)}</span></h3><ul>${items.join('')}</ul></div>`;
    })
    .join('');
  return `<section id="monitoring"><h2>${t('report/monitoring')}</h2><div class="grid">${boxes.join('')}</div><div class="grid">${lists}</div></section>`;
}

/** The warnings about the files read, each with its file and row; nothing when there are none. */
function warnings(model: ReportModel): string {
  if (model.warnings.length === 0) return '';
  const items = model.warnings.map((w) => {
    const row = w.row === undefined ? '' : `, ${t('report/warning-row', { n: w.row })}`;
    return `<li><span class="mono">${esc(w.file)}</span>${row}: ${esc(w.message['zh-CN'])} <span class="en">${esc(w.message.en)}</span> <span class="muted small mono">${esc(w.code)}</span></li>`;
  });
  return `<section id="warnings"><h2>${t('report/warnings')} (${num(model.warnings.length, 'warnings.length')})</h2><p class="muted small">${t('report/warnings-note')}</p><ul>${items.join('')}</ul></section>`;
}

function villageSection(v: ReportVillage, i: number, model: ReportModel): string {
  const tw = model.townships.find((x) => x.code === v.townshipCode);
  const checks = CHECK_NAMES.map((c) => `<td>${num(v.unmet[c], `villages.${i}.unmet.${c}`)}</td>`).join('');
  const unknown = CHECK_NAMES.map((c) => `<td>${num(v.unknown[c], `villages.${i}.unknown.${c}`)}</td>`).join('');
  const households = v.nonCompliant
    .map(
      (h) => `<tr><td class="mono">${esc(h.id)}</td><td>${t(`household-status/${h.status}`)}</td><td>${checkList(h.unmetChecks) || '—'}</td><td>${checkList(h.unknownChecks) || '—'}</td></tr>`,
    )
    .join('');
  const more = v.nonCompliantHouseholds - v.nonCompliant.length;
  const ledger = v.openLedger
    .map(
      (e) => `<tr><td class="mono">${esc(e.id)}</td><td>${t(`ledger-category/${e.category}`)}</td><td>${t(`ledger-status/${e.status}`)}</td><td>${esc(e.deadline)}${e.daysOverdue > 0 ? ` <span class="chip unmet">${t('report/overdue')} ${e.daysOverdue}</span>` : ''}</td><td>${esc(e.responsibleUnit)}</td></tr>`,
    )
    .join('');
  return `<section class="village" id="${esc(v.anchor)}">
    <h3><span class="chip ${v.status}">${t(STATUS_CODE[v.status])}</span> ${esc(v.name ?? v.code)} <span class="tcode">${esc(v.code)}</span> <span class="muted small">${esc(tw?.name ?? v.townshipCode)}</span></h3>
    <p>${t('report/households')} ${num(v.households, `villages.${i}.households`)} · ${t('report/persons')} ${num(v.persons, `villages.${i}.persons`)} ·
      ${t('report/poor-persons')} ${num(v.poorPersons, `villages.${i}.poorPersons`)} · ${t('report/population')} ${v.ruralPopulation === undefined ? '—' : num(v.ruralPopulation, `villages.${i}.ruralPopulation`)} ·
      ${t('report/incidence')} ${rateSpan(v.incidence, `villages.${i}.incidence`)}</p>
    <table class="compact checks"><thead><tr><th></th>${CHECK_NAMES.map((c) => `<th>${t(`check/${c}`)}</th>`).join('')}</tr></thead>
      <tbody><tr><th>✗ ${t('report/failing')}</th>${checks}</tr><tr><th>? ${t('report/unknown')}</th>${unknown}</tr></tbody></table>
    <h4>${t('report/non-compliant')} ${num(v.nonCompliantHouseholds, `villages.${i}.nonCompliantHouseholds`)}</h4>
    ${households === '' ? `<p class="muted">${t('report/none')}</p>` : `<table class="compact"><thead><tr><th>${t('report/id')}</th><th>${t('report/status')}</th><th>${t('report/checks-failing')}</th><th>${t('report/checks-unknown')}</th></tr></thead><tbody>${households}</tbody></table>`}
    ${more > 0 ? `<p class="muted">${t('report/more', { n: formatCount(more) })}</p>` : ''}
    <h4>${t('report/open-ledger')} ${num(v.openLedger.length, `villages.${i}.openLedger.length`)}</h4>
    ${ledger === '' ? `<p class="muted">${t('report/none')}</p>` : `<table class="compact"><thead><tr><th>${t('report/id')}</th><th>${t('report/category')}</th><th>${t('report/status')}</th><th>${t('report/deadline')}</th><th>${t('report/unit')}</th></tr></thead><tbody>${ledger}</tbody></table>`}
    <p class="back"><a href="#battle-map">↑ ${t('report/back-to-map')}</a></p></section>`;
}

const STYLE = `
:root{--met:${COLOURS.met};--unmet:${COLOURS.unmet};--unknown:${COLOURS.unknown};--amber:${COLOURS.unknownCount};--ink:#1d2330;--muted:#5f6673;--line:#d9dde3;--bg:#f5f6f8}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:var(--ink);background:var(--bg);font-size:14px;line-height:1.5}
body{margin:0}
main{max-width:1120px;margin:0 auto;padding:16px 20px 40px;background:#fff}
header.top{border-bottom:3px solid var(--unmet);padding-bottom:8px;margin-bottom:8px}
h1{font-size:24px;margin:4px 0}
h2{font-size:18px;margin:22px 0 8px;border-left:4px solid var(--unmet);padding-left:8px}
h3{font-size:16px;margin:16px 0 6px}
h4{font-size:14px;margin:10px 0 4px}
.en{color:var(--muted);font-weight:normal;font-size:.86em}
.muted{color:var(--muted)}.small{font-size:12px}
.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:10px}
.card{border:1px solid var(--line);border-radius:6px;padding:6px 12px;background:#fff}
.card .label{font-size:13px;color:var(--muted)}
.card .big{font-size:22px;font-weight:600;font-variant-numeric:tabular-nums}
.card .sub{font-size:12px;color:var(--muted)}
.card.alert{border-color:var(--unmet);background:#fff5f5}
.warn{color:var(--unmet)}
.chip{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:12px;line-height:20px;white-space:nowrap}
.chip .en{color:#f1f1f1}
.chip.met{background:var(--met)}.chip.unmet,.chip.failing{background:var(--unmet)}.chip.unknown{background:var(--unknown)}.chip.unknown-count{background:var(--amber)}
.township{display:flex;gap:8px;align-items:stretch;border-top:1px solid var(--line);padding:6px 0;break-inside:avoid}
.tname{width:120px;flex:none;font-weight:600}
.tcode{display:block;font-weight:normal;font-size:11px;color:var(--muted);font-family:ui-monospace,monospace}
h3 .tcode{display:inline}
.trate{display:block;font-weight:normal;font-size:12px}
.cells{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:6px;flex:1}
.cell{display:flex;flex-direction:column;padding:6px 8px;border-radius:5px;color:#fff;text-decoration:none;min-height:74px}
.cell.met{background:var(--met)}.cell.unmet{background:var(--unmet)}.cell.unknown{background:var(--unknown)}
.cell:hover,.cell:focus{outline:3px solid #1565c0}
.vname{font-weight:600}.vrate{font-size:15px}.vcounts,.vchecks{font-size:12px}
.grid{display:grid;grid-template-columns:repeat(2,1fr);gap:10px}
.monitoring-counts h3{font-size:13px;margin:6px 0}.monitoring-counts ul{list-style:none;margin:0;padding:0;columns:2;font-size:12px}.monitoring-counts li{break-inside:avoid}
figure.chart-box{margin:0;border:1px solid var(--line);border-radius:6px;padding:6px;break-inside:avoid}
figure.chart-box.wide{margin:8px 0}
figcaption{font-size:13px;font-weight:600}
.chart{width:100%}
table{border-collapse:collapse;margin:6px 0}
th,td{border:1px solid var(--line);padding:2px 8px;text-align:left;font-size:13px}
td .num,td.num{font-variant-numeric:tabular-nums}
table.compact td:has(.num){text-align:right}
.mono{font-family:ui-monospace,monospace}
section.village{border-top:2px solid var(--line);margin-top:12px}
section.village:target{background:#fffbe6}
.back{font-size:12px}
caption{text-align:left;font-weight:600;padding:2px 0}
.headline-more{display:grid;grid-template-columns:1fr 1fr;gap:12px;align-items:start;margin-top:6px}
table.exit,table.townships{width:100%}
td.warn-unmet{color:var(--unmet);font-weight:600}td.warn-unknown{color:var(--muted);font-weight:600}
footer{margin-top:24px;font-size:12px;color:var(--muted)}
@media (max-width:760px){.cards{grid-template-columns:repeat(2,1fr)}.grid{grid-template-columns:1fr}}
@page{size:A4;margin:12mm}
@media print{
  html{background:#fff;font-size:11px}
  main{max-width:none;padding:0}
  .cards{grid-template-columns:repeat(3,1fr)}
  .grid{grid-template-columns:repeat(2,1fr)}
  .cell{min-height:0;-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .chip,.card.alert{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .chart{height:auto!important}
  .chart>div{width:100%!important;height:auto!important;position:static!important}
  .chart svg{position:static!important;width:100%!important;height:auto!important}
  h2{break-after:avoid}
  section.village{break-inside:avoid-page}
  #villages-start{break-before:page}
  .back{display:none}
}`;

/** Draws every chart with the inlined library (SVG renderer, no animation) and marks it drawn. */
const RUNTIME = `(function(){
  var specs = JSON.parse(document.getElementById('tuopin-charts').textContent);
  var charts = [];
  function fit(chart, el){ var svg = el.querySelector('svg'); if (svg) { svg.setAttribute('viewBox', '0 0 ' + chart.getWidth() + ' ' + chart.getHeight()); svg.setAttribute('preserveAspectRatio', 'xMidYMin meet'); } }
  specs.forEach(function(spec){
    var el = document.getElementById(spec.id);
    if (!el) return;
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(spec.option);
    fit(chart, el);
    el.setAttribute('data-rendered', 'true');
    charts.push([chart, el]);
  });
  window.addEventListener('resize', function(){ charts.forEach(function(c){ c[0].resize(); fit(c[0], c[1]); }); });
  document.documentElement.setAttribute('data-charts', String(charts.length));
})();`;

/**
 * Renders the report model as one self-contained HTML page: styles, the chart library and the
 * chart data inline, system fonts, no request at view time; Chinese first, English secondary; an
 * A4 print stylesheet. Every number that stands for a model figure carries `data-field` with its
 * path in the model. Pure: the chart library's text is passed in.
 * 将报告模型渲染为单个自包含 HTML 页面（样式、图表库、数据全部内联，系统字体，查看时不联网；
 * 中文在前，英文在后；A4 打印样式）。
 *
 * @param model - the report model
 * @param options - the chart library's browser build and the version
 * @returns the HTML text
 */
export function renderReportHtml(model: ReportModel, options: RenderOptions): string {
  const specs = chartSpecs(model);
  const countyName = model.county.name ?? model.county.code;
  const title = reportText('report/title', { county: countyName, countyEn: countyName });
  const villages = model.villages.map((v, i) => villageSection(v, i, model)).join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tuopin ${esc(options.version ?? '')}">
<title>${esc(title['zh-CN'])} · ${esc(model.asOf)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header class="top">
<h1>${esc(title['zh-CN'])}</h1>
<div class="en">${esc(title.en)}</div>
<div>${t('report/as-of', { asOf: model.asOf })} · <span class="mono">${esc(model.county.code)}</span> · <span class="muted small">${t('report/masked')}</span></div>
</header>
${headline(model)}
${battleMap(model)}
${byCheck(model, specs)}
${timetable(model, specs)}
${industry(model, specs)}
${monitoring(model, specs)}
${warnings(model)}
<h2 id="villages-start">${t('report/villages')}</h2>
${villages}
<footer>${t('report/generated', { version: options.version ?? '' })} · ECharts (Apache-2.0)</footer>
</main>
<script type="application/json" id="tuopin-charts">${scriptJson(specs.map((s) => ({ id: s.id, option: s.option })))}</script>
<script>${options.chartScript.replace(/<\/(script)/gi, '<\\/$1')}</script>
<script>${RUNTIME}</script>
</body>
</html>
`;
}
