// Node detail: every attribute, targets per year, provenance, parents and children.
import { NODE, gql, hasQuery } from '../api.js';
import { currentUser } from '../auth.js';
import { html, mount } from '../dom.js';
import { getLang, kindLabel, levelLabel, num, t } from '../i18n.js';
import { href } from '../router.js';
import { kindBadge } from '../components/kind-badge.js';
import { nodeRepairs } from '../components/repair.js';

const ELEMENT = 'description problems';
const DETAIL = `query($id: ID!) { node(id: $id) {
  ${NODE} version source { document ref }
  parents { ${NODE} } children { ${NODE} } responsibleUnits { ${NODE} }
  ... on Tujuan { ${ELEMENT} } ... on Sasaran { ${ELEMENT} } ... on Kondisi { ${ELEMENT} }
  ... on Indikator { satuan iku indicatorKind polarity baseline { raw value } finalTarget { raw value }
                     targets { year raw value } formula dataSource definition rationale }
  ... on Unit { responsibleFor { ${NODE} } topElements { ${NODE} } counts { units tujuan sasaran kondisi indikator } }
} }`;

export async function render(main, route, signal) {
  const { node: n } = await gql(DETAIL, { id: route.id }, signal);
  const isUnit = n.kind === 'UNIT';
  mount(main, html`<div class="page">
    <p class="eyebrow">${kindBadge(n.kind)} ${levelLabel(n.level)}${n.iku ? html` <span class="badge badge-iku">${t('node.iku')}</span>` : ''}</p>
    <h1 tabindex="-1">${n.code ? html`<span class="code">${n.code}</span> ` : ''}${n.name}</h1>
    <p class="actions">
      ${isUnit ? '' : html`<a class="btn" href="${href('trace', n.id)}">${t('action.trace')}</a>`}
      <a class="btn${isUnit ? '' : ' btn-quiet'}" href="${href('cascade', n.id)}">${isUnit ? t('action.cascade') : t('action.impact')}</a>
      <a class="btn btn-quiet" href="${href('diagram', n.id)}">${t('action.diagram')}</a>
      ${currentUser()?.canEdit ? html`<button type="button" class="btn btn-quiet" data-action="edit">${t('edit.open')}</button>` : ''}
    </p>
    <div data-editor></div>
    <div data-repairs></div>
    <div class="detail-grid">
      <section class="card" aria-labelledby="attrs">
        <h2 id="attrs">${t('node.attributes')}</h2>
        <dl class="facts">
          ${fact(t('col.kind'), kindLabel(n.kind))}
          ${fact(t('col.level'), levelLabel(n.level))}
          ${fact(t('col.code'), n.code)}
          ${fact(t('node.id'), html`<code>${n.id}</code>`)}
          ${isUnit ? '' : fact(t('col.unit'), list(n.responsibleUnits, true))}
          ${fact(t('col.satuan'), n.satuan)}
          ${fact(t('node.baseline'), n.baseline?.raw)}
          ${fact(t('node.finalTarget'), n.finalTarget?.raw)}
          ${fact(t('node.indicatorKind'), n.indicatorKind && t(`indicatorKind.${n.indicatorKind}`))}
          ${fact(t('node.polarity'), n.polarity && t(`polarity.${n.polarity}`))}
          ${n.kind === 'INDIKATOR' ? fact(t('node.iku'), n.iku ? t('common.yes') : t('common.no')) : ''}
          ${fact(t('node.formula'), n.formula)}
          ${fact(t('node.dataSource'), n.dataSource)}
          ${fact(t('node.definition'), n.definition)}
          ${fact(t('node.rationale'), n.rationale)}
          ${fact(t('node.description'), n.description)}
          ${fact(t('node.problems'), n.problems)}
          ${isUnit ? fact(t('node.counts'), counts(n.counts)) : ''}
        </dl>
      </section>
      <div class="stack">
        ${n.targets ? html`<section class="card" aria-labelledby="targets">
          <h2 id="targets">${t('node.targets')}</h2>
          ${n.targets.length ? html`<table class="data">
            <thead><tr><th scope="col">${t('col.year')}</th><th scope="col">${t('col.targetRaw')}</th><th scope="col" class="num">${t('col.targetValue')}</th></tr></thead>
            <tbody>${n.targets.map((x) => html`<tr><td>${x.year}</td><td>${x.raw}</td><td class="num">${x.value == null ? '—' : num(x.value)}</td></tr>`)}</tbody>
          </table>` : html`<p class="notice">${t('node.noTargets')}</p>`}
        </section>` : ''}
        <section class="card" aria-labelledby="prov">
          <h2 id="prov">${t('node.provenance')}</h2>
          <dl class="facts">
            ${fact(t('node.document'), n.source.document ?? '—')}
            ${fact(t('node.place'), n.source.ref ?? '—')}
            ${fact(t('node.version'), String(n.version))}
          </dl>
        </section>
      </div>
    </div>
    <div class="detail-grid">
      ${related('parents', isUnit ? t('node.parentUnit') : t('node.parents'), n.parents, isUnit ? t('node.noParentUnit') : t('node.noParents'))}
      ${related('children', isUnit ? t('node.subUnits') : t('node.children'), n.children, t('node.noChildren'))}
      ${isUnit ? related('topElements', t('node.topElements'), n.topElements, t('node.none')) : ''}
      ${isUnit ? related('responsibleFor', t('node.responsibleFor'), n.responsibleFor, t('node.none')) : ''}
    </div>
    ${n.kind === 'INDIKATOR' ? html`<section class="card" aria-labelledby="realisasi" data-realisasi hidden></section>` : ''}
    <section class="card" aria-labelledby="history" data-history>
      <h2 id="history">${t('history.title')}</h2>
      <p class="muted">${t('common.loading')}</p>
    </section>
  </div>`);
  showHistory(main.querySelector('[data-history]'), n.id, signal);
  const realisasi = main.querySelector('[data-realisasi]');
  // realisasi and capaian are a feature of the server: shown where the API has them
  if (realisasi && await hasQuery('capaianTree')) {
    realisasi.hidden = false;
    import('./realisasi.js').then(({ showRealisasi }) => showRealisasi(realisasi, n.id, signal)).catch(() => realisasi.remove());
  }
  const edit = main.querySelector('[data-action=edit]');
  edit?.addEventListener('click', async () => {
    const { openEditor } = await import('./edit.js');
    openEditor(main.querySelector('[data-editor]'), n, (saved) => {
      if (saved) window.dispatchEvent(new HashChangeEvent('hashchange'));
      else mount(main.querySelector('[data-editor]'), html``);
    });
  });
  // a finding's "edit" action opens the form straight away (#/node/<id>?edit=1)
  if (edit && route.params.get('edit')) edit.click();
  nodeRepairs(main.querySelector('[data-repairs]'), n);
  return { title: n.name };
}

