// Readiness: the SAKIP readiness check (the `readiness` query), findings grouped by rule and unit, filters by
// severity and unit, every finding linked to its node, the report downloadable as CSV or XLSX.
import { allNodes, ApiError, errorView, gql } from '../api.js';
import { html, mount } from '../dom.js';
import { getLang, levelLabel, num, t } from '../i18n.js';
import { href, replace } from '../router.js';
import { kindBadge } from './search.js';

const NODE = 'id kind code name level';
const REPORT = `query($scope: ID, $year: Int) { readiness(scope: $scope, year: $year) {
  scope { ${NODE} } year checkedNodes score
  findings { rule severity node { ${NODE} responsibleUnits { id name } } message { id en } evidence { key values } related { ${NODE} } }
  byRule { rule severity count title { id en } lke { component subComponent criterion } }
  bySeverity { severity count }
} }`;
// every region for the scope picker, a hundred per request
const SCOPES = `query($after: String) { units(filter: { level: PEMDA }, first: 100, after: $after) {
  edges { node { id name children { id name } } } pageInfo { hasNextPage endCursor } } }`;
const SEVERITIES = ['ERROR', 'WARNING', 'INFO'];
const NO_UNIT = '-';

/** The score's band: ready, needs work, not ready. */
export function scoreBand(score) {
  return score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor';
}

export function scoreView(score) {
  const band = scoreBand(score);
  return html`<span class="score score-${band}"><span class="score-value">${num(score)}</span><span class="score-band">${t(`readiness.band.${band}`)}</span></span>`;
}

export async function render(main, route, signal) {
  const scope = route.params.get('scope') || null;
  const year = Number(route.params.get('year')) || null;
  let report;
  let regions;
  try {
    [{ readiness: report }, regions] = await Promise.all([gql(REPORT, { scope, year }, signal), allNodes(SCOPES, 'units', {}, signal)]);
  } catch (e) {
    // a server without the readiness check rejects the query as invalid
    if (e instanceof ApiError && /readiness/i.test(e.message) && /undefined|FieldUndefined/i.test(e.message)) {
      mount(main, html`<div class="page"><h1 tabindex="-1">${t('readiness.title')}</h1>
        <div class="alert"><h2>${t('readiness.unavailable.title')}</h2><p>${t('readiness.unavailable.body')}</p></div></div>`);
      return { title: t('readiness.title') };
    }
    throw e;
  }
  const filters = {
    severities: new Set((route.params.get('severity') || SEVERITIES.join(',')).split(',').filter((s) => SEVERITIES.includes(s))),
    unit: route.params.get('unit') || '',
  };
  const units = new Map();
  report.findings.forEach((f) => unitsOf(f).forEach((u) => units.set(u.id, u.name)));
  const counts = Object.fromEntries(report.bySeverity.map((s) => [s.severity, s.count]));
  const download = (ext) => `api/readiness/report.${ext}?${new URLSearchParams(Object.entries({ scope, year }).filter(([, v]) => v))}`;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 9 }, (_, i) => thisYear - 4 + i);

  mount(main, html`<div class="page">
    <h1 tabindex="-1">${t('readiness.title')}</h1>
    <p class="lead">${t('readiness.lead')}</p>
    <form class="toolbar" id="scope-form">
      <label>${t('readiness.scope')} <select name="scope">
        <option value="">${t('readiness.wholeGraph')}</option>
        ${regions.map((r) => html`<optgroup label="${r.name}">
          <option value="${r.id}" ${r.id === scope ? 'selected' : ''}>${r.name}</option>
          ${r.children.map((c) => html`<option value="${c.id}" ${c.id === scope ? 'selected' : ''}>— ${c.name}</option>`)}
        </optgroup>`)}
      </select></label>
      <label>${t('readiness.year')} <select name="year">
        <option value="">${t('readiness.anyYear')}</option>
        ${years.map((y) => html`<option ${y === year ? 'selected' : ''}>${y}</option>`)}
      </select></label>
      <button class="btn" type="submit">${t('readiness.check')}</button>
      <span class="spacer"></span>
      <a class="btn btn-quiet" href="${download('csv')}" download>${t('readiness.downloadCsv')}</a>
      <a class="btn btn-quiet" href="${download('xlsx')}" download>${t('readiness.downloadXlsx')}</a>
    </form>
    <section class="card readiness-summary" aria-labelledby="summary-title">
      <h2 id="summary-title" class="visually-hidden">${t('readiness.summary')}</h2>
      <div class="summary-score">${scoreView(report.score)}<span class="muted small">${t('readiness.scoreOf')}</span></div>
      <dl class="facts">
        <dt>${t('readiness.scope')}</dt><dd>${report.scope ? html`<a href="${href('node', report.scope.id)}">${report.scope.name}</a>` : t('readiness.wholeGraph')}</dd>
        <dt>${t('readiness.year')}</dt><dd>${report.year ?? t('readiness.anyYear')}</dd>
        <dt>${t('readiness.checked')}</dt><dd>${num(report.checkedNodes)}</dd>
      </dl>
      <fieldset class="severity-filter">
        <legend>${t('readiness.severity')}</legend>
        ${SEVERITIES.map((s) => html`<label class="check"><input type="checkbox" name="severity" value="${s}" ${filters.severities.has(s) ? 'checked' : ''}>
          <span class="sev sev-${s}">${t(`severity.${s}`)}</span> <span class="count">${num(counts[s] ?? 0)}</span></label>`)}
      </fieldset>
      <label class="unit-filter">${t('readiness.unit')} <select id="unit-filter">
        <option value="">${t('readiness.allUnits')}</option>
        ${[...units].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => html`<option value="${id}" ${id === filters.unit ? 'selected' : ''}>${name}</option>`)}
        <option value="${NO_UNIT}" ${filters.unit === NO_UNIT ? 'selected' : ''}>${t('readiness.noUnit')}</option>
      </select></label>
    </section>
    <div id="findings" aria-live="polite"></div>
  </div>`);

  const out = main.querySelector('#findings');
  const show = () => {
    mount(out, findingsView(report, filters));
    replace('readiness', null, {
      scope, year, unit: filters.unit,
      severity: filters.severities.size === SEVERITIES.length ? null : [...filters.severities].join(','),
    });
  };
  show();
  main.querySelector('#scope-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    location.hash = href('readiness', null, { scope: form.get('scope'), year: form.get('year') });
  });
  main.querySelectorAll('input[name=severity]').forEach((box) => box.addEventListener('change', () => {
    filters.severities = new Set([...main.querySelectorAll('input[name=severity]:checked')].map((b) => b.value));
    show();
  }));
  main.querySelector('#unit-filter').addEventListener('change', (e) => {
    filters.unit = e.target.value;
    show();
  });
  return { title: t('readiness.title') };
}

