// Repairs where the finding is: for each readiness finding (its `.finding-actions` container, data-rule and
// data-node) the actions that mend it, and the same actions on the node page. Shown only to a signed-in user the
// server will let change the node (permissions.js); everyone else sees the advice without buttons. Every action is
// one of the editing mutations; after it the report is fetched again (the server recomputes it on the next request)
// and the page shows it in place, keeping the scroll position.
import { gql } from '../api.js';
import { html, mount } from '../dom.js';
import { t } from '../i18n.js';
import { current, href } from '../router.js';
import { openLinkDialog } from './link-dialog.js';
import { errorCode, errorView, removeContribution, removeResponsibility } from './mutations.js';
import { confirmDelete, openIndicatorDialog, openTargetDialog, openUnitDialog } from './node-forms.js';
import { editorScope, mayEdit } from './permissions.js';

const NODE = `id kind code name level version source { document } responsibleUnits { id name level }
  parents { id kind code name level } ... on Indikator { targets { year raw } }`;
const ELEMENTS = new Set(['TUJUAN', 'SASARAN', 'KONDISI']);
/** Enough nodes per request for a page of findings, well under the query cost bound. */
const BATCH = 50;

/** The actions of each rule, in the order they are offered. */
const ACTIONS = {
  'indicator-unlinked': ['link', 'unit', 'delete'],
  'indicator-below-top': ['linkStop'],
  'element-unmeasured': ['indicator', 'delete'],
  'responsible-unit-missing': ['unit'],
  'unit-idle': ['delete'],
  'target-missing': ['target'],
  'target-missing-year': ['target'],
  'level-skip': ['unlink', 'link'],
  'level-reversal': ['unlink', 'link'],
  'contribution-cycle': ['unlink'],
  'indicator-duplicate': ['delete', 'edit'],
  'element-duplicate': ['delete', 'edit'],
};

/** The latest fill of each list: an earlier one that ends later does not say it is done. */
const runs = new WeakMap();

/** The nodes with these ids (the fields the actions need), and for `traced` ids the tops of their traces. */
async function load(ids, traced = []) {
  const out = new Map();
  const tops = new Map();
  const all = [...ids.map((id) => ['n', id]), ...traced.map((id) => ['t', id])];
  for (let i = 0; i < all.length; i += BATCH) {
    const part = all.slice(i, i + BATCH);
    const vars = part.map((_, j) => `$v${j}: ID!`).join(', ');
    const fields = part.map(([what], j) => (what === 'n' ? `a${j}: node(id: $v${j}) { ${NODE} }`
      : `a${j}: trace(id: $v${j}) { top { ${NODE} } }`)).join('\n');
    const data = await gql(`query(${vars}) { ${fields} }`, Object.fromEntries(part.map(([, id], j) => [`v${j}`, id])));
    part.forEach(([what, id], j) => {
      if (what === 'n') out.set(id, data[`a${j}`]);
      else tops.set(id, [...new Map(data[`a${j}`].map((p) => [p.top.id, p.top])).values()]);
    });
  }
  return { nodes: out, tops };
}

/**
 * The finding containers under `root`: the `.finding-actions` the readiness page renders, or, on a page that has
 * none, one made after each finding's message from its rule card and node link.
 */
function containers(root) {
  root.querySelectorAll('li.finding').forEach((li) => {
    if (li.querySelector('.finding-actions')) return;
    const rule = li.closest('[data-rule]')?.dataset.rule;
    const link = li.querySelector('a[href^="#/node/"]');
    if (!rule || !link) return;
    const box = document.createElement('div');
    box.className = 'finding-actions';
    box.dataset.rule = rule;
    box.dataset.node = decodeURIComponent(link.getAttribute('href').slice('#/node/'.length));
    li.append(box);
  });
  return [...root.querySelectorAll('.finding-actions[data-rule][data-node]')];
}

/**
 * Fills every finding's actions under `root` (the readiness page's list, after each render) for a signed-in
 * editor; does nothing for anyone else.
 */