const HISTORY = `query($id: ID!) { history(id: $id, first: 20) {
  edges { node { at user action version fields { field before after } } } pageInfo { hasNextPage } } }`;

/** Who changed this node, when, and what: the audit trail, newest first (the last 20 changes). */
async function showHistory(section, id, signal) {
  if (!(await hasQuery('history'))) {
    section.remove();
    return;
  }
  let history;
  try {
    ({ history } = await gql(HISTORY, { id }, signal));
  } catch (error) {
    if (signal?.aborted) return;
    mount(section, html`<h2 id="history">${t('history.title')}</h2><p class="muted">${t('history.unavailable')}</p>`);
    section.dataset.loaded = 'error';
    return;
  }
  const changes = history.edges.map((e) => e.node);
  const when = new Intl.DateTimeFormat(getLang() === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  mount(section, html`<h2 id="history">${t('history.title')} <span class="muted small">(${changes.length}${history.pageInfo.hasNextPage ? '+' : ''})</span></h2>
    ${changes.length ? html`<table class="data history cards">
      <thead><tr><th scope="col">${t('history.when')}</th><th scope="col">${t('history.who')}</th><th scope="col">${t('history.action')}</th><th scope="col">${t('history.what')}</th></tr></thead>
      <tbody>${changes.map((c) => html`<tr data-action="${c.action}">
        <td>${when.format(new Date(c.at))}</td><td data-label="${t('history.who')}">${c.user}</td>
        <td data-label="${t('history.action')}">${t(`history.action.${c.action}`)} <span class="muted small">v${c.version}</span></td>
        <td><ul class="changes">${c.fields.map((f) => html`<li><code>${f.field}</code>: ${shown(f.before)} → ${shown(f.after)}</li>`)}</ul></td>
      </tr>`)}</tbody>
    </table>` : html`<p class="muted">${t('history.none')}</p>`}`);
  section.dataset.loaded = 'true';
}

/** A recorded value (JSON) as a reader wants it: text without quotes, lists and targets spelled out. */
function shown(json) {
  if (json == null) return '—';
  const value = JSON.parse(json);
  if (Array.isArray(value)) return value.join(', ');
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}: ${v}`).join('; ');
  return String(value);
}

function fact(label, value) {
  if (value == null || value === '') return '';
  return html`<dt>${label}</dt><dd>${value}</dd>`;
}

function list(nodes, inline) {
  if (!nodes.length) return '—';
  return inline ? nodes.map((u) => html`<a href="${href('node', u.id)}">${u.name}</a>`).reduce((a, b) => html`${a}; ${b}`) : '';
}

function related(id, title, nodes, empty) {
  return html`<section class="card" aria-labelledby="rel-${id}">
    <h2 id="rel-${id}">${title} <span class="muted small">(${nodes.length})</span></h2>
    ${nodes.length ? html`<ul class="node-list">${nodes.map((x) => html`<li>${kindBadge(x.kind)}
        <a href="${href('node', x.id)}">${x.code ? `${x.code}. ` : ''}${x.name}</a>
        <span class="muted small">${levelLabel(x.level)}</span></li>`)}</ul>`
      : html`<p class="muted">${empty}</p>`}
  </section>`;
}

function counts(c) {
  return [
    t('overview.nUnits', { n: num(c.units) }),
    `${num(c.tujuan + c.sasaran + c.kondisi)} ${t('overview.elements').toLowerCase()}`,
    `${num(c.indikator)} ${t('overview.indicators').toLowerCase()}`,
  ].join(' · ');
}
