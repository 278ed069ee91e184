// A "download" menu: a disclosure (details/summary) of plain links, so the browser fetches each file itself and
// sends what it sends for the page (reads are open, or, with reads closed, the credentials its own sign-in prompt
// cached), as the readiness report's links always have. Escape or a click elsewhere closes it.
import { html } from '../dom.js';

/** The query string of a download: the parameters that have a value. */
export function query(params) {
  const kept = Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '');
  return kept.length ? `?${new URLSearchParams(kept)}` : '';
}

/** groups: [{ title, links: [{ href, text, hint?, name? }] }]; `name` lands in data-download, for updating hrefs. */
export function downloadMenu(label, groups, id = '') {
  return html`<details class="downloads" ${id ? html`id="${id}"` : ''}>
    <summary class="btn btn-quiet">${label}</summary>
    <ul>${groups.map((g) => html`${g.title ? html`<li class="downloads-note" aria-hidden="true">${g.title}</li>` : ''}
      ${g.links.map((l) => html`<li><a href="${l.href}" download ${l.name ? html`data-download="${l.name}"` : ''}
        ${l.hint ? html`title="${l.hint}"` : ''}>${g.title ? html`<span class="visually-hidden">${g.title}: </span>` : ''}${l.text}</a></li>`)}`)}
    </ul>
  </details>`;
}

document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  const open = e.target.closest?.('details.downloads[open]');
  if (!open) return;
  open.open = false;
  open.querySelector('summary').focus();
});
document.addEventListener('click', (e) => {
  document.querySelectorAll('details.downloads[open]').forEach((menu) => {
    if (!menu.contains(e.target)) menu.open = false;
  });
});
