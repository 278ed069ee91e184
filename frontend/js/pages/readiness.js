// Readiness: the SAKIP readiness check (the `readiness` query), findings grouped by rule and unit, filters by
// severity and unit, every finding linked to its node with what to do about it, the report downloadable as CSV or
// XLSX. The counts, the score and the filters' units are the server's, of the whole scope (facets); findings come a
// page at a time (the first page with the summary, errors first), and every rule's card loads the rest of its own
// findings on request. A unit chosen in the filter asks the server for that unit's findings and counts.
// Each finding has an empty `.finding-actions` container (data-rule, data-node) for the repair actions.
import { allNodes, ApiError, errorView, gql } from '../api.js';
import { esc, html, mount } from '../dom.js';
import { getLang, levelLabel, num, t } from '../i18n.js';
import { href, replace } from '../router.js';
import { kindBadge } from '../components/kind-badge.js';
import { scoreView } from '../components/score.js';
import { query } from '../components/downloads.js';
import { fillRepairs } from '../components/repair.js';

const NODE = 'id kind code name level';
const PLACED = `${NODE} responsibleUnits { id name } source { ref }`;
const FINDINGS = `edges { cursor node { rule severity node { ${PLACED} } title { id en } message { id en } howToFix { id en }
  evidence { key label { id en } value { id en } } related { ${PLACED} } affected { ${NODE} } affectedCount } }
  pageInfo { hasNextPage }`;
const REPORT = `query($scope: ID, $year: Int, $first: Int, $unit: ID, $withoutUnit: Boolean) { readiness(scope: $scope, year: $year) {
  scope { ${NODE} } year checkedNodes score scoreExplanation { id en }
  findings(first: $first, unit: $unit, withoutUnit: $withoutUnit) { ${FINDINGS} }
  byRule { rule severity count title { id en } lke { component subComponent criterion } }
  bySeverity { severity count }
  facets(unit: $unit, withoutUnit: $withoutUnit) {
    units { unit { id name } perangkatDaerah { id name } region { id name } count } withoutUnit
    rules { rule count } severities { severity count } }
} }`;
const MORE = `query($scope: ID, $year: Int, $rule: String, $first: Int, $after: String, $unit: ID, $withoutUnit: Boolean) {
  readiness(scope: $scope, year: $year) {
  findings(rule: $rule, first: $first, after: $after, unit: $unit, withoutUnit: $withoutUnit) { ${FINDINGS} }
} }`;
/** Findings with the summary, and per "show more": enough for a region's errors at once, few requests after. */
const FIRST_PAGE = 100;
const MORE_PAGE = 50;
// every region for the scope picker, a hundred per request
const SCOPES = `query($after: String) { units(filter: { level: PEMDA }, first: 100, after: $after) {
  edges { node { id name children { id name } } } pageInfo { hasNextPage endCursor } } }`;
const SEVERITIES = ['ERROR', 'WARNING', 'INFO'];
const NO_UNIT = '-';

// moved to components/score.js; still exported here for the pages that import them from this module
export { scoreBand, scoreView } from '../components/score.js';