function unitsOf(finding) {
  if (finding.node.kind === 'UNIT') return [{ id: finding.node.id, name: finding.node.name }];
  return finding.node.responsibleUnits ?? [];
}

function text(value) {
  return value?.[getLang()] ?? value?.id ?? '';
}

function findingsView(report, filters) {
  const visible = report.findings.filter((f) => filters.severities.has(f.severity)
    && (!filters.unit || (filters.unit === NO_UNIT ? !unitsOf(f).length : unitsOf(f).some((u) => u.id === filters.unit))));
  if (!report.findings.length) return html`<div class="alert alert-good"><h2>${t('readiness.clean.title')}</h2><p>${t('readiness.clean.body')}</p></div>`;
  if (!visible.length) return html`<p class="notice">${t('readiness.noneShown')}</p>`;
  const byRule = new Map();
  visible.forEach((f) => {
    if (!byRule.has(f.rule)) byRule.set(f.rule, []);
    byRule.get(f.rule).push(f);
  });
  // errors first, then warnings, then information; the catalog's order within each
  const rules = report.byRule.filter((r) => byRule.has(r.rule))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  return html`<p class="muted">${t('readiness.shown', { n: num(visible.length), total: num(report.findings.length), rules: rules.length })}</p>
    ${rules.map((rule) => {
      const findings = byRule.get(rule.rule);
      const byUnit = new Map();
      findings.forEach((f) => {
        const key = unitsOf(f)[0]?.name ?? t('readiness.noUnit');
        if (!byUnit.has(key)) byUnit.set(key, []);
        byUnit.get(key).push(f);
      });
      return html`<section class="card rule" aria-labelledby="rule-${rule.rule}" data-rule="${rule.rule}">
        <header class="card-head">
          <h2 id="rule-${rule.rule}"><span class="sev sev-${rule.severity}">${t(`severity.${rule.severity}`)}</span> ${text(rule.title)}
            <span class="muted small">(${num(findings.length)})</span></h2>
          ${rule.lke ? html`<p class="muted small" title="${rule.lke.criterion}">LKE AKIP: ${rule.lke.component} › ${rule.lke.subComponent}</p>` : ''}
        </header>
        ${[...byUnit].map(([unit, list]) => html`<h3 class="small-heading">${unit}</h3>
          <ul class="findings">${list.map(findingView)}</ul>`)}
      </section>`;
    })}`;
}

function findingView(f) {
  const n = f.node;
  return html`<li class="finding">
    <p class="finding-node">${kindBadge(n.kind)} <a href="${href('node', n.id)}">${n.code ? `${n.code}. ` : ''}${n.name}</a>
      <span class="muted small">${levelLabel(n.level)}</span>
      <span class="small">· <a href="${href('trace', n.id)}">${t('action.trace')}</a> · <a href="${href('cascade', n.id)}">${t('action.impact')}</a></span></p>
    <p class="finding-message">${text(f.message)}</p>
    ${f.evidence.length ? html`<p class="finding-evidence small">${f.evidence.map((e) => html`<span><strong>${e.key}</strong>: ${e.values.join('; ')}</span> `)}</p>` : ''}
    ${f.related.length ? html`<p class="small">${t('readiness.related')}: ${f.related.map((r) => html`<a href="${href('node', r.id)}">${r.name}</a>`).reduce((a, b) => html`${a}, ${b}`)}</p>` : ''}
  </li>`;
}