export async function fillRepairs(root) {
  const boxes = containers(root).filter((box) => !box.dataset.filled);
  // data-repairs says when the actions are in place (scripts and tests wait for it): none for a reader
  root.dataset.repairs = 'loading';
  const run = (runs.get(root) ?? 0) + 1;
  runs.set(root, run);
  const said = (state) => { if (runs.get(root) === run) root.dataset.repairs = state; };
  const scope = boxes.length ? await editorScope() : null;
  if (!scope) {
    said('none');
    return;
  }
  boxes.forEach((box) => { box.dataset.filled = 'loading'; });
  const ids = [...new Set(boxes.map((b) => b.dataset.node))];
  const traced = [...new Set(boxes.filter((b) => b.dataset.rule === 'indicator-below-top').map((b) => b.dataset.node))];
  let loaded;
  try {
    loaded = await load(ids, traced);
  } catch (e) {
    boxes.forEach((box) => { delete box.dataset.filled; });
    said('error');
    root.dataset.repairsError = e.message;
    return;
  }
  for (const box of boxes) {
    const n = loaded.nodes.get(box.dataset.node);
    box.dataset.filled = 'true';
    if (!n || !mayEdit(scope, n)) continue;
    const stops = (loaded.tops.get(n.id) ?? []).filter((x) => x.id !== n.id && ELEMENTS.has(x.kind) && mayEdit(scope, x));
    const buttons = actionsFor(box.dataset.rule, n, stops, scope);
    if (!buttons.length) continue;
    mount(box, html`<p class="actions repair-actions" role="group" aria-label="${t('repair.group', { name: n.name })}">${buttons.map((b) => b.view)}</p>
      <div class="alert alert-error small" role="alert" data-repair-error hidden></div>`);
    box.addEventListener('click', (e) => {
      const button = e.target.closest('[data-repair]');
      if (!button) return;
      const action = buttons.find((b) => b.key === button.dataset.repairKey);
      action?.run(() => afterFix(box), box);
    });
  }
  said('filled');
}

/** The buttons of one finding: { key, view, run(done, box) }. */
function actionsFor(rule, n, stops, scope) {
  const out = [];
  const button = (key, kind, label, run, quiet = true) => out.push({
    key, run, view: html`<button type="button" class="btn ${quiet ? 'btn-quiet ' : ''}btn-small" data-repair="${kind}" data-repair-key="${key}">${label}</button>`,
  });
  for (const action of ACTIONS[rule] ?? ['edit']) {
    if (action === 'link' && n.kind !== 'UNIT') {
      button('link', 'link', t('repair.action.link'), (done) => openLinkDialog(n, scope, done), false);
    } else if (action === 'linkStop') {
      const targets = ELEMENTS.has(n.kind) ? [n] : stops;
      targets.forEach((x) => button(`link-${x.id}`, 'link', targets[0] === n ? t('repair.action.link')
        : t('repair.action.linkStop', { name: x.name }), (done) => openLinkDialog(x, scope, done), false));
    } else if (action === 'unit' && n.kind !== 'UNIT' && !n.responsibleUnits.length) {
      button('unit', 'unit', t('repair.action.unit'), (done) => openUnitDialog(n, scope, done), false);
    } else if (action === 'indicator' && ELEMENTS.has(n.kind)) {
      button('indicator', 'indicator', t('repair.action.indicator'), (done) => openIndicatorDialog(n, scope, done), false);
    } else if (action === 'target' && n.kind === 'INDIKATOR') {
      button('target', 'target', t('repair.action.target'), (done) => openTargetDialog(n, targetYears(n), done), false);
    } else if (action === 'unlink') {
      n.parents.forEach((p) => button(`unlink-${p.id}`, 'unlink', t('repair.action.unlink', { name: p.name }),
        (done, box) => unlink(n, p, box, done)));
    } else if (action === 'delete') {
      button('delete', 'delete', t('repair.action.delete'), (done) => confirmDelete(n, done));
    } else if (action === 'edit') {
      out.push({ key: 'edit', run: () => {}, view: html`<a class="btn btn-quiet btn-small" data-repair="edit" href="${href('node', n.id, { edit: 1 })}">${t('repair.action.edit')}</a>` });
    }
  }
  return out;
}

/** The years a target form offers: the year under evaluation, the years with a target and those between, next year. */
export function targetYears(n) {
  const asked = Number(current().params.get('year')) || null;
  const years = new Set((n.targets ?? []).map((x) => x.year));
  const thisYear = new Date().getFullYear();
  const first = Math.min(...years, asked ?? thisYear, thisYear);
  const last = Math.max(...years, asked ?? thisYear, thisYear);
  const all = [];
  for (let y = first; y <= last; y++) all.push(y);
  return all;
}

async function unlink(n, parent, box, done) {
  const error = box.querySelector('[data-repair-error]');
  try {
    await removeContribution(n.id, parent.id);
    done();
  } catch (e) {
    error.dataset.code = errorCode(e);
    mount(error, errorView(e));
    error.hidden = false;
  }
}

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** Renders the current page again (its data fetched afresh) and resolves when it has rendered. */
async function rerender() {
  const main = document.getElementById('main');
  const before = Number(main.dataset.routes || 0);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  for (let waited = 0; waited < 20000 && Number(main.dataset.routes || 0) <= before; waited += 25) await sleep(25);
}

