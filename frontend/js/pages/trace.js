// Trace: every path from a node up to the top of its cascade, each step with its responsible unit.
import { gql } from '../api.js';
import { html, mount } from '../dom.js';
import { kindLabel, levelLabel, t } from '../i18n.js';
import { href } from '../router.js';
import { combobox } from '../components/combobox.js';
import { kindBadge } from '../components/kind-badge.js';

const STEP = 'id kind code name level responsibleUnits { id name }';
const TRACE = `query($id: ID!) {
  node(id: $id) { ${STEP} ... on Indikator { satuan targets { year raw } } }
  trace(id: $id) { nodes { ${STEP} } top { id } }
}`;

export async function render(main, route, signal) {
  mount(main, html`<div class="page">
    <h1 tabindex="-1">${t('trace.title')}</h1>
    <div class="picker">
      <label for="trace-pick">${t('trace.pick')}</label>
      <input id="trace-pick" type="search" autocomplete="off" spellcheck="false" placeholder="${t('trace.pickPlaceholder')}">
    </div>
    <div id="trace-out"></div>
  </div>`);
  const picker = main.querySelector('#trace-pick');
  combobox(picker, { onPick: (node) => { location.hash = href('trace', node.id); } });
  const out = main.querySelector('#trace-out');
  if (!route.id) {
    mount(out, html`<p class="muted">${t('trace.hint')}</p>`);
    return { title: t('trace.title') };
  }
  const { node, trace } = await gql(TRACE, { id: route.id }, signal);
  const tops = [...new Set(trace.map((p) => p.top.id))];
  mount(out, html`<section class="card trace-subject" aria-labelledby="trace-subject">
      <p class="eyebrow">${kindBadge(node.kind)} ${levelLabel(node.level)}</p>
      <h2 id="trace-subject">${node.code ? `${node.code}. ` : ''}${node.name}</h2>
      <p class="muted">${node.responsibleUnits.map((u) => u.name).join('; ') || t('trace.noUnit')}
        ${node.satuan ? html` · ${t('col.satuan')}: ${node.satuan}` : ''}</p>
      <p class="actions">
        <a class="btn btn-quiet" href="${href('node', node.id)}">${t('action.detail')}</a>
        <a class="btn btn-quiet" href="${href('cascade', node.id)}">${t('action.impact')}</a>
      </p>
    </section>
    <h2>${trace.length === 1 ? t('trace.onePath') : t('trace.nPaths', { n: trace.length, tops: tops.length })}</h2>
    ${trace.length ? trace.map((path, i) => pathView(path, i, trace.length, node.id))
      : html`<p class="notice">${t('trace.noPath')}</p>`}`);
  return { title: `${t('trace.title')}: ${node.name}` };
}

function pathView(path, i, total, startId) {
  const top = path.nodes[path.nodes.length - 1];
  const reachesRpjmd = top.kind === 'TUJUAN' && top.level === 'PEMDA';
  return html`<section class="card path" aria-labelledby="path-${i}">
    <header class="card-head">
      <h3 id="path-${i}">${t('trace.path', { i: i + 1, n: total })}
        <span class="muted small">${t('trace.steps', { n: path.nodes.length })}</span></h3>
      <a class="btn btn-quiet" href="${href('diagram', top.id, { trace: startId })}">${t('trace.showDiagram')}</a>
    </header>
    <ol class="chain">
      ${path.nodes.map((n, j) => html`<li class="step${j === 0 ? ' step-start' : ''}${j === path.nodes.length - 1 ? ' step-top' : ''}">
        <div class="step-box" data-level="${n.level ?? ''}">
          <p class="step-meta">${kindBadge(n.kind)} <span>${levelLabel(n.level)}</span>${n.code ? html` · <span class="code">${n.code}</span>` : ''}</p>
          <p class="step-name"><a href="${href('node', n.id)}">${n.name}</a></p>
          <p class="step-unit">${n.responsibleUnits.length ? n.responsibleUnits.map((u) => html`<a href="${href('node', u.id)}">${u.name}</a>`).reduce((a, b) => html`${a}; ${b}`)
            : html`<span class="muted">${t('trace.noUnit')}</span>`}</p>
          <p class="step-actions small"><a href="${href('trace', n.id)}">${t('action.trace')}</a> · <a href="${href('cascade', n.id)}">${t('action.impact')}</a></p>
        </div>
        ${j < path.nodes.length - 1 ? html`<p class="step-link" aria-hidden="true">${t('trace.contributesTo')}</p>` : ''}
      </li>`)}
    </ol>
    ${reachesRpjmd ? '' : html`<p class="notice">${t('trace.stops', { name: top.name, kind: kindLabel(top.kind), level: levelLabel(top.level) || '—' })}</p>`}
  </section>`;
}
