// The RPJMD tier, for administrators on the overview: where a region records no RPJMD goal, create its Tujuan and
// Sasaran (level PEMDA, the region's Pemda unit answering for them), then hang each perangkat daerah's top goals
// under them, each preset to the parent the server suggests (parentSuggestions) where that is one of the region's
// RPJMD elements. Once linked, a trace from a subbagian indicator reaches the RPJMD Tujuan.
import { gql } from '../api.js';
import { html, mount } from '../dom.js';
import { kindLabel, t } from '../i18n.js';
import { openDialog } from './dialog.js';
import { suggestedParents, textOf } from './link-dialog.js';
import { addContribution, createElement, errorCode, errorView } from './mutations.js';
import { editorScope } from './permissions.js';

const ELEMENTS = new Set(['TUJUAN', 'SASARAN', 'KONDISI']);
const regionsById = new Map();

/**
 * Offers the RPJMD actions in each region's `[data-rpjmd]` slot under `main` (regions as the overview loads them:
 * id, name, topElements, children with their topElements), for administrators only.
 */
export async function rpjmdActions(main, regions) {
  const scope = await editorScope();
  if (!scope?.admin) return;
  for (const r of regions) {
    regionsById.set(r.id, r);
    const slot = main.querySelector(`[data-rpjmd="${CSS.escape(r.id)}"]`);
    if (!slot) continue;
    const goals = r.topElements.filter((e) => e.level === 'PEMDA');
    mount(slot, html`<button type="button" class="btn btn-small" data-action="rpjmd">${goals.length ? t('rpjmd.hang') : t('rpjmd.create')}</button>`);
    slot.hidden = false;
    slot.querySelector('button').addEventListener('click', () => openRpjmd(regionsById.get(r.id), goals));
  }
}

function openRpjmd(region, goals) {
  const { body, close } = openDialog({
    title: t('rpjmd.title', { name: region.name }),
    className: 'rpjmd-dialog',
    body: html`<div data-step></div>`,
  });
  const step = body.querySelector('[data-step]');
  const done = () => {
    close();
    document.getElementById('announcer').textContent = t('repair.done');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  };
  if (goals.length) {
    rpjmdElements(goals).then((parents) => hangStep(step, region, parents, done));
  } else {
    createStep(step, region, (parents) => hangStep(step, region, parents, done));
  }
}

/** The region's RPJMD goals and the RPJMD elements (level PEMDA) right under them. */
async function rpjmdElements(goals) {
  const query = `{ ${goals.map((g, i) => `g${i}: node(id: ${JSON.stringify(g.id)}) { children { id kind code name level } }`).join(' ')} }`;
  const data = await gql(query);
  const below = goals.flatMap((g, i) => data[`g${i}`].children.filter((c) => ELEMENTS.has(c.kind) && c.level === 'PEMDA'));
  return [...below, ...goals];
}

/** Step 1: the region's RPJMD Tujuan and Sasaran (the Sasaran contributes to the Tujuan). */
function createStep(step, region, next) {
  mount(step, html`<form class="repair-form" novalidate>
    <p class="muted small">${t('rpjmd.createLead')}</p>
    <fieldset><legend>${t('rpjmd.tujuan')}</legend>
      <label for="rpjmd-tujuan-name">${t('edit.field.name')}</label><input id="rpjmd-tujuan-name" name="tujuanName" required>
      <label for="rpjmd-tujuan-code">${t('edit.field.code')}</label><input id="rpjmd-tujuan-code" name="tujuanCode"></fieldset>
    <fieldset><legend>${t('rpjmd.sasaran')}</legend>
      <label for="rpjmd-sasaran-name">${t('edit.field.name')}</label><input id="rpjmd-sasaran-name" name="sasaranName" required>
      <label for="rpjmd-sasaran-code">${t('edit.field.code')}</label><input id="rpjmd-sasaran-code" name="sasaranCode"></fieldset>
    <div class="alert alert-error" role="alert" data-repair-error hidden></div>
    <p class="actions"><button type="submit" class="btn">${t('rpjmd.createSubmit')}</button></p>
  </form>`);
  const form = step.querySelector('form');
  form.elements.tujuanName.focus();
  let tujuan = null;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const value = (name) => form.elements[name].value.trim() || null;
    const missing = ['tujuanName', 'sasaranName'].find((name) => !value(name));
    if (missing) {
      form.elements[missing].focus();
      return;
    }
    const submit = form.querySelector('[type=submit]');
    const error = form.querySelector('[data-repair-error]');
    submit.disabled = true;
    error.hidden = true;
    try {
      // a Tujuan made before a refused Sasaran is not made twice when the form is sent again
      tujuan ??= await createElement({ kind: 'TUJUAN', level: 'PEMDA', name: value('tujuanName'), code: value('tujuanCode'), responsibleUnits: [region.id] });
      const sasaran = await createElement({ kind: 'SASARAN', level: 'PEMDA', name: value('sasaranName'), code: value('sasaranCode'),
        responsibleUnits: [region.id], contributesTo: [tujuan.id] });
      next([sasaran, tujuan]);
    } catch (err) {
      error.dataset.code = errorCode(err);
      mount(error, errorView(err));
      error.hidden = false;
      submit.disabled = false;
    }
  });
}

