// "Hubungkan ke induk": pick the element a node contributes to. The server's parent suggestions (parentSuggestions,
// best first, each with its reasons) come first; any other element can be found by name or code through the search
// combobox; or a new parent element is made on the spot. Every link goes through addContribution (which refuses a
// cycle and what the user may not change).
import { gql, hasQuery } from '../api.js';
import { html, mount } from '../dom.js';
import { getLang, levelLabel, t } from '../i18n.js';
import { combobox } from './combobox.js';
import { openDialog } from './dialog.js';
import { kindBadge } from './kind-badge.js';
import { addContribution, errorCode, errorView } from './mutations.js';
import { createElementForm } from './node-forms.js';

const SUGGESTIONS = `query($id: ID!, $first: Int) { parentSuggestions(id: $id, first: $first) {
  node { id kind code name level responsibleUnits { id name } } score reasons { id en } } }`;
const ELEMENTS = new Set(['TUJUAN', 'SASARAN', 'KONDISI']);
const LEVELS = ['PEMDA', 'PERANGKAT_DAERAH', 'ASISTEN', 'BAGIAN', 'SUBBAGIAN'];

/** The suggested parents of node `id`, best first; [] where the server has no suggestions. */
export async function suggestedParents(id, first = 5) {
  if (!(await hasQuery('parentSuggestions'))) return [];
  try {
    return (await gql(SUGGESTIONS, { id, first })).parentSuggestions;
  } catch {
    return [];
  }
}

export const textOf = (value) => value?.[getLang()] ?? value?.id ?? '';

/** One suggestion as a button to pick it, its level and unit, and why it is suggested. */
export function suggestionView(s) {
  const n = s.node;
  return html`<li class="suggestion">
    <button type="button" class="btn btn-quiet suggestion-pick" data-suggestion="${n.id}">${kindBadge(n.kind)}
      ${n.code ? html`<span class="code">${n.code}</span> ` : ''}${n.name}</button>
    <span class="muted small">${[levelLabel(n.level), n.responsibleUnits?.[0]?.name].filter(Boolean).join(' · ')}</span>
    ${s.reasons?.length ? html`<ul class="reasons small">${s.reasons.map((r) => html`<li>${textOf(r)}</li>`)}</ul>` : ''}
  </li>`;
}

/**
 * Opens the dialog to link node `n` (id, kind, name, level, parents) to a parent; `scope` is the editor's
 * (components/permissions.js); `onDone()` after a link is made.
 */
export function openLinkDialog(n, scope, onDone) {
  const { body, close } = openDialog({
    title: t('repair.link.title', { name: n.name }),
    className: 'link-dialog',
    body: html`<p class="muted small">${t('repair.link.lead')}</p>
      <section aria-labelledby="link-suggested-title">
        <h3 id="link-suggested-title" class="small-heading">${t('repair.link.suggested')}</h3>
        <div data-suggestions aria-live="polite"><p class="muted small">${t('common.loading')}</p></div>
      </section>
      <div class="link-search"><label for="link-search-input">${t('repair.link.search')}</label>
        <input id="link-search-input" type="search" autocomplete="off" placeholder="${t('repair.link.searchHint')}"></div>
      <details class="link-create"><summary>${t('repair.link.create')}</summary><div data-create></div></details>
      <div class="alert alert-error" role="alert" data-repair-error hidden></div>`,
  });
  const error = body.querySelector('[data-repair-error]');
  const existing = new Set((n.parents ?? []).map((p) => p.id));
  let busy = false;
  const link = async (parentId) => {
    if (busy) return;
    busy = true;
    error.hidden = true;
    try {
      await addContribution(n.id, parentId);
      close();
      onDone?.();
    } catch (e) {
      error.dataset.code = errorCode(e);
      mount(error, errorView(e));
      error.hidden = false;
    } finally {
      busy = false;
    }
  };
  suggestedParents(n.id).then((list) => {
    const shown = list.filter((s) => !existing.has(s.node.id));
    mount(body.querySelector('[data-suggestions]'), shown.length
      ? html`<ol class="suggestions">${shown.map(suggestionView)}</ol>`
      : html`<p class="muted small">${t('repair.link.noSuggestions')}</p>`);
  });
  body.querySelector('[data-suggestions]').addEventListener('click', (e) => {
    const pick = e.target.closest('[data-suggestion]');
    if (pick) link(pick.dataset.suggestion);
  });
  combobox(body.querySelector('#link-search-input'), {
    first: 20,
    filter: (x) => ELEMENTS.has(x.kind) && x.id !== n.id && !existing.has(x.id),
    onPick: (x) => link(x.id),
  });
  // a new parent: one level up from the node by default, of the kind that usually sits there
  const up = LEVELS[Math.max(0, LEVELS.indexOf(n.level) - (ELEMENTS.has(n.kind) ? 1 : 0))] ?? 'PERANGKAT_DAERAH';
  createElementForm(body.querySelector('[data-create]'), scope, {
    kind: n.kind === 'KONDISI' ? 'KONDISI' : 'SASARAN', level: up, units: n.responsibleUnits ?? [],
    submitLabel: t('repair.link.createSubmit'),
    onCreated: (created) => link(created.id),
  });
}
