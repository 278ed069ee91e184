// The small forms of the repair actions: a responsible unit, a new element, a new indicator under an element, the
// targets of some years, and the confirmation of a delete. Each sends one mutation (mutations.js) and says a
// refusal in the form, which stays open.
import { html, mount } from '../dom.js';
import { kindLabel, levelLabel, t } from '../i18n.js';
import { combobox } from './combobox.js';
import { openDialog } from './dialog.js';
import {
  addResponsibility, createElement, createIndicator, deleteNode, errorCode, errorView, setTargets,
} from './mutations.js';

const LEVELS = ['PEMDA', 'PERANGKAT_DAERAH', 'ASISTEN', 'BAGIAN', 'SUBBAGIAN'];
const ELEMENT_KINDS = ['TUJUAN', 'SASARAN', 'KONDISI'];
let forms = 0;

/**
 * A responsible-unit field in `container`: a planner picks one of their perangkat daerah's units, an administrator
 * searches any unit (the `preset` units, e.g. the node's own, offered first). Returns () => the chosen unit id.
 */
export function unitField(container, scope, { preset = [], label = t('repair.unit.label') } = {}) {
  const id = `unit-field-${++forms}`;
  if (!scope.admin) {
    const units = [...scope.units.values()];
    const chosen = preset.find((u) => scope.units.has(u.id))?.id ?? scope.pd.id;
    mount(container, html`<label for="${id}">${label}</label>
      <select id="${id}" name="unit">${units.map((u) => html`<option value="${u.id}" ${u.id === chosen ? 'selected' : ''}>${u.name} (${levelLabel(u.level)})</option>`)}</select>`);
    const select = container.querySelector('select');
    return () => select.value;
  }
  let value = preset[0]?.id ?? '';
  mount(container, html`<label for="${id}">${label}</label>
    ${preset.length ? html`<select id="${id}-preset" aria-label="${label}">${preset.map((u) => html`<option value="${u.id}">${u.name}</option>`)}
      <option value="">${t('repair.unit.other')}</option></select>` : ''}
    <span class="unit-search"><input id="${id}" type="search" autocomplete="off" placeholder="${t('repair.unit.search')}" ${preset.length ? 'hidden' : ''}></span>
    <span class="muted small" data-unit-chosen aria-live="polite"></span>`);
  const input = container.querySelector(`#${id}`);
  const presetSelect = container.querySelector('select');
  const chosen = container.querySelector('[data-unit-chosen]');
  presetSelect?.addEventListener('change', () => {
    value = presetSelect.value;
    input.hidden = value !== '';
    if (!value) input.focus();
  });
  combobox(input, {
    first: 20,
    filter: (x) => x.kind === 'UNIT',
    onPick: (u) => {
      value = u.id;
      input.value = u.name;
      chosen.textContent = t('repair.unit.chosen', { name: u.name });
    },
  });
  return () => value;
}

function formError(form, error) {
  const box = form.querySelector('[data-repair-error]');
  box.dataset.code = errorCode(error);
  mount(box, errorView(error));
  box.hidden = false;
}

/** Disables the form's submit button while `work` runs; shows its refusal in the form. */
async function submitting(form, work) {
  const submit = form.querySelector('[type=submit]');
  submit.disabled = true;
  form.querySelector('[data-repair-error]').hidden = true;
  try {
    await work();
  } catch (e) {
    formError(form, e);
  } finally {
    submit.disabled = false;
  }
}

/**
 * A form for a new element in `container`: kind, name, code, level and responsible unit (planners must name one of
 * their own; the region's RPJMD tier, level PEMDA, is the administrators'). options: kind, level, units (preset responsible units), contributesTo, onCreated(element).
 */
export function createElementForm(container, scope, { kind = 'SASARAN', level = 'PERANGKAT_DAERAH', units = [], contributesTo = [], submitLabel, onCreated }) {
  const id = `create-${++forms}`;
  mount(container, html`<form class="repair-form" novalidate>
    <label for="${id}-kind">${t('repair.create.kind')}</label>
    <select id="${id}-kind" name="kind">${ELEMENT_KINDS.map((k) => html`<option value="${k}" ${k === kind ? 'selected' : ''}>${kindLabel(k)}</option>`)}</select>
    <label for="${id}-name">${t('edit.field.name')}</label><input id="${id}-name" name="name" required>
    <label for="${id}-code">${t('edit.field.code')}</label><input id="${id}-code" name="code">
    <label for="${id}-level">${t('col.level')}</label>
    <select id="${id}-level" name="level">${LEVELS.filter((l) => scope.admin || l !== 'PEMDA').map((l) => html`<option value="${l}" ${l === level ? 'selected' : ''}>${levelLabel(l)}</option>`)}</select>
    <div data-unit></div>
    <div class="alert alert-error" role="alert" data-repair-error hidden></div>
    <p class="actions"><button type="submit" class="btn">${submitLabel ?? t('repair.create.submit')}</button></p>
  </form>`);
  const form = container.querySelector('form');
  const unit = unitField(form.querySelector('[data-unit]'), scope, { preset: units });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const name = form.elements.name.value.trim();
    if (!name) {
      form.elements.name.focus();
      return;
    }
    submitting(form, async () => {
      const created = await createElement({
        kind: form.elements.kind.value, name, code: form.elements.code.value.trim() || null,
        level: form.elements.level.value, contributesTo, responsibleUnits: unit() ? [unit()] : [],
      });
      await onCreated(created);
    });
  });
}