export async function render(main, route, signal) {
  const scope = route.params.get('scope') || null;
  const year = Number(route.params.get('year')) || null;
  const unit = route.params.get('unit') || '';
  // the unit filter asks the server: '-' for the findings no unit answers for
  const unitArgs = { unit: unit && unit !== NO_UNIT ? unit : null, withoutUnit: unit === NO_UNIT ? true : null };
  let report;
  let regions;
  try {
    [{ readiness: report }, regions] = await Promise.all([
      gql(REPORT, { scope, year, first: FIRST_PAGE, ...unitArgs }, signal), allNodes(SCOPES, 'units', {}, signal)]);
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
    unit,
  };
  // the counts of the rules and severities within the chosen unit (the whole scope without one); a recorded
  // answer of an older server has no facets
  report.facets ??= { units: [], withoutUnit: 0, rules: report.byRule, severities: report.bySeverity };
  const inUnit = Object.fromEntries(report.facets.rules.map((r) => [r.rule, r.count]));
  report.byRule = report.byRule.map((r) => ({ ...r, count: inUnit[r.rule] ?? 0 }));
  // per rule: the findings loaded so far and the cursor to load more after
  const loaded = new Map(report.byRule.map((r) => [r.rule, { findings: [], after: null }]));
  const add = (edges) => edges.forEach(({ cursor, node: f }) => {
    const rule = loaded.get(f.rule);
    rule.findings.push(f);
    rule.after = cursor;
  });
  add(report.findings.edges);
  const counts = Object.fromEntries(report.facets.severities.map((s) => [s.severity, s.count]));
  const download = (ext, extra = {}) => `api/readiness/report.${ext}${query({ scope, year, ...extra })}`;
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
      <a class="btn btn-quiet" href="${download('csv', { sep: 'semicolon' })}" download
         title="${t('download.csvIndonesiaHint')}">${t('download.csvIndonesia')}</a>
      <a class="btn btn-quiet" href="${download('xlsx')}" download>${t('readiness.downloadXlsx')}</a>
      <a class="btn btn-quiet" href="api/kke.xlsx${query({ scope, year })}" download>${t('readiness.kke')}</a>
    </form>
    <section class="card readiness-summary" aria-labelledby="summary-title">
      <h2 id="summary-title" class="visually-hidden">${t('readiness.summary')}</h2>
      <div class="summary-score">${scoreView(report.score)}<span class="muted small">${t('readiness.scoreOf')}</span>
        <details class="score-explanation small"><summary>${t('readiness.scoreHow')}</summary><p>${text(report.scoreExplanation)}</p></details></div>
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
      </select></label>
    </section>
    <div id="findings" aria-live="polite"></div>
  </div>`);

  const out = main.querySelector('#findings');
  const unitSelect = main.querySelector('#unit-filter');
  // every unit of the scope's findings, from the server, by region and perangkat daerah: two regions' "Bagian
  // Hukum" are told apart by their optgroups and the perangkat daerah after the name
  const showUnits = () => {
    const byRegion = new Map();
    report.facets.units.forEach((u) => {
      const region = u.region?.name ?? t('readiness.noRegion');
      if (!byRegion.has(region)) byRegion.set(region, []);
      byRegion.get(region).push(u);
    });
    const label = (u) => `${u.unit.name}${u.perangkatDaerah && u.perangkatDaerah.id !== u.unit.id ? ` — ${u.perangkatDaerah.name}` : ''} (${num(u.count)})`;
    const known = report.facets.units.some((u) => u.unit.id === filters.unit);
    mount(unitSelect, html`<option value="">${t('readiness.allUnits')}</option>
      ${[...byRegion].map(([region, units]) => html`<optgroup label="${region}">
        ${units.map((u) => html`<option value="${u.unit.id}" ${u.unit.id === filters.unit ? 'selected' : ''}>${label(u)}</option>`)}
      </optgroup>`)}
      ${filters.unit && filters.unit !== NO_UNIT && !known ? html`<option value="${filters.unit}" selected>${filters.unit}</option>` : ''}
      <option value="${NO_UNIT}" ${filters.unit === NO_UNIT ? 'selected' : ''}>${t('readiness.noUnit')} (${num(report.facets.withoutUnit)})</option>`);
  };
  const show = () => {
    showUnits();
    mount(out, findingsView(report, loaded, filters));
    fillRepairs(out);
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
  // another unit: the server's findings and counts of that unit (a new page load of this address)
  unitSelect.addEventListener('change', (e) => {
    location.hash = href('readiness', null, {
      scope, year, unit: e.target.value || null,
      severity: filters.severities.size === SEVERITIES.length ? null : [...filters.severities].join(','),
    });
  });
  // "show more" on a rule's card: its next page, then focus on the first new finding
  out.addEventListener('click', async (e) => {
    const button = e.target.closest('button[data-more]');
    if (!button || button.disabled) return;
    const rule = loaded.get(button.dataset.more);
    const before = rule.findings.length;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      const { readiness } = await gql(MORE, { scope, year, rule: button.dataset.more, first: MORE_PAGE, after: rule.after, ...unitArgs }, signal);
      add(readiness.findings.edges);
    } catch (error) {
      if (error.name === 'AbortError') return;
      button.disabled = false;
      button.removeAttribute('aria-busy');
      button.parentElement.querySelector('.more-error')?.remove();
      button.insertAdjacentHTML('afterend', ` <span class="muted small more-error" role="alert">${esc(error.message)}</span>`);
      return;
    }
    show();
    const card = out.querySelector(`section.rule[data-rule="${button.dataset.more}"]`);
    const next = card?.querySelectorAll('li.finding')[before];
    (next ?? card)?.querySelector('a')?.focus();
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

function findingsView(report, loaded, filters) {
  const total = report.byRule.reduce((sum, r) => sum + r.count, 0);
  if (!total && !filters.unit) return html`<div class="alert alert-good"><h2>${t('readiness.clean.title')}</h2><p>${t('readiness.clean.body')}</p></div>`;
  // errors first, then warnings, then information; the catalog's order within each (the counts are the unit's
  // when one is chosen: the server filters)
  const rules = report.byRule.filter((r) => r.count > 0 && filters.severities.has(r.severity))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  if (!rules.length) return html`<p class="notice">${t('readiness.noneShown')}</p>`;
  const inRules = rules.reduce((sum, r) => sum + r.count, 0);
  const shown = rules.reduce((sum, r) => sum + loaded.get(r.rule).findings.length, 0);
  return html`<p class="muted">${t(filters.unit ? 'readiness.shownInUnit' : 'readiness.shown', { n: num(shown), total: num(inRules), rules: rules.length })}</p>
    ${rules.map((rule) => {
      const { findings } = loaded.get(rule.rule);
      const byUnit = new Map();
      findings.forEach((f) => {
        const key = unitsOf(f)[0]?.name ?? t('readiness.noUnit');
        if (!byUnit.has(key)) byUnit.set(key, []);
        byUnit.get(key).push(f);
      });
      const rest = rule.count - findings.length;
      return html`<section class="card rule" aria-labelledby="rule-${rule.rule}" data-rule="${rule.rule}">
        <header class="card-head">
          <h2 id="rule-${rule.rule}"><span class="sev sev-${rule.severity}">${t(`severity.${rule.severity}`)}</span> ${text(rule.title)}
            <span class="muted small">(${num(rule.count)})</span></h2>
          ${rule.lke ? html`<p class="muted small" title="${rule.lke.criterion}">LKE AKIP: ${rule.lke.component} › ${rule.lke.subComponent}</p>` : ''}
        </header>
        ${[...byUnit].map(([unit, list]) => html`<h3 class="small-heading">${unit}</h3>
          <ul class="findings">${list.map((f) => findingView(f, rule))}</ul>`)}
        ${rest > 0 ? html`<p class="more"><button type="button" class="btn btn-quiet" data-more="${rule.rule}">${
          findings.length ? t('readiness.more', { n: num(Math.min(rest, MORE_PAGE)), shown: num(findings.length), total: num(rule.count) })
            : t('readiness.load', { n: num(rule.count) })}</button></p>` : ''}
      </section>`;
    })}`;
}

function findingView(f, rule) {
  const n = f.node;
  // a finding titled by its node's kind (Kondisi tanpa indikator) under the rule's card (Sasaran atau kondisi ...)
  const title = f.title && text(f.title) !== text(rule.title) ? text(f.title) : '';
  return html`<li class="finding">
    ${title ? html`<p class="finding-title small"><strong>${title}</strong></p>` : ''}
    <p class="finding-node">${kindBadge(n.kind)} <a href="${href('node', n.id)}">${n.code ? `${n.code}. ` : ''}${n.name}</a>
      <span class="muted small">${levelLabel(n.level)}</span>
      <span class="small">· <a href="${href('trace', n.id)}">${t('action.trace')}</a> · <a href="${href('cascade', n.id)}">${t('action.impact')}</a></span></p>
    <p class="finding-message">${text(f.message)}</p>
    ${f.howToFix ? html`<p class="finding-fix"><strong>${t('readiness.howToFix')}:</strong> ${text(f.howToFix)}</p>` : ''}
    <div class="finding-actions" data-rule="${f.rule}" data-node="${n.id}"></div>
    ${f.affected?.length ? affectedView(f) : ''}
    ${f.evidence.length ? html`<dl class="finding-evidence small">${f.evidence.map((e) => html`<div><dt>${text(e.label) || e.key}</dt><dd>${text(e.value)}</dd></div>`)}</dl>` : ''}
    ${f.related.length ? html`<p class="small">${t('readiness.related')}: ${f.related.map((r) => html`<a href="${href('node', r.id)}">${placed(r)}</a>`).reduce((a, b) => html`${a}; ${b}`)}</p>` : ''}
  </li>`;
}

/** The nodes sharing the finding's cause (the indicators whose chain stops at its node), and how many more. */
function affectedView(f) {
  const rest = f.affectedCount - f.affected.length;
  return html`<details class="finding-affected small"><summary>${t('readiness.affected', { n: num(f.affectedCount) })}</summary>
    <ul>${f.affected.map((a) => html`<li>${kindBadge(a.kind)} <a href="${href('node', a.id)}">${a.code ? `${a.code}. ` : ''}${a.name}</a>
      <span class="muted">${levelLabel(a.level)}</span> · <a href="${href('trace', a.id)}">${t('action.trace')}</a></li>`)}</ul>
    ${rest > 0 ? html`<p class="muted">${t('readiness.affectedMore', { n: num(rest) })}</p>` : ''}</details>`;
}

/** A related node's link text: its name with its unit and its place in the decree, so two namesakes differ. */
function placed(r) {
  const where = [r.responsibleUnits?.map((u) => u.name).join(', '), r.source?.ref].filter(Boolean).join(' · ');
  return `${r.code ? `${r.code}. ` : ''}${r.name}${where ? ` (${where})` : ''}`;
}