/** Step 2: each perangkat daerah's top goals, each with the RPJMD element to hang it under (suggested where possible). */
async function hangStep(step, region, parents, done) {
  const tops = region.children.flatMap((pd) => (pd.topElements ?? []).filter((e) => ELEMENTS.has(e.kind) && e.level !== 'PEMDA').map((e) => ({ pd, e })));
  mount(step, html`<p class="muted">${t('common.loading')}</p>`);
  const ids = new Set(parents.map((p) => p.id));
  const [linked, suggestions] = await Promise.all([parentsOf(tops.map((x) => x.e.id)),
    Promise.all(tops.map((x) => suggestedParents(x.e.id, 10)))]);
  const rows = tops.map((x, i) => {
    // a perangkat daerah's sasaran supports an RPJMD Sasaran: the best suggested one, else the best suggestion
    const mine = suggestions[i].filter((s) => ids.has(s.node.id));
    const best = mine.find((s) => s.node.kind === 'SASARAN') ?? mine[0];
    const already = (linked.get(x.e.id) ?? []).find((p) => ids.has(p));
    const fallback = parents.find((p) => p.kind === 'SASARAN') ?? parents[0];
    return { ...x, best, already, chosen: already ?? best?.node.id ?? fallback?.id };
  });
  mount(step, html`<form class="repair-form rpjmd-hang" novalidate>
    <p class="muted small">${t('rpjmd.hangLead')}</p>
    ${rows.length ? html`<ul class="rpjmd-rows">${rows.map((row, i) => html`<li data-top="${row.e.id}">
      <label class="check"><input type="checkbox" name="hang-${i}" ${row.already ? 'disabled' : 'checked'}>
        <span><strong>${row.e.code ? `${row.e.code}. ` : ''}${row.e.name}</strong> <span class="muted small">${row.pd.name}</span></span></label>
      <label class="visually-hidden" for="rpjmd-parent-${i}">${t('rpjmd.parentOf', { name: row.e.name })}</label>
      <select id="rpjmd-parent-${i}" name="parent-${i}" ${row.already ? 'disabled' : ''}>${parents.map((p) => html`<option value="${p.id}" ${p.id === row.chosen ? 'selected' : ''}>${kindLabel(p.kind)}: ${p.code ? `${p.code}. ` : ''}${p.name}</option>`)}</select>
      ${row.already ? html`<span class="muted small">${t('rpjmd.already')}</span>`
        : row.best ? html`<span class="muted small" data-suggested="${row.best.node.id}">${t('rpjmd.suggested')}${row.best.reasons?.length ? `: ${row.best.reasons.map(textOf).join('; ')}` : ''}</span>` : ''}
      <span class="form-error small" data-row-error></span>
    </li>`)}</ul>` : html`<p class="notice">${t('rpjmd.noTops')}</p>`}
    <div class="alert alert-error" role="alert" data-repair-error hidden></div>
    <p class="actions"><button type="submit" class="btn">${t('rpjmd.hangSubmit')}</button></p>
  </form>`);
  const form = step.querySelector('form');
  (form.querySelector('input:not([disabled]), select:not([disabled])') ?? form.querySelector('[type=submit]')).focus();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const submit = form.querySelector('[type=submit]');
    submit.disabled = true;
    let failed = 0;
    for (const [i, row] of rows.entries()) {
      const box = form.elements[`hang-${i}`];
      if (row.already || !box.checked) continue;
      const slot = form.querySelector(`[data-top="${CSS.escape(row.e.id)}"] [data-row-error]`);
      try {
        await addContribution(row.e.id, form.elements[`parent-${i}`].value);
        row.already = true;
        box.disabled = true;
        slot.textContent = '';
      } catch (err) {
        failed++;
        mount(slot, errorView(err));
      }
    }
    submit.disabled = false;
    if (!failed) done();
  });
}

async function parentsOf(ids) {
  if (!ids.length) return new Map();
  const query = `{ ${ids.map((id, i) => `p${i}: node(id: ${JSON.stringify(id)}) { parents { id } }`).join(' ')} }`;
  const data = await gql(query);
  return new Map(ids.map((id, i) => [id, data[`p${i}`].parents.map((p) => p.id)]));
}
