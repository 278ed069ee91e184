// Search everywhere: the full results page (the type-ahead box is components/combobox.js).
import { NODE, errorView, gql } from '../api.js';
import { html, mount } from '../dom.js';
import { kindLabel, levelLabel, t } from '../i18n.js';
import { href, replace } from '../router.js';
import { kindBadge } from '../components/kind-badge.js';

const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) { ${NODE} responsibleUnits { name } } }`;

// moved to components/; still exported here for the pages that import them from this module
export { kindBadge } from '../components/kind-badge.js';
export { combobox } from '../components/combobox.js';

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
