// Overview: every region (Pemda), its perangkat daerah, their top goals and what they answer for.
import { gql, hasQuery } from '../api.js';
import { html, mount } from '../dom.js';
import { kindLabel, levelLabel, num, t } from '../i18n.js';
import { href } from '../router.js';
import { scoreView } from './readiness.js';
import { kindBadge } from './search.js';

const COUNTS = 'counts { units tujuan sasaran kondisi indikator }';
const TOP = 'topElements { id kind code name level }';
const OVERVIEW = `{
  units(level: PEMDA) {
    id name ${COUNTS} ${TOP}
    children { id name level ... on Unit { ${COUNTS} ${TOP} } }
  }
}`;

export async function render(main, route, signal) {
  const { units: regions } = await gql(OVERVIEW, {}, signal);
  const pds = regions.flatMap((r) => r.children);
  const total = (key) => regions.reduce((sum, r) => sum + r.counts[key], 0);
  mount(main, html`<div class="page">
    <h1 tabindex="-1">${t('overview.title')}</h1>
    <p class="lead">${t('overview.lead')}</p>
    <ul class="stats" aria-label="${t('overview.totals')}">
      ${stat(regions.length, t('overview.regions'))}
      ${stat(pds.length, t('overview.pds'))}
      ${stat(total('tujuan') + total('sasaran') + total('kondisi'), t('overview.elements'))}
      ${stat(total('indikator'), t('overview.indicators'))}
    </ul>
    ${regions.length ? regions.map(region) : html`<div class="alert"><h2>${t('overview.empty.title')}</h2><p>${t('overview.empty.body')}</p></div>`}
  </div>`);
  scores(main, regions, signal);
  return { title: t('overview.title') };
}

/** Each region's readiness score, where the server has the readiness check; filled in after the page shows. */
async function scores(main, regions, signal) {
  if (!regions.length || !(await hasQuery('readiness'))) return;
  const query = `{ ${regions.map((r, i) => `r${i}: readiness(scope: ${JSON.stringify(r.id)}) { score }`).join(' ')} }`;
  try {
    const data = await gql(query, {}, signal);
    regions.forEach((r, i) => {
      const slot = main.querySelector(`[data-score="${CSS.escape(r.id)}"]`);
      if (slot) mount(slot, html`<a href="${href('readiness', null, { scope: r.id })}" title="${t('overview.readiness')}"><span class="muted small">${t('nav.readiness')}</span> ${scoreView(data[`r${i}`].score)}</a>`);
    });
  } catch (e) {
    if (e.name !== 'AbortError') main.querySelectorAll('[data-score]').forEach((slot) => { slot.textContent = ''; });
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
    <table class="data">
      <caption class="visually-hidden">${t('overview.pdTable', { name: r.name })}</caption>
      <thead><tr>
        <th scope="col">${t('overview.pd')}</th><th scope="col">${t('overview.topGoals')}</th>
        <th scope="col" class="num">${t('overview.elements')}</th><th scope="col" class="num">${t('overview.indicators')}</th>
        <th scope="col"><span class="visually-hidden">${t('col.actions')}</span></th>
      </tr></thead>
      <tbody>${r.children.map((pd) => html`<tr>
        <th scope="row"><a href="${href('node', pd.id)}">${pd.name}</a><br><span class="muted small">${levelLabel(pd.level)} · ${t('overview.subUnits', { n: num(pd.counts.units) })}</span></th>
        <td>${pd.topElements.length ? html`<ul class="goal-list compact">${pd.topElements.slice(0, 4).map(goal)}</ul>
          ${pd.topElements.length > 4 ? html`<span class="muted small">${t('overview.more', { n: pd.topElements.length - 4 })}</span>` : ''}`
          : html`<span class="muted">${t('overview.noGoals')}</span>`}</td>
        <td class="num">${num(pd.counts.tujuan + pd.counts.sasaran + pd.counts.kondisi)}</td>
        <td class="num">${num(pd.counts.indikator)}</td>
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
