// Capaian: a region's or perangkat daerah's roll-up tree for a year and period (capaianTree), the goals at risk
// (atRisk) with the paths from their failing indicators highlighted in the tree, and a chart of an indicator's
// realisasi against its targets. Coloured by status; the numbers and the basis of each are in the row's title.
import { allNodes, gql } from '../api.js';
import { esc, html, mount, raw } from '../dom.js';
import { getLang, levelLabel, num, t } from '../i18n.js';
import { href, replace } from '../router.js';
import { kindBadge } from '../components/kind-badge.js';
import { PERIODS } from '../components/capaian-status.js';

const NODE = 'id kind code name level';
const CAPAIAN = 'percent status period targetRaw realisasiRaw basis { id en } coverage { counted of }';
const TREE = `query($scope: ID!, $year: Int!, $period: Period, $below: Float) {
  capaianTree(scope: $scope, year: $year, period: $period) { node { ${NODE} } parentIds depth capaian { ${CAPAIAN} } }
  atRisk(scope: $scope, year: $year, period: $period, below: $below) {
    node { ${NODE} } rollup { ${CAPAIAN} } causeCount causes { nodes { id name } } } }`;
const SCOPES = `query($after: String) { units(filter: { level: PEMDA }, first: 100, after: $after) {
  edges { node { id name children { id name } } } pageInfo { hasNextPage endCursor } } }`;
const SERIES = `query($id: ID!) { node(id: $id) { ${NODE} ... on Indikator { satuan targets { year raw value }
  realisasi { year period raw value } } } }`;
/** Children drawn per node before "show more": a region's tree opens a level at a time. */
const SHOWN = 200;

export async function render(main, route, signal) {
  const regions = await allNodes(SCOPES, 'units', {}, signal);
  const scope = route.params.get('scope') || regions[0]?.id;
  const year = Number(route.params.get('year')) || new Date().getFullYear();
  const period = PERIODS.includes(route.params.get('period')) ? route.params.get('period') : 'YEAR';
  const options = regions.flatMap((r) => [{ id: r.id, name: r.name, indent: false },
    ...r.children.map((c) => ({ id: c.id, name: c.name, indent: true }))]);
  mount(main, html`<div class="page capaian-page">
    <h1 tabindex="-1">${t('capaian.title')}</h1>
    <form class="toolbar" data-form>
      <label>${t('capaian.scope')} <select name="scope">${options.map((o) => html`<option value="${o.id}" ${o.id === scope ? 'selected' : ''}>${o.indent ? '\u2003' : ''}${o.name}</option>`)}</select></label>
      <label>${t('col.year')} <input name="year" type="number" min="1900" max="2200" value="${year}" class="input-year"></label>
      <label>${t('capaian.period')} <select name="period">${PERIODS.map((p) => html`<option value="${p}" ${p === period ? 'selected' : ''}>${t(`period.${p}`)}</option>`)}</select></label>
      <button class="btn" type="submit">${t('capaian.show')}</button>
    </form>
    <p class="muted small">${t('capaian.legend')} ${['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'].map((s) => html`<span class="cap-badge cap-${s}">${t(`status.${s}`)}</span> `)}</p>
    <div data-body><p class="muted">${t('common.loading')}</p></div>
  </div>`);
  main.querySelector('[data-form]').addEventListener('submit', (e) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    location.hash = href('capaian', null, { scope: form.get('scope'), year: form.get('year'), period: form.get('period') });
  });
  if (!scope) {
    mount(main.querySelector('[data-body]'), html`<p class="notice">${t('capaian.noScope')}</p>`);
    return { title: t('capaian.title') };
  }
  replace('capaian', null, { scope, year, period });
  const data = await gql(TREE, { scope, year, period, below: 85 }, signal);
  showBody(main.querySelector('[data-body]'), data, { year, period }, signal);
  return { title: t('capaian.title') };
}

