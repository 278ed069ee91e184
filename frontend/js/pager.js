// "Show more" under a list served as a GraphQL connection (the regions of the overview and of the pickers): the
// page renders the first page, each click fetches the next one and appends it, and the keyboard focus moves to the
// first new item.
import { errorView, gql, nodesOf } from './api.js';
import { append, html, mount } from './dom.js';
import { num, t } from './i18n.js';

/** How many regions the overview and the region pickers show at a time. */
export const REGIONS_PER_PAGE = 20;

/**
 * Wires `slot` (an element after `list`) as the pager of `field`: `query` takes `$after`, `page` is the connection
 * already shown, `item` renders a node, `total` (optional) is how many there are in all, `loaded(nodes)` runs after
 * each further page.
 */
export function pager({ slot, list, query, field, page, item, total, loaded, signal }) {
  let shown = nodesOf(page).length;
  let { pageInfo } = page;
  const draw = () => mount(slot, pageInfo.hasNextPage ? html`
    ${total != null ? html`<span class="muted small">${t('pager.shown', { n: num(shown), total: num(total) })}</span>` : ''}
    <button type="button" class="btn btn-quiet" data-action="more">${t('pager.more')}</button>` : '');
  draw();
  slot.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-action=more]');
    if (!button) return;
    button.disabled = true;
    slot.setAttribute('aria-busy', 'true');
    try {
      const next = (await gql(query, { after: pageInfo.endCursor }, signal))[field];
      const nodes = nodesOf(next);
      const first = list.children.length;
      append(list, nodes.map(item));
      shown += nodes.length;
      pageInfo = next.pageInfo;
      draw();
      list.children[first]?.querySelector('a, button')?.focus();
      loaded?.(nodes);
    } catch (e) {
      if (e.name === 'AbortError') return;
      mount(slot, errorView(e));
      // "try again" brings the button back
      slot.querySelector('[data-action=retry]')?.addEventListener('click', draw);
    } finally {
      slot.removeAttribute('aria-busy');
    }
  });
}
