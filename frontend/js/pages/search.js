// Search everywhere: the type-ahead combobox (header, trace picker) and the full results page.
import { NODE, errorView, gql } from '../api.js';
import { html, mount } from '../dom.js';
import { kindLabel, levelLabel, t } from '../i18n.js';
import { href, replace } from '../router.js';

const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) { ${NODE} responsibleUnits { name } } }`;

export function kindBadge(kind) {
  return html`<span class="badge kind-${kind}" title="${kindLabel(kind)}">${kindLabel(kind)}</span>`;
}

let comboboxes = 0;

/**
 * WAI-ARIA 1.2 combobox with a listbox popup: type to search names and codes, arrows to move, Enter to pick,
 * Escape to close. onPick(node) on a choice; onSubmit(text) on Enter with no option active.
 */
export function combobox(input, { onPick, onSubmit, first = 10 }) {
  const listId = `cb-list-${++comboboxes}`;
  const list = document.createElement('ul');
  list.id = listId;
  list.className = 'combobox-list';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  input.after(list);
  input.parentElement.classList.add('combobox');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);

  let results = [];
  let active = -1;
  let timer = 0;
  let controller = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (i) => {
    active = i;
    list.querySelectorAll('[role=option]').forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      const el = document.getElementById(`${listId}-${i}`);
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const show = (template) => {
    mount(list, template);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const pick = (i) => {
    const node = results[i];
    close();
    if (node) onPick(node);
  };

  async function search() {
    const text = input.value.trim();
    controller?.abort();
    if (!text) return close();
    controller = new AbortController();
    show(html`<li class="combobox-note" role="presentation">${t('search.searching')}</li>`);
    try {
      const data = await gql(SEARCH, { text, first }, controller.signal);
      results = data.search;
      active = -1;
      if (!results.length) return show(html`<li class="combobox-note" role="presentation">${t('search.none', { text })}</li>`);
      show(results.map((n, i) => html`<li role="option" id="${listId}-${i}" aria-selected="false" data-i="${i}">
          ${kindBadge(n.kind)}
          <span class="option-text"><span class="option-name">${n.code ? html`<span class="code">${n.code}</span> ` : ''}${n.name}</span>
          <span class="option-meta">${[levelLabel(n.level), n.responsibleUnits?.[0]?.name].filter(Boolean).join(' · ')}</span></span>
        </li>`));
    } catch (e) {
      if (e.name === 'AbortError') return;
      show(html`<li class="combobox-note error" role="presentation">${t(`error.${e.kind === 'UNAVAILABLE' ? 'UNAVAILABLE' : 'other'}.title`)}</li>`);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && results.length > 0;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden && input.value.trim()) search();
      else if (open) setActive((active + 1) % results.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (open) setActive(active <= 0 ? results.length - 1 : active - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (open && active >= 0) pick(active);
      else if (onSubmit && input.value.trim()) {
        close();
        onSubmit(input.value.trim());
      } else if (open) pick(0);
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else {
        input.value = '';
      }
    } else if (e.key === 'Tab') {
      close();
    }
  });
  list.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
  list.addEventListener('click', (e) => {
    const option = e.target.closest('[role=option]');
    if (option) pick(Number(option.dataset.i));
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close };
}

const KINDS = ['TUJUAN', 'SASARAN', 'KONDISI', 'INDIKATOR', 'UNIT'];

/** #/search?q=text&kind=KIND: every match (up to 100), filterable by kind. */
export async function render(main, route, signal) {
  const q = route.params.get('q') ?? '';
  const kind = route.params.get('kind') ?? '';
  mount(main, html`<div class="page">
    <h1 tabindex="-1">${t('search.title')}</h1>
    <form class="toolbar" id="search-form">
      <label>${t('search.label')} <input type="search" name="q" value="${q}" autocomplete="off" spellcheck="false"></label>
      <label>${t('search.kind')} <select name="kind">
        <option value="">${t('search.allKinds')}</option>
        ${KINDS.map((k) => html`<option value="${k}" ${k === kind ? 'selected' : ''}>${kindLabel(k)}</option>`)}
      </select></label>
      <button class="btn" type="submit">${t('search.submit')}</button>
    </form>
    <div id="search-results" aria-live="polite"></div>
  </div>`);
  main.querySelector('#search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    location.hash = href('search', null, { q: form.get('q').trim(), kind: form.get('kind') });
  });
  const out = main.querySelector('#search-results');
  if (!q.trim()) {
    mount(out, html`<p class="muted">${t('search.hint')}</p>`);
    return { title: t('search.title') };
  }
  try {
    const data = await gql(SEARCH, { text: q, first: 100 }, signal);
    const rows = data.search.filter((n) => !kind || n.kind === kind);
    mount(out, rows.length ? html`<p class="muted">${t('search.count', { n: rows.length, text: q })}</p>
      <table class="data cards">
        <thead><tr><th scope="col">${t('col.kind')}</th><th scope="col">${t('col.code')}</th><th scope="col">${t('col.name')}</th>
          <th scope="col">${t('col.level')}</th><th scope="col">${t('col.unit')}</th><th scope="col"><span class="visually-hidden">${t('col.actions')}</span></th></tr></thead>
        <tbody>${rows.map((n) => html`<tr>
          <td>${kindBadge(n.kind)}</td><td class="code">${n.code ?? ''}</td>
          <td><a href="${href('node', n.id)}">${n.name}</a></td><td data-label="${t('col.level')}">${levelLabel(n.level)}</td>
          <td data-label="${t('col.unit')}">${n.responsibleUnits.map((u) => u.name).join('; ')}</td>
          <td class="nowrap"><a href="${href('trace', n.id)}">${t('action.trace')}</a> · <a href="${href('cascade', n.id)}">${t('action.impact')}</a></td>
        </tr>`)}</tbody>
      </table>` : html`<p>${t('search.none', { text: q })}</p>`);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    mount(out, errorView(e));
  }
  replace('search', null, { q, kind });
  return { title: `${t('search.title')}: ${q}` };
}
