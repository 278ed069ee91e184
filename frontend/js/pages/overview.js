// Overview: the regions (Pemda), a page at a time, each with its perangkat daerah, their top goals and what they
// answer for; the totals of the whole graph.
import { gql, hasQuery, nodesOf } from '../api.js';
import { html, mount } from '../dom.js';
import { kindLabel, levelLabel, num, t } from '../i18n.js';
import { pager, REGIONS_PER_PAGE } from '../pager.js';
import { href } from '../router.js';
import { scoreView } from '../components/score.js';
import { kindBadge } from '../components/kind-badge.js';
import { rpjmdActions } from '../components/rpjmd.js';

const COUNTS = 'counts { units tujuan sasaran kondisi indikator }';
const TOP = 'topElements { id kind code name level }';
const REGIONS = `query($after: String) {
  units(filter: { level: PEMDA }, first: ${REGIONS_PER_PAGE}, after: $after) {
    edges { node {
      id name ${COUNTS} ${TOP}
      children { id name level ... on Unit { ${COUNTS} ${TOP} } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const TOTALS = '{ nodeCounts { kind level count } }';
const ELEMENT_KINDS = ['TUJUAN', 'SASARAN', 'KONDISI'];

export async function render(main, route, signal) {
  const [{ units: page }, { nodeCounts }, loading] = await Promise.all([
    gql(REGIONS, {}, signal), gql(TOTALS, {}, signal), dataLoading(signal)]);
  const regions = nodesOf(page);
  const total = (test) => nodeCounts.filter(test).reduce((sum, c) => sum + c.count, 0);
  const regionCount = total((c) => c.kind === 'UNIT' && c.level === 'PEMDA');
  mount(main, html`<div class="page">
    <h1 tabindex="-1">${t('overview.title')}</h1>
    <p class="lead">${t('overview.lead')}</p>
    <ul class="stats" aria-label="${t('overview.totals')}">
      ${stat(regionCount, t('overview.regions'))}
      ${stat(total((c) => c.kind === 'UNIT' && c.level === 'PERANGKAT_DAERAH'), t('overview.pds'))}
      ${stat(total((c) => ELEMENT_KINDS.includes(c.kind)), t('overview.elements'))}
      ${stat(total((c) => c.kind === 'INDIKATOR'), t('overview.indicators'))}
    </ul>
    ${loading && regions.length ? html`<p class="notice" role="status">${t('overview.loading.partial')}</p>` : ''}
    ${regions.length ? html`<div id="regions">${regions.map(region)}</div><p class="pager" id="regions-more"></p>`
      : loading ? html`<div class="alert" role="status"><h2>${t('overview.loading.title')}</h2><p>${t('overview.loading.body')}</p></div>`
      : html`<div class="alert"><h2>${t('overview.empty.title')}</h2><p>${t('overview.empty.body')}</p></div>`}
  </div>`);
  if (loading) whenLoaded(signal).then((loaded) => { if (loaded) render(main, route, signal); });
  if (regions.length) {
    pager({
      slot: main.querySelector('#regions-more'), list: main.querySelector('#regions'), query: REGIONS, field: 'units',
      page, item: region, total: regionCount, loaded: (more) => { scores(main, more, signal); rpjmdActions(main, more); }, signal,
    });
  }
  scores(main, regions, signal);
  rpjmdActions(main, regions);
  return { title: t('overview.title') };
}

/**
 * Whether the server is still loading its data after a start (the health's component "data"; the demo dataset
 * loads in the background): false when it cannot say.
 */
async function dataLoading(signal) {
  try {
    const response = await fetch('actuator/health', { headers: { Accept: 'application/json' }, signal });
    return (await response.json())?.components?.data?.status === 'LOADING';
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    return false;
  }
}

/** Resolves true once the data has loaded, false if the page was left before. */
async function whenLoaded(signal) {
  while (!signal?.aborted) {
    await new Promise((resolve) => { setTimeout(resolve, 2000); });
    try {
      if (signal?.aborted) return false;
      if (!(await dataLoading(signal))) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Each region's readiness score and each of its perangkat daerah's (the score of the perangkat daerah's own report),
 * where the server has the readiness check; filled in after its page shows.
 */
async function scores(main, regions, signal) {
  if (!regions.length || !(await hasQuery('readiness'))) return;
  const query = `{ ${regions.map((r, i) => `r${i}: readiness(scope: ${JSON.stringify(r.id)}) { score unitScores { unit { id } score } }`).join(' ')} }`;
  try {
    const data = await gql(query, {}, signal);
    regions.forEach((r, i) => {
      const slot = main.querySelector(`[data-score="${CSS.escape(r.id)}"]`);
      if (slot) mount(slot, html`<a href="${href('readiness', null, { scope: r.id })}" title="${t('overview.readiness')}"><span class="muted small">${t('nav.readiness')}</span> ${scoreView(data[`r${i}`].score)}</a>`);
      (data[`r${i}`].unitScores ?? []).forEach((pd) => {
        const cell = main.querySelector(`[data-pd-score="${CSS.escape(pd.unit.id)}"]`);
        if (cell) mount(cell, html`<a href="${href('readiness', null, { scope: pd.unit.id })}" title="${t('overview.pdReadiness')}">${scoreView(pd.score)}</a>`);
      });
    });
  } catch (e) {
    if (e.name !== 'AbortError') main.querySelectorAll('[data-score], [data-pd-score]').forEach((slot) => { slot.textContent = ''; });
  }
}

function stat(value, label) {
  return html`<li><span class="stat-value">${num(value)}</span><span class="stat-label">${label}</span></li>`;
}

function region(r) {
  const goals = r.topElements.filter((e) => e.level === 'PEMDA');
  return html`<section class="card region" aria-labelledby="region-${r.id}">
    <header class="card-head">
      <div>
        <h2 id="region-${r.id}"><a href="${href('node', r.id)}">${r.name}</a></h2>
        <p class="muted">${counts(r.counts)}</p>
      </div>
      <p class="actions">
        <span class="region-score" data-score="${r.id}"></span>
        <a class="btn" href="${href('cascade', r.id)}">${t('action.cascade')}</a>
        <a class="btn btn-quiet" href="${href('diagram', r.id)}">${t('action.diagram')}</a>
      </p>
    </header>
    <h3 class="small-heading">${t('overview.regionGoals')}</h3>
    ${goals.length ? html`<ul class="goal-list">${goals.map(goal)}</ul>`
      : html`<p class="notice">${t('overview.noRegionGoals')}</p>`}
    <p class="actions rpjmd-actions" data-rpjmd="${r.id}" hidden></p>
    <table class="data cards">
      <caption class="visually-hidden">${t('overview.pdTable', { name: r.name })}</caption>
      <thead><tr>
        <th scope="col">${t('overview.pd')}</th><th scope="col">${t('overview.topGoals')}</th>
        <th scope="col" class="num">${t('overview.elements')}</th><th scope="col" class="num">${t('overview.indicators')}</th>
        <th scope="col">${t('overview.pdScore')}</th>
        <th scope="col"><span class="visually-hidden">${t('col.actions')}</span></th>
      </tr></thead>
      <tbody>${r.children.map((pd) => html`<tr>
        <th scope="row"><a href="${href('node', pd.id)}">${pd.name}</a><br><span class="muted small">${levelLabel(pd.level)} · ${t('overview.subUnits', { n: num(pd.counts.units) })}</span></th>
        <td data-label="${t('overview.topGoals')}">${pd.topElements.length ? html`<ul class="goal-list compact">${pd.topElements.slice(0, 4).map(goal)}</ul>
          ${pd.topElements.length > 4 ? html`<span class="muted small">${t('overview.more', { n: pd.topElements.length - 4 })}</span>` : ''}`
          : html`<span class="muted">${t('overview.noGoals')}</span>`}</td>
        <td class="num" data-label="${t('overview.elements')}">${num(pd.counts.tujuan + pd.counts.sasaran + pd.counts.kondisi)}</td>
        <td class="num" data-label="${t('overview.indicators')}">${num(pd.counts.indikator)}</td>
        <td class="pd-score" data-label="${t('overview.pdScore')}" data-pd-score="${pd.id}"></td>
        <td class="nowrap"><a href="${href('cascade', pd.id)}">${t('action.cascade')}</a> · <a href="${href('diagram', pd.id)}">${t('action.diagram')}</a></td>
      </tr>`)}</tbody>
    </table>
  </section>`;
}

function goal(e) {
  return html`<li>${kindBadge(e.kind)} <a href="${href('cascade', e.id)}" title="${kindLabel(e.kind)} · ${levelLabel(e.level)}">${e.code ? `${e.code}. ` : ''}${e.name}</a></li>`;
}

function counts(c) {
  return [
    t('overview.nUnits', { n: num(c.units) }),
    c.tujuan ? t('count.TUJUAN', { n: num(c.tujuan) }) : null,
    c.sasaran ? t('count.SASARAN', { n: num(c.sasaran) }) : null,
    c.kondisi ? t('count.KONDISI', { n: num(c.kondisi) }) : null,
    t('count.INDIKATOR', { n: num(c.indikator) }),
  ].filter(Boolean).join(' · ');
}