function showBody(body, { capaianTree: rows, atRisk }, filters, signal) {
  const byId = new Map(rows.map((r) => [r.node.id, r]));
  const children = new Map();
  rows.forEach((r) => r.parentIds.forEach((p) => {
    if (!children.has(p)) children.set(p, []);
    children.get(p).push(r);
  }));
  const tops = rows.filter((r) => r.depth === 0);
  mount(body, html`<div class="detail-grid capaian-grid">
    <section class="card" aria-labelledby="cap-risk">
      <h2 id="cap-risk">${t('capaian.atRisk')} <span class="muted small">(${atRisk.length})</span></h2>
      ${atRisk.length ? html`<ol class="risk-list">${atRisk.map((item, i) => html`<li>
        <button type="button" class="link-button" data-risk="${i}">${kindBadge(item.node.kind)} ${item.node.code ? `${item.node.code}. ` : ''}${item.node.name}</button>
        ${badge(item.rollup)}
        <span class="muted small">${t('capaian.causes', { n: num(item.causeCount) })}</span>
        ${item.causes.length ? html`<ul class="cause-list">${item.causes.map((c) => html`<li class="small">${c.nodes.map((n) => n.name).join(' \u2192 ')}</li>`)}</ul>` : ''}
      </li>`)}</ol>` : html`<p class="muted">${t('capaian.noneAtRisk')}</p>`}
    </section>
    <section class="card" aria-labelledby="cap-chart" data-chart>
      <h2 id="cap-chart">${t('capaian.chart')}</h2>
      <p class="muted">${t('capaian.chartHint')}</p>
    </section>
  </div>
  <section class="card" aria-labelledby="cap-tree">
    <h2 id="cap-tree">${t('capaian.tree')} <span class="muted small">(${num(rows.length)})</span></h2>
    ${rows.length ? html`<ul class="cap-tree" data-tree>${tops.map((r) => branch(r, children, 0))}</ul>` : html`<p class="muted">${t('capaian.empty')}</p>`}
  </section>`);
  const tree = body.querySelector('[data-tree]');
  tree?.addEventListener('toggle', (e) => {
    const details = e.target;
    if (details.open && !details.dataset.filled) fill(details, children, byId);
  }, true);
  tree?.addEventListener('click', (e) => {
    const pick = e.target.closest('[data-chart-id]');
    if (pick) showChart(body.querySelector('[data-chart]'), pick.dataset.chartId, filters, signal);
  });
  body.querySelectorAll('[data-risk]').forEach((button) => button.addEventListener('click', () => {
    const item = atRisk[Number(button.dataset.risk)];
    highlight(tree, item, children, byId);
  }));
}

/** One node of the tree; its children are drawn when it is first opened. */
function branch(row, children, depth) {
  const kids = children.get(row.node.id) ?? [];
  const line = html`<span class="cap-row cap-${row.capaian?.status ?? 'NO_DATA'}" data-node="${row.node.id}" title="${basis(row.capaian)}">
    ${kindBadge(row.node.kind)} <a href="${href('node', row.node.id)}">${row.node.code ? `${row.node.code}. ` : ''}${row.node.name}</a>
    <span class="muted small">${levelLabel(row.node.level)}</span> ${badge(row.capaian)}
    ${row.capaian?.coverage ? html`<span class="muted small">${t('capaian.coverage', { counted: row.capaian.coverage.counted, of: row.capaian.coverage.of })}</span>` : ''}
    ${row.node.kind === 'INDIKATOR' ? html`<button type="button" class="btn btn-quiet btn-small" data-chart-id="${row.node.id}">${t('capaian.showChart')}</button>` : ''}
  </span>`;
  if (!kids.length) return html`<li>${line}</li>`;
  return html`<li><details data-id="${row.node.id}" ${depth < 1 ? 'open' : ''}><summary>${line}</summary><ul></ul></details></li>`;
}

function fill(details, children, byId, all = false) {
  details.dataset.filled = 'true';
  const kids = children.get(details.dataset.id) ?? [];
  const shown = all ? kids : kids.slice(0, SHOWN);
  mount(details.querySelector('ul'), html`${shown.map((r) => branch(r, children, 9))}${shown.length < kids.length
    ? html`<li><button type="button" class="btn btn-quiet btn-small" data-more>${t('capaian.more', { n: num(kids.length - shown.length) })}</button></li>` : ''}`);
  details.querySelector(':scope > ul > li > [data-more]')?.addEventListener('click', () => fill(details, children, byId, true));
}

/** Opens the tree along every cause path of a goal at risk and marks the rows on them. */
function highlight(tree, item, children, byId) {
  tree.querySelectorAll('.on-path').forEach((el) => el.classList.remove('on-path'));
  const onPath = new Set(item.causes.flatMap((c) => c.nodes.map((n) => n.id)));
  onPath.add(item.node.id);
  // the goal's own way up to the tops of the scope is opened too, so the paths below it can be seen
  const toOpen = new Set(onPath);
  const up = [item.node.id];
  while (up.length) {
    (byId.get(up.pop())?.parentIds ?? []).forEach((p) => {
      if (!toOpen.has(p)) {
        toOpen.add(p);
        up.push(p);
      }
    });
  }
  // open from the tops down, so each level's rows exist before the next is looked for
  for (let pass = 0; pass < 12; pass++) {
    let opened = false;
    tree.querySelectorAll('details[data-id]').forEach((d) => {
      if (toOpen.has(d.dataset.id) && !d.open) {
        if (!d.dataset.filled) fill(d, children, byId, true);
        d.open = true;
        opened = true;
      }
    });
    if (!opened) break;
  }
  let first = null;
  tree.querySelectorAll('[data-node]').forEach((el) => {
    if (onPath.has(el.dataset.node)) {
      el.classList.add('on-path');
      first ??= el;
    }
  });
  first?.scrollIntoView({ block: 'nearest' });
}

