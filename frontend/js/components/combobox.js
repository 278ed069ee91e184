// The type-ahead search box (the header's, the trace page's picker): names and codes, as a WAI-ARIA combobox.
import { NODE, gql } from '../api.js';
import { html, mount } from '../dom.js';
import { levelLabel, t } from '../i18n.js';
import { kindBadge } from './kind-badge.js';

const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) { ${NODE} responsibleUnits { name } } }`;

let comboboxes = 0;

/**
 * WAI-ARIA 1.2 combobox with a listbox popup: type to search names and codes, arrows to move, Enter to pick,
 * Escape to close. onPick(node) on a choice; onSubmit(text) on Enter with no option active; filter(node) keeps only
 * the nodes a picker wants (e.g. units only).
 */
export function combobox(input, { onPick, onSubmit, first = 10, filter = null }) {
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
      results = filter ? data.search.filter(filter) : data.search;
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
