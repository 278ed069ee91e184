// Editing a node's fields and an indicator's targets, for signed-in planners and administrators. The change
// is sent against the version the form was opened with: if someone changed the node since, the server
// refuses it (STALE_VERSION) and the form says so instead of overwriting their change.
import { ApiError, gql } from '../api.js';
import { html, mount } from '../dom.js';
import { t } from '../i18n.js';

const FIELDS = {
  element: ['name', 'code', 'description', 'problems'],
  INDIKATOR: ['name', 'code', 'satuan', 'baseline', 'finalTarget', 'formula', 'dataSource', 'definition', 'rationale'],
  UNIT: ['name', 'code'],
};
const LONG = new Set(['description', 'problems', 'formula', 'definition', 'rationale', 'dataSource']);
const MUTATION = {
  element: 'updateElement(id: $id, version: $version, input: $input)',
  INDIKATOR: 'updateIndicator(id: $id, version: $version, input: $input)',
  UNIT: 'updateUnit(id: $id, version: $version, input: $input)',
};
const INPUT = { element: 'ElementChanges', INDIKATOR: 'IndicatorChanges', UNIT: 'UnitChanges' };

/** The node's current value of a form field. */
function valueOf(node, field) {
  if (field === 'baseline' || field === 'finalTarget') return node[field]?.raw ?? '';
  return node[field] ?? '';
}

/**
 * Opens the edit form in `container` for node `n` (as the node page loaded it); `onSaved` gets called after
 * a save is accepted, to show the page again.
 */
export function openEditor(container, n, onSaved) {
  const group = n.kind === 'INDIKATOR' || n.kind === 'UNIT' ? n.kind : 'element';
  const fields = FIELDS[group];
  mount(container, html`<form class="card edit-form" novalidate>
    <h2 id="edit-title">${t('edit.title')}</h2>
    <p class="muted small">${t('edit.version', { version: n.version })}</p>
    <div class="edit-grid">
      ${fields.map((f) => html`<label for="edit-${f}">${t(`edit.field.${f}`)}</label>
        ${LONG.has(f)
          ? html`<textarea id="edit-${f}" name="${f}" rows="3">${valueOf(n, f)}</textarea>`
          : html`<input id="edit-${f}" name="${f}" value="${valueOf(n, f)}" ${f === 'name' ? 'required' : ''}>`}`)}
    </div>
    ${n.kind === 'INDIKATOR' ? html`<fieldset class="edit-targets"><legend>${t('node.targets')}</legend>
      <table class="data"><thead><tr><th scope="col">${t('col.year')}</th><th scope="col">${t('col.targetRaw')}</th></tr></thead>
      <tbody>${targetYears(n).map((year) => html`<tr><td><label for="edit-target-${year}">${year}</label></td>
        <td><input id="edit-target-${year}" name="target-${year}" data-year="${year}" value="${n.targets.find((x) => x.year === year)?.raw ?? ''}"></td></tr>`)}</tbody></table>
    </fieldset>` : ''}
    <div class="alert alert-error" role="alert" data-edit-error hidden></div>
    <p class="actions">
      <button type="submit" class="btn">${t('edit.save')}</button>
      <button type="button" class="btn btn-quiet" data-action="cancel">${t('edit.cancel')}</button>
    </p>
  </form>`);
  const form = container.querySelector('form');
  form.querySelector('[data-action=cancel]').addEventListener('click', () => onSaved(false));
  form.querySelector('#edit-name').focus();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = {};
    for (const f of fields) {
      const value = form.elements[f].value.trim();
      if (value !== String(valueOf(n, f)).trim()) input[f] = value === '' ? null : value;
    }
    if (n.kind === 'INDIKATOR') {
      const targets = [...form.querySelectorAll('[data-year]')]
        .map((el) => ({ year: Number(el.dataset.year), value: el.value.trim() || null }))
        .filter((x) => (x.value ?? '') !== (n.targets.find((y) => y.year === x.year)?.raw ?? ''));
      if (targets.length) input.targets = targets;
    }
    if (!Object.keys(input).length) {
      onSaved(false);
      return;
    }
    const submit = form.querySelector('[type=submit]');
    submit.disabled = true;
    try {
      await gql(`mutation($id: ID!, $version: Int!, $input: ${INPUT[group]}!) { ${MUTATION[group]} { id version } }`,
        { id: n.id, version: n.version, input });
      onSaved(true);
    } catch (error) {
      showError(form, error);
      submit.disabled = false;
    }
  });
}

/** The years of the plan period a target can be set for: those with a target and the gaps between, plus one either side. */
function targetYears(n) {
  const years = n.targets.map((x) => x.year);
  const first = years.length ? Math.min(...years) : new Date().getFullYear();
  const last = years.length ? Math.max(...years) : first + 4;
  const all = [];
  for (let y = first; y <= last; y++) all.push(y);
  return all;
}

function showError(form, error) {
  const box = form.querySelector('[data-edit-error]');
  const code = error instanceof ApiError ? error.code : null;
  const known = ['STALE_VERSION', 'NOT_YOURS', 'INVALID_VALUE', 'INVALID_TARGET', 'UNAUTHORIZED', 'FORBIDDEN'];
  const key = known.includes(code) ? code : known.includes(error.kind) ? error.kind : 'other';
  box.dataset.code = code ?? error.kind ?? '';
  mount(box, html`<strong>${t(`edit.error.${key}`)}</strong> <span class="small">${error.message}</span>`);
  box.hidden = false;
}