function badge(capaian) {
  if (!capaian) return '';
  return html`<span class="cap-badge cap-${capaian.status}">${capaian.percent == null ? t(`status.${capaian.status}`) : `${num(capaian.percent)}%`}</span>`;
}

function basis(capaian) {
  if (!capaian) return '';
  return getLang() === 'en' ? capaian.basis.en : capaian.basis.id;
}

async function showChart(section, id, filters, signal) {
  const { node } = await gql(SERIES, { id }, signal);
  mount(section, html`<h2 id="cap-chart">${t('capaian.chart')}</h2>
    <p><a href="${href('node', node.id)}">${node.name}</a> <span class="muted small">${node.satuan ?? ''}</span></p>
    ${seriesChart(node.targets, node.realisasi)}`);
  section.dataset.loaded = node.id;
}

/**
 * A small inline SVG: per year, the target as a line across the year and the realisasi of each quarter (dots) and
 * of the year (a diamond). Only values with a number are drawn; the table beside it on the node page has them all.
 */
export function seriesChart(targets, realisasi) {
  const years = [...new Set([...targets.map((x) => x.year), ...realisasi.map((r) => r.year)])].sort((a, b) => a - b);
  const values = [...targets, ...realisasi].map((x) => x.value).filter((v) => v != null);
  if (!years.length || !values.length) return html`<p class="muted">${t('capaian.noSeries')}</p>`;
  const width = 560;
  const height = 200;
  const left = 44;
  const bottom = 24;
  const top = 12;
  const slot = (width - left - 8) / (years.length * 5);
  const max = Math.max(...values, 0) * 1.1 || 1;
  const min = Math.min(...values, 0);
  const y = (v) => top + (height - top - bottom) * (1 - (v - min) / (max - min || 1));
  const x = (year, period) => left + (years.indexOf(year) * 5 + PERIODS.indexOf(period) + 0.5) * slot;
  const ticks = [min, (min + max) / 2, max];
  const targetLines = targets.filter((x0) => x0.value != null).map((tg) => `<line class="chart-target" x1="${x(tg.year, 'TW1') - slot / 2}" x2="${x(tg.year, 'YEAR') + slot / 2}" y1="${y(tg.value)}" y2="${y(tg.value)}"><title>${t('col.targetRaw')} ${tg.year}: ${esc(tg.raw)}</title></line>`);
  const points = realisasi.filter((r) => r.value != null).map((r) => (r.period === 'YEAR'
    ? `<path class="chart-year" d="M${x(r.year, r.period)} ${y(r.value) - 6} l6 6 l-6 6 l-6 -6 z"><title>${r.year} ${t('period.YEAR')}: ${esc(r.raw)}</title></path>`
    : `<circle class="chart-quarter" cx="${x(r.year, r.period)}" cy="${y(r.value)}" r="4"><title>${r.year} ${r.period}: ${esc(r.raw)}</title></circle>`));
  const quarterLine = years.map((year) => realisasi.filter((r) => r.year === year && r.period !== 'YEAR' && r.value != null)
    .sort((a, b) => PERIODS.indexOf(a.period) - PERIODS.indexOf(b.period))
    .map((r) => `${x(r.year, r.period)},${y(r.value)}`).join(' ')).filter((p) => p.includes(' '))
    .map((p) => `<polyline class="chart-line" points="${p}"/>`);
  const svg = `<svg class="series-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(t('capaian.chartLabel'))}" xmlns="http://www.w3.org/2000/svg">
    ${ticks.map((v) => `<line class="chart-grid" x1="${left}" x2="${width - 8}" y1="${y(v)}" y2="${y(v)}"/><text class="chart-axis" x="${left - 4}" y="${y(v) + 4}" text-anchor="end">${esc(num(Math.round(v * 10) / 10))}</text>`).join('')}
    ${years.map((year) => `<text class="chart-axis" x="${x(year, 'TW3')}" y="${height - 6}" text-anchor="middle">${year}</text>`).join('')}
    ${targetLines.join('')}${quarterLine.join('')}${points.join('')}
  </svg>`;
  return raw(`<div class="chart-holder">${svg}<p class="muted small"><span class="key key-target"></span> ${esc(t('capaian.keyTarget'))}
    <span class="key key-quarter"></span> ${esc(t('capaian.keyQuarter'))} <span class="key key-year"></span> ${esc(t('capaian.keyYear'))}</p></div>`);
}