/**
 * After a repair on the readiness page: the finding goes at once, the report is fetched again in place (score,
 * counts, findings) and the scroll position and focus stay near where they were. The server recomputes the report
 * on the next request after a change; should it still show the finding, it is asked again a few times.
 */
async function afterFix(box) {
  const { rule, node } = box.dataset;
  const li = box.closest('li.finding');
  const next = li?.nextElementSibling?.querySelector('.finding-actions');
  const nextKey = next ? [next.dataset.rule, next.dataset.node] : null;
  const y = window.scrollY;
  li?.remove();
  announce(t('repair.done'));
  const selector = (r, n) => `.finding-actions[data-rule="${CSS.escape(r)}"][data-node="${CSS.escape(n)}"]`;
  for (let attempt = 0; attempt < 4; attempt++) {
    if (attempt) await sleep(300);
    await rerender();
    if (!document.querySelector(selector(rule, node))) break;
  }
  window.scrollTo(0, y);
  const target = (nextKey && document.querySelector(selector(...nextKey))?.closest('li.finding')?.querySelector('a, button'))
    ?? document.getElementById('findings');
  if (target) {
    if (!target.matches('a, button')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }
}

function announce(text) {
  const announcer = document.getElementById('announcer');
  if (announcer) announcer.textContent = text;
}

/**
 * The node page's repair card in `container` for node `n` (as the node page loads it): link to a parent, remove a
 * link, responsible units, an indicator under an element, targets, delete. Empty for a user who may not change it.
 */
export async function nodeRepairs(container, n) {
  const scope = await editorScope();
  if (!scope || !mayEdit(scope, n)) {
    container.dataset.repairs = 'none';
    return;
  }
  const isUnit = n.kind === 'UNIT';
  const done = async () => {
    announce(t('repair.done'));
    const y = window.scrollY;
    await rerender();
    window.scrollTo(0, y);
  };
  const afterDelete = () => {
    announce(t('repair.deleted'));
    location.hash = n.parents?.[0] ? href('node', n.parents[0].id) : href('overview');
  };
  mount(container, html`<section class="card repair-card" aria-labelledby="repair-title">
    <h2 id="repair-title">${t('repair.title')}</h2>
    ${isUnit ? '' : html`<h3 class="small-heading">${t('node.parents')}</h3>
      <ul class="repair-list">${n.parents.map((p) => html`<li>${p.code ? `${p.code}. ` : ''}${p.name}
        <button type="button" class="btn btn-quiet btn-small" data-repair="unlink" data-id="${p.id}">${t('repair.action.unlinkShort')}</button></li>`)}</ul>
      <p class="actions"><button type="button" class="btn btn-small" data-repair="link">${t('repair.action.link')}</button></p>
      <h3 class="small-heading">${t('col.unit')}</h3>
      <ul class="repair-list">${n.responsibleUnits.map((u) => html`<li>${u.name}
        <button type="button" class="btn btn-quiet btn-small" data-repair="unassign" data-id="${u.id}">${t('repair.action.unassign')}</button></li>`)}</ul>
      <p class="actions"><button type="button" class="btn btn-quiet btn-small" data-repair="unit">${t('repair.action.unitMore')}</button></p>`}
    <p class="actions">
      ${ELEMENTS.has(n.kind) ? html`<button type="button" class="btn btn-quiet btn-small" data-repair="indicator">${t('repair.action.indicator')}</button>` : ''}
      ${n.kind === 'INDIKATOR' ? html`<button type="button" class="btn btn-quiet btn-small" data-repair="target">${t('repair.action.target')}</button>` : ''}
      <button type="button" class="btn btn-quiet btn-small btn-danger" data-repair="delete">${t('repair.action.delete')}</button>
    </p>
    <div class="alert alert-error small" role="alert" data-repair-error hidden></div>
  </section>`);
  container.dataset.repairs = 'filled';
  const error = container.querySelector('[data-repair-error]');
  const fail = (e) => {
    error.dataset.code = errorCode(e);
    mount(error, errorView(e));
    error.hidden = false;
  };
  container.addEventListener('click', async (e) => {
    const button = e.target.closest('[data-repair]');
    if (!button) return;
    const { repair, id } = button.dataset;
    error.hidden = true;
    try {
      if (repair === 'link') openLinkDialog(n, scope, done);
      else if (repair === 'unit') openUnitDialog(n, scope, done);
      else if (repair === 'indicator') openIndicatorDialog(n, scope, done);
      else if (repair === 'target') openTargetDialog(n, targetYears(n), done);
      else if (repair === 'delete') confirmDelete(n, afterDelete);
      else if (repair === 'unlink') {
        await removeContribution(n.id, id);
        await done();
      } else if (repair === 'unassign') {
        await removeResponsibility(id, n.id);
        await done();
      }
    } catch (err) {
      fail(err);
    }
  });
}