/** Adds an indicator under element `el` (it measures it): name, code, satuan, this year's target, responsible unit. */
export function openIndicatorDialog(el, scope, onDone) {
  const year = new Date().getFullYear();
  const { body, close } = openDialog({
    title: t('repair.indicator.title', { name: el.name }),
    body: html`<form class="repair-form" novalidate>
      <label for="ind-name">${t('edit.field.name')}</label><input id="ind-name" name="name" required>
      <label for="ind-code">${t('edit.field.code')}</label><input id="ind-code" name="code">
      <label for="ind-satuan">${t('edit.field.satuan')}</label><input id="ind-satuan" name="satuan" placeholder="${t('repair.indicator.satuanHint')}">
      <label for="ind-year">${t('repair.target.year')}</label><input id="ind-year" name="year" type="number" min="2000" max="2100" value="${year}">
      <label for="ind-target">${t('repair.target.value')}</label><input id="ind-target" name="target" placeholder="${t('repair.target.hint')}">
      <div data-unit></div>
      <div class="alert alert-error" role="alert" data-repair-error hidden></div>
      <p class="actions"><button type="submit" class="btn">${t('repair.indicator.submit')}</button></p>
    </form>`,
  });
  const form = body.querySelector('form');
  const unit = unitField(form.querySelector('[data-unit]'), scope, { preset: el.responsibleUnits ?? [] });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const name = form.elements.name.value.trim();
    if (!name) {
      form.elements.name.focus();
      return;
    }
    const target = form.elements.target.value.trim();
    submitting(form, async () => {
      await createIndicator({
        name, code: form.elements.code.value.trim() || null, satuan: form.elements.satuan.value.trim() || null,
        level: el.level ?? null, contributesTo: [el.id], responsibleUnits: unit() ? [unit()] : [],
        targets: target ? [{ year: Number(form.elements.year.value), value: target }] : [],
      });
      close();
      onDone?.();
    });
  });
}

/** Sets indicator `ind`'s targets for `years` (each prefilled with the target it has). */
export function openTargetDialog(ind, years, onDone) {
  const { body, close } = openDialog({
    title: t('repair.target.title', { name: ind.name }),
    body: html`<form class="repair-form" novalidate>
      <p class="muted small">${t('repair.target.lead')}</p>
      ${years.map((y) => html`<label for="target-${y}">${t('repair.target.forYear', { year: y })}</label>
        <input id="target-${y}" data-year="${y}" value="${ind.targets?.find((x) => x.year === y)?.raw ?? ''}" placeholder="${t('repair.target.hint')}">`)}
      <div class="alert alert-error" role="alert" data-repair-error hidden></div>
      <p class="actions"><button type="submit" class="btn">${t('repair.target.submit')}</button></p>
    </form>`,
  });
  const form = body.querySelector('form');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const targets = [...form.querySelectorAll('[data-year]')].map((i) => ({ year: Number(i.dataset.year), value: i.value.trim() || null }))
      .filter((x) => x.value !== null || ind.targets?.some((y) => y.year === x.year));
    if (!targets.length) {
      form.querySelector('[data-year]')?.focus();
      return;
    }
    submitting(form, async () => {
      await setTargets(ind.id, ind.version, targets);
      close();
      onDone?.();
    });
  });
}

/** Hands node `n` to a responsible unit. */
export function openUnitDialog(n, scope, onDone) {
  const { body, close } = openDialog({
    title: t('repair.unit.title', { name: n.name }),
    body: html`<form class="repair-form" novalidate>
      <div data-unit></div>
      <div class="alert alert-error" role="alert" data-repair-error hidden></div>
      <p class="actions"><button type="submit" class="btn">${t('repair.unit.submit')}</button></p>
    </form>`,
  });
  const form = body.querySelector('form');
  const unit = unitField(form.querySelector('[data-unit]'), scope, { preset: n.unitsAbove ?? [] });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = unit();
    if (!chosen) {
      form.querySelector('input, select')?.focus();
      return;
    }
    submitting(form, async () => {
      await addResponsibility(chosen, n.id);
      close();
      onDone?.();
    });
  });
}

/** Asks before deleting node `n` (the server refuses while anything still hangs under it: IN_USE). */
export function confirmDelete(n, onDone) {
  const { body, close } = openDialog({
    title: t('repair.delete.title', { name: n.name }),
    body: html`<form class="repair-form" novalidate>
      <p>${t('repair.delete.lead', { kind: kindLabel(n.kind) })}</p>
      <div class="alert alert-error" role="alert" data-repair-error hidden></div>
      <p class="actions"><button type="submit" class="btn btn-danger">${t('repair.delete.submit')}</button>
        <button type="button" class="btn btn-quiet" data-action="cancel" autofocus>${t('edit.cancel')}</button></p>
    </form>`,
  });
  const form = body.querySelector('form');
  form.querySelector('[data-action=cancel]').addEventListener('click', close);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitting(form, async () => {
      await deleteNode(n);
      close();
      onDone?.();
    });
  });
}
