// Cascade browser: a WAI-ARIA treeview from a region's (or any node's) top elements down to every indicator.
// Each top's whole subtree comes from `impact` (a flat list with parent ids), never one request per expand;
// rows are built lazily on expand, so a 5,000-node region costs only the rows on screen.
import { errorView, gql, nodesOf } from '../api.js';
import { html, mount, timing } from '../dom.js';
import { levelLabel, num, t } from '../i18n.js';
import { pager, REGIONS_PER_PAGE } from '../pager.js';
import { href, replace } from '../router.js';
import { downloadMenu, query } from '../components/downloads.js';
import { capaianBadge, loadCapaian, periodParam, periodSelect, statusLegend } from '../components/capaian-status.js';
import { kindBadge } from '../components/kind-badge.js';

// The tree's shape and names first (cheap), the columns that need joins (responsible unit, targets) second:
// the tree is usable while the second part is on its way.
const STRUCTURE = 'fragment F on Node { id kind code name level }';
const DETAILS = 'fragment F on Node { id responsibleUnits { name } ... on Indikator { satuan targets { year raw } } }';
const EVERYTHING = 'fragment F on Node { id kind code name level responsibleUnits { name } ... on Indikator { satuan targets { year raw } } }';
// the subtrees of several tops come in up to this many parallel requests (each gets its own server thread)
const PARALLEL = 4;
const ROOT = `query($id: ID!) { node(id: $id) { id kind code name level
  ... on Unit { topElements { id } children { id kind name level ... on Unit { topElements { id } } } } } }`;

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

/**
 * The cascade under a node: the node (for a unit: its tops, grouped by sub-unit), then the `impact` of every
 * top. Nodes are merged by id; a crosscutting node keeps every parent. `model.details` resolves once the
 * responsible units, satuan and targets are in (until then `node.responsibleUnits` is null); with
 * `progressive: false` everything comes in one pass and `details` is already resolved.
 */
export async function loadCascade(id, signal, { progressive = true } = {}) {
  const started = performance.now();
  const { node: root } = await gql(ROOT, { id }, signal);
  const groups = [];
  let tops = [];
  if (root.kind === 'UNIT') {
    // the unit's tops; those its sub-units answer for are grouped under them (e.g. a region's agencies)
    const rootTops = root.topElements.map((e) => e.id);
    const grouped = new Set();
    for (const child of root.children) {
      const own = (child.topElements ?? []).map((e) => e.id).filter((x) => rootTops.includes(x) && !grouped.has(x));
      if (!own.length) continue;
      groups.push({ unit: child, tops: own });
      own.forEach((x) => grouped.add(x));
    }
    tops = rootTops.filter((x) => !grouped.has(x));
  } else {
    tops = [root.id];
  }
  const allTops = [...new Set([...tops, ...groups.flatMap((g) => g.tops)])];
  const nodes = new Map();
  const childSets = new Map();
  let truncated = false;
  const add = (node, parentIds) => {
    let entry = nodes.get(node.id);
    if (!entry) nodes.set(node.id, entry = { responsibleUnits: null, ...node, parentIds: new Set() });
    for (const p of parentIds) {
      entry.parentIds.add(p);
      if (!childSets.has(p)) childSets.set(p, new Set());
      childSets.get(p).add(node.id);
    }
  };
  for (const data of await impacts(allTops, progressive ? STRUCTURE : EVERYTHING, true, signal)) {
    for (const impact of Object.values(data)) {
      truncated ||= impact.truncated;
      add(impact.root, []);
      for (const row of impact.nodes) add(row.node, row.parentIds);
    }
  }
  const children = new Map();
  for (const [parent, set] of childSets) children.set(parent, [...set].sort((a, b) => order(nodes.get(a), nodes.get(b))));
  const fetchMs = performance.now() - started;
  const details = !progressive ? Promise.resolve(fetchMs) : impacts(allTops, DETAILS, false, signal).then((results) => {
    const merge = (n) => Object.assign(nodes.get(n.id) ?? {}, n);
    for (const data of results) {
      for (const impact of Object.values(data)) {
        merge(impact.root);
        impact.nodes.forEach((row) => merge(row.node));
      }
    }
    return performance.now() - started;
  });
  details.catch(() => {}); // a page that never waits for it must not report an unhandled rejection
  return { root, groups, tops, nodes, children, truncated, fetchMs, details };
}

/** One `impact` per top, several to a GraphQL document, in up to PARALLEL requests at once. */
function impacts(topIds, fragment, withParents, signal) {
  const batches = Array.from({ length: Math.min(PARALLEL, topIds.length) }, () => []);
  topIds.forEach((topId, i) => batches[i % batches.length].push(topId));
  return Promise.all(batches.map((batch) => {
    const variables = {};
    const fields = batch.map((topId, i) => {
      variables[`i${i}`] = topId;
      return `r${i}: impact(id: $i${i}) { root { ...F } nodes { node { ...F }${withParents ? ' parentIds' : ''} } truncated }`;
    });
    const query = `query(${batch.map((_, i) => `$i${i}: ID!`).join(', ')}) {\n${fields.join('\n')}\n}\n${fragment}`;
    return gql(query, variables, signal);
  }));
}

/**
 * Indicators first (they measure their element), then elements, by code as written (1.5.2 after 1.5.1), then by
 * name, then by id (ids are numbered in document order, so equal codes and names keep the decree's order).
 */
export function order(a, b) {
  const ka = a.kind === 'INDIKATOR' ? 0 : 1;
  const kb = b.kind === 'INDIKATOR' ? 0 : 1;
  return ka - kb || collator.compare(a.code ?? '', b.code ?? '') || collator.compare(a.name, b.name) || collator.compare(a.id, b.id);
}

export function yearsOf(nodes) {
  const years = new Set();
  for (const n of nodes.values()) n.targets?.forEach((target) => years.add(target.year));
  return [...years].sort();
}

export function defaultYear(years) {
  const now = new Date().getFullYear();
  if (years.includes(now)) return now;
  const past = years.filter((y) => y <= now);
  return past.length ? past[past.length - 1] : years[0];
}

export async function render(main, route, signal) {
  if (!route.id) return chooseRoot(main, signal, 'cascade');
  const model = await loadCascade(route.id, signal);
  const renderStarted = performance.now();
  const { root, nodes } = model;
  let year = Number(route.params.get('year')) || null;
  let capaianPeriod = periodParam(route.params);
  const counts = { elements: 0, indicators: 0 };
  nodes.forEach((n) => { if (n.kind === 'INDIKATOR') counts.indicators++; else counts.elements++; });

  mount(main, html`<div class="page page-wide">
    <p class="eyebrow">${kindBadge(root.kind)} ${levelLabel(root.level)}</p>
    <h1 tabindex="-1">${root.code ? `${root.code}. ` : ''}${root.name}</h1>
    <div class="toolbar" role="group" aria-label="${t('cascade.tools')}">
      <label id="year-label">${t('cascade.year')} <select id="year" disabled><option>…</option></select></label>
      ${periodSelect(capaianPeriod)}
      <button type="button" class="btn btn-quiet" id="expand-all">${t('cascade.expandAll')}</button>
      <button type="button" class="btn btn-quiet" id="collapse-all">${t('cascade.collapseAll')}</button>
      <span class="muted" id="cascade-count">${t('cascade.count', { elements: num(counts.elements), indicators: num(counts.indicators) })}</span>
      <span class="spacer"></span>
      <a class="btn btn-quiet" href="${href('diagram', root.id)}">${t('action.diagram')}</a>
      ${root.kind !== 'UNIT' ? html`<a class="btn btn-quiet" href="${href('trace', root.id)}">${t('action.trace')}</a>` : ''}
      ${root.kind === 'UNIT' ? downloads(root, year) : ''}
    </div>
    ${model.truncated ? html`<p class="notice" role="status">${t('cascade.truncated')}</p>` : ''}
    <p class="muted small" id="capaian-legend" hidden>${t('capaianView.legend')} ${statusLegend()}<span id="capaian-state" role="status"></span></p>
    <div class="split">
      <div class="tree-wrap">
        <div class="tree-head" aria-hidden="true">
          <span>${t('col.name')}</span><span>${t('col.level')}</span><span>${t('col.unit')}</span>
          <span>${t('col.satuan')}</span><span id="target-head">${t('col.target', { year: year ?? '' })}</span>
        </div>
        <div id="tree" role="tree" aria-label="${t('cascade.treeLabel', { name: root.name })}"></div>
        <p class="muted small keys-help" id="tree-help">${t('cascade.keys')}</p>
      </div>
      <aside class="side" id="selection" aria-live="polite" aria-label="${t('cascade.selection')}"></aside>
    </div>
  </div>`);

  const tree = new Tree(main.querySelector('#tree'), model, () => year);
  const side = main.querySelector('#selection');
  let initial = true;
  let yearInUrl = route.params.has('year');
  const remember = () => replace('cascade', root.id, {
    node: tree.current?.nodeId ?? tree.current?.unit?.id, year: yearInUrl ? year : null, capaian: capaianPeriod,
  });
  // capaian colours for the year and period chosen: one capaianTree request for the page's scope
  const legend = main.querySelector('#capaian-legend');
  let capaianRequest = 0;
  const showCapaian = async () => {
    const request = ++capaianRequest;
    legend.hidden = !capaianPeriod;
    if (!capaianPeriod || !year) {
      model.capaian = null;
      tree.redraw();
      return;
    }
    const state = main.querySelector('#capaian-state');
    state.textContent = ` ${t('common.loading')}`;
    try {
      const capaian = await loadCapaian(root.id, year, capaianPeriod, signal);
      if (request !== capaianRequest) return;
      model.capaian = capaian;
      state.textContent = '';
      tree.el.dataset.capaian = `${year} ${capaianPeriod}`;
      tree.redraw();
    } catch (e) {
      if (signal.aborted || e.name === 'AbortError') return;
      state.textContent = ` ${t('capaianView.failed', { message: e.message })}`;
    }
  };
  tree.onSelect = (row) => {
    showSelection(side, model, row, year);
    if (!initial) remember();
  };
  tree.build();
  if (!tree.top.length) {
    mount(main.querySelector('.split'), html`<div class="alert"><h2>${t('cascade.empty.title')}</h2><p>${t('cascade.empty.body')}</p></div>`);
    return { title: root.name };
  }

  const wanted = route.params.get('node');
  const target = (wanted && tree.reveal(wanted)) || tree.top[0];
  tree.renderAll();
  tree.focus(target, { move: Boolean(wanted) });
  initial = false;

  const yearSelect = main.querySelector('#year');
  yearSelect.addEventListener('change', (e) => {
    year = Number(e.target.value);
    yearLinks(main, root, year);
    main.querySelector('#target-head').textContent = t('col.target', { year });
    tree.refreshDetails();
    if (tree.current) showSelection(side, model, tree.current, year);
    yearInUrl = true;
    remember();
    if (capaianPeriod) showCapaian();
  });
  main.querySelector('#capaian-period').addEventListener('change', (e) => {
    capaianPeriod = e.target.value || null;
    remember();
    showCapaian();
  });
  main.querySelector('#expand-all').addEventListener('click', () => tree.expandAll());
  main.querySelector('#collapse-all').addEventListener('click', () => tree.collapseAll());

  const renderMs = performance.now() - renderStarted;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  timing('cascade', {
    nodes: nodes.size, rows: tree.visibleCount(), fetchMs: Math.round(model.fetchMs), renderMs: Math.round(renderMs),
    interactiveMs: Math.round(performance.now()),
  });

  // the second part: responsible units, satuan, targets
  model.details.then((detailsMs) => {
    if (signal.aborted) return;
    const years = yearsOf(nodes);
    if (!years.includes(year)) year = defaultYear(years);
    if (years.length) {
      mount(yearSelect, years.map((y) => html`<option ${y === year ? 'selected' : ''}>${y}</option>`));
      yearSelect.disabled = false;
    } else {
      main.querySelector('#year-label').hidden = true;
    }
    main.querySelector('#target-head').textContent = t('col.target', { year: year ?? '' });
    yearLinks(main, root, year);
    tree.refreshDetails();
    if (tree.current) showSelection(side, model, tree.current, year);
    tree.el.dataset.details = 'loaded';
    if (capaianPeriod) showCapaian();
    timing('cascadeDetails', { detailsMs: Math.round(detailsMs), completeMs: Math.round(performance.now()) });
  }, (e) => {
    if (signal.aborted || e.name === 'AbortError') return;
    mount(side, errorView(e));
  });
  return { title: root.name, keepFocus: Boolean(wanted) };
}

/**
 * The downloads of a unit's cascade: its matriks cascading (a perangkat daerah or a region, for the year shown) and
 * its data in the import format (XLSX, CSV, and CSV with semicolons, which Excel in an Indonesian locale splits).
 */
function downloads(root, year) {
  const matrix = ['PEMDA', 'PERANGKAT_DAERAH'].includes(root.level);
  const data = (format, extra = {}) => `api/export${query({ scope: root.id, format, ...extra })}`;
  return downloadMenu(t('download.menu'), [
    ...(matrix ? [{
      title: t('download.matrix'),
      links: [
        { href: matrixHref(root, year, 'xlsx'), text: 'XLSX', name: 'matrix-xlsx' },
        { href: matrixHref(root, year, 'pdf', 'A4'), text: t('download.pdfA4'), name: 'matrix-pdf-A4' },
        { href: matrixHref(root, year, 'pdf', 'A3'), text: t('download.pdfA3'), name: 'matrix-pdf-A3' },
      ],
    }] : []),
    {
      title: t('download.data'),
      links: [
        { href: data('xlsx'), text: 'XLSX' },
        { href: data('csv'), text: 'CSV' },
        { href: data('csv', { sep: 'semicolon' }), text: t('download.csvIndonesia'), hint: t('download.csvIndonesiaHint') },
      ],
    },
  ], 'cascade-downloads');
}

function matrixHref(root, year, ext, paper) {
  return `api/matriks-cascading.${ext}${query({ scope: root.id, year, paper })}`;
}

/** The matriks cascading follows the year chosen on the page. */
function yearLinks(main, root, year) {
  main.querySelectorAll('a[data-download^=matrix-]').forEach((a) => {
    const [, ext, paper] = a.dataset.download.split('-');
    a.setAttribute('href', matrixHref(root, year, ext, paper));
  });
}

const CHOICES = `query($after: String) {
  units(filter: { level: PEMDA }, first: ${REGIONS_PER_PAGE}, after: $after) {
    edges { node { id name children { id name level } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** #/cascade or #/diagram with no id: pick a region or perangkat daerah (regions a page at a time). */
export async function chooseRoot(main, signal, page) {
  const { units } = await gql(CHOICES, {}, signal);
  const choice = (r) => html`<section class="card">
      <h2><a href="${href(page, r.id)}">${r.name}</a></h2>
      <ul class="link-list">${r.children.map((c) => html`<li><a href="${href(page, c.id)}">${c.name}</a> <span class="muted small">${levelLabel(c.level)}</span></li>`)}</ul>
    </section>`;
  mount(main, html`<div class="page">
    <h1 tabindex="-1">${t(`nav.${page}`)}</h1>
    <p class="lead">${t('cascade.choose')}</p>
    <div id="choices">${nodesOf(units).map(choice)}</div>
    <p class="pager" id="choices-more"></p>
  </div>`);
  pager({ slot: main.querySelector('#choices-more'), list: main.querySelector('#choices'), query: CHOICES, field: 'units',
    page: units, item: choice, signal });
  return { title: t(`nav.${page}`) };
}

function showSelection(side, model, row, year) {
  if (row.unit) {
    mount(side, html`<h2 class="side-title">${kindBadge('UNIT')} ${row.unit.name}</h2>
      <p class="muted">${levelLabel(row.unit.level)}</p>
      <p class="actions"><a class="btn" href="${href('node', row.unit.id)}">${t('action.detail')}</a>
      <a class="btn btn-quiet" href="${href('cascade', row.unit.id)}">${t('action.cascade')}</a>
      <a class="btn btn-quiet" href="${href('diagram', row.unit.id)}">${t('action.diagram')}</a></p>`);
    return;
  }
  const n = model.nodes.get(row.nodeId);
  const diagramHref = n.kind === 'INDIKATOR' ? href('diagram', model.root.id, { trace: n.id }) : href('diagram', n.id);
  mount(side, html`<h2 class="side-title">${kindBadge(n.kind)} ${n.code ? `${n.code}. ` : ''}${n.name}</h2>
    <dl class="facts">
      <dt>${t('col.level')}</dt><dd>${levelLabel(n.level) || '—'}</dd>
      <dt>${t('col.unit')}</dt><dd>${n.responsibleUnits ? n.responsibleUnits.map((u) => u.name).join('; ') || '—' : '…'}</dd>
      ${n.kind === 'INDIKATOR' ? html`<dt>${t('col.satuan')}</dt><dd>${n.responsibleUnits ? n.satuan || '—' : '…'}</dd>` : ''}
      ${n.parentIds.size > 1 ? html`<dt>${t('cascade.crosscut')}</dt><dd>${t('cascade.crosscutN', { n: n.parentIds.size })}</dd>` : ''}
    </dl>
    ${n.targets?.length ? html`<table class="data compact"><caption>${t('node.targets')}</caption>
      <thead><tr><th scope="col">${t('col.year')}</th><th scope="col">${t('col.targetRaw')}</th></tr></thead>
      <tbody>${n.targets.map((x) => html`<tr class="${x.year === year ? 'current' : ''}"><td>${x.year}</td><td>${x.raw}</td></tr>`)}</tbody></table>` : ''}
    <p class="actions">
      <a class="btn" href="${href('node', n.id)}">${t('action.detail')}</a>
      <a class="btn btn-quiet" href="${href('trace', n.id)}">${t('action.trace')}</a>
      <a class="btn btn-quiet" href="${href('cascade', n.id)}">${t('action.impact')}</a>
      <a class="btn btn-quiet" href="${diagramHref}">${t('action.diagram')}</a>
    </p>`);
}

let trees = 0;

/** A flat list of role=treeitem rows (aria-level/setsize/posinset), rows made on first expand. */
class Tree {
  constructor(el, model, year) {
    this.el = el;
    this.model = model;
    this.year = year;
    this.prefix = `t${++trees}-`;
    this.rows = new Map();
    this.seq = 0;
    this.top = [];
    this.current = null;
    this.onSelect = () => {};
    this.typed = '';
    this.typedAt = 0;
    el.addEventListener('keydown', (e) => this.key(e));
    el.addEventListener('click', (e) => this.click(e));
    el.addEventListener('dblclick', (e) => {
      const row = this.rowOf(e.target);
      if (row && !e.target.closest('.twisty')) location.hash = href('node', row.nodeId ?? row.unit.id);
    });
  }

  build() {
    const { tops, groups } = this.model;
    const topIds = [...tops.map((id) => ({ nodeId: id })), ...groups.map((g) => ({ unit: g.unit, tops: g.tops }))];
    this.top = topIds.map((spec, i) => this.makeRow(spec, null, i, topIds.length));
    // open the first levels, as far as a screenful
    let frontier = this.top;
    let visible = this.top.length;
    for (let depth = 0; frontier.length; depth++) {
      const parents = frontier.filter((row) => this.hasKids(row));
      const total = parents.reduce((sum, row) => sum + this.childIds(row).length, 0);
      if (depth > 0 && visible + total > 80) break;
      parents.forEach((row) => { row.expanded = true; });
      visible += total;
      frontier = parents.flatMap((row) => this.kids(row));
    }
  }

  makeRow(spec, parent, pos, size) {
    const row = { key: this.prefix + (++this.seq), parent, depth: parent ? parent.depth + 1 : 0, pos, size, expanded: false, kidRows: null, ...spec };
    this.rows.set(row.key, row);
    return row;
  }

  childIds(row) {
    return row.unit ? row.tops : (this.model.children.get(row.nodeId) ?? []);
  }

  hasKids(row) {
    return this.childIds(row).length > 0;
  }

  kids(row) {
    if (!row.kidRows) {
      const ids = this.childIds(row);
      row.kidRows = ids.map((id, i) => this.makeRow({ nodeId: id }, row, i, ids.length));
    }
    return row.kidRows;
  }

  /** Expands the way down to the first place `id` shows up; returns its row. */
  reveal(id) {
    const match = this.findPath(id);
    if (!match) return null;
    let row = match.top;
    for (const step of match.path) {
      row.expanded = true;
      row = this.kids(row).find((k) => k.nodeId === step);
    }
    return row;
  }

  findPath(id) {
    const direct = this.top.find((r) => r.nodeId === id || r.unit?.id === id);
    if (direct) return { top: direct, path: [] };
    // walk up the parents to a top row, breadth first, so the shortest way is opened
    const topOf = new Map();
    for (const r of this.top) {
      if (r.nodeId) topOf.set(r.nodeId, { top: r, path: [] });
      else r.tops.forEach((x) => { if (!topOf.has(x)) topOf.set(x, { top: r, path: [x] }); });
    }
    const seen = new Set([id]);
    const queue = [[id]];
    while (queue.length) {
      const chain = queue.shift();
      const head = chain[0];
      if (topOf.has(head)) {
        const found = topOf.get(head);
        return { top: found.top, path: [...found.path, ...chain.slice(1)] };
      }
      for (const p of this.model.nodes.get(head)?.parentIds ?? []) {
        if (!seen.has(p)) {
          seen.add(p);
          queue.push([p, ...chain]);
        }
      }
    }
    return null;
  }

  html(row) {
    const has = this.hasKids(row);
    const year = this.year();
    let kind; let code; let name; let level; let unit = ''; let satuan = ''; let target = ''; let xcut = '';
    const capaian = row.nodeId ? this.model.capaian?.get(row.nodeId) : null;
    if (row.unit) {
      kind = 'UNIT'; code = ''; name = row.unit.name; level = row.unit.level;
    } else {
      const n = this.model.nodes.get(row.nodeId);
      ({ kind, code, name, level } = n);
      unit = n.responsibleUnits?.map((u) => u.name).join('; ') ?? '';
      satuan = n.satuan ?? '';
      target = n.targets?.find((x) => x.year === year)?.raw ?? '';
      if (n.parentIds.size > 1) xcut = html`<span class="xcut" title="${t('cascade.crosscutN', { n: n.parentIds.size })}">⇄ ${n.parentIds.size}</span>`;
    }
    return html`<div role="treeitem" id="${row.key}" class="row kind-${kind}${capaian ? ` cap-${capaian.status} cap-on` : ''}" tabindex="-1" aria-level="${row.depth + 1}"
        aria-setsize="${row.size}" aria-posinset="${row.pos + 1}" aria-selected="false" ${has ? html`aria-expanded="${String(row.expanded)}"` : ''}
        style="--depth:${row.depth}">
      <span class="cell cell-name"><span class="twisty" aria-hidden="true"></span>${kindBadge(kind)}
        ${code ? html`<span class="code">${code}</span>` : ''}<span class="name">${name}</span>${xcut}${capaianBadge(capaian)}</span>
      <span class="cell cell-level" data-level="${level ?? ''}">${levelLabel(level)}</span>
      <span class="cell cell-unit" title="${unit}">${unit}</span>
      <span class="cell cell-satuan">${satuan}</span>
      <span class="cell cell-target">${target}</span>
    </div>`.__html;
  }

  /** The html of a row and of its visible descendants, in order. */
  subtreeHtml(row, out) {
    out.push(this.html(row));
    if (row.expanded) for (const kid of this.kids(row)) this.subtreeHtml(kid, out);
    return out;
  }

  renderAll() {
    const out = [];
    for (const row of this.top) this.subtreeHtml(row, out);
    this.el.innerHTML = out.join('');
    if (this.current) this.el.querySelector(`#${this.current.key}`)?.setAttribute('tabindex', '0');
  }

  visibleCount() {
    return this.el.childElementCount;
  }

  rowOf(target) {
    const el = target.closest?.('[role=treeitem]');
    return el ? this.rows.get(el.id) : null;
  }

  elOf(row) {
    return document.getElementById(row.key);
  }

  focus(row, { move = true } = {}) {
    const previous = this.current && this.elOf(this.current);
    if (previous) {
      previous.tabIndex = -1;
      previous.setAttribute('aria-selected', 'false');
    }
    this.current = row;
    const el = this.elOf(row);
    el.tabIndex = 0;
    el.setAttribute('aria-selected', 'true');
    if (move) el.focus();
    el.scrollIntoView({ block: 'nearest' });
    this.onSelect(row);
  }

  expand(row) {
    if (row.expanded || !this.hasKids(row)) return;
    row.expanded = true;
    const el = this.elOf(row);
    el.setAttribute('aria-expanded', 'true');
    const out = [];
    for (const kid of this.kids(row)) this.subtreeHtml(kid, out);
    el.insertAdjacentHTML('afterend', out.join(''));
  }

  collapse(row) {
    if (!row.expanded) return;
    const el = this.elOf(row);
    // the visible descendants are the rows after this one with a greater depth
    let next = el.nextElementSibling;
    while (next && this.rows.get(next.id).depth > row.depth) {
      const gone = next;
      next = next.nextElementSibling;
      gone.remove();
    }
    row.expanded = false;
    el.setAttribute('aria-expanded', 'false');
  }

  expandAll() {
    const open = (row) => {
      if (!this.hasKids(row)) return;
      row.expanded = true;
      this.kids(row).forEach(open);
    };
    this.top.forEach(open);
    this.renderAll();
    if (this.current) this.focus(this.current, { move: false });
  }

  collapseAll() {
    const close = (row) => {
      row.expanded = false;
      row.kidRows?.forEach(close);
    };
    this.top.forEach(close);
    let row = this.current;
    while (row?.parent) row = row.parent;
    this.renderAll();
    if (row) this.focus(row, { move: this.el.contains(document.activeElement) });
  }

  /** Draws the rows again (capaian came or went), keeping the focus where it was. */
  redraw() {
    this.renderAll();
    if (this.current) this.focus(this.current, { move: false });
  }

  /** Fills the unit, satuan and target cells of the rows on screen (after the details came, or a year change). */
  refreshDetails() {
    const year = this.year();
    this.el.querySelectorAll('[role=treeitem]').forEach((el) => {
      const row = this.rows.get(el.id);
      if (!row.nodeId) return;
      const n = this.model.nodes.get(row.nodeId);
      const unit = el.querySelector('.cell-unit');
      unit.textContent = n.responsibleUnits?.map((u) => u.name).join('; ') ?? '';
      unit.title = unit.textContent;
      el.querySelector('.cell-satuan').textContent = n.satuan ?? '';
      el.querySelector('.cell-target').textContent = n.targets?.find((x) => x.year === year)?.raw ?? '';
    });
  }

  click(e) {
    const row = this.rowOf(e.target);
    if (!row) return;
    if (e.target.closest('.twisty')) {
      if (row.expanded) this.collapse(row); else this.expand(row);
    }
    this.focus(row);
  }

  key(e) {
    const row = this.current;
    if (!row || e.altKey || e.ctrlKey || e.metaKey) return;
    const el = this.elOf(row);
    const go = (target) => { if (target) this.focus(this.rows.get(target.id)); };
    switch (e.key) {
      case 'ArrowDown': go(el.nextElementSibling); break;
      case 'ArrowUp': go(el.previousElementSibling); break;
      case 'Home': go(this.el.firstElementChild); break;
      case 'End': go(this.el.lastElementChild); break;
      case 'ArrowRight':
        if (!this.hasKids(row)) break;
        if (!row.expanded) this.expand(row); else go(el.nextElementSibling);
        break;
      case 'ArrowLeft':
        if (row.expanded) this.collapse(row);
        else if (row.parent) this.focus(row.parent);
        break;
      case 'Enter': location.hash = href('node', row.nodeId ?? row.unit.id); break;
      case ' ': if (row.expanded) this.collapse(row); else this.expand(row); break;
      case '*': (row.parent ? this.kids(row.parent) : this.top).forEach((r) => this.expand(r)); break;
      default:
        if (e.key.length !== 1 || !/\S/.test(e.key)) return;
        this.typeAhead(e.key);
    }
    e.preventDefault();
  }

  typeAhead(ch) {
    const now = performance.now();
    this.typed = now - this.typedAt < 700 ? this.typed + ch.toLowerCase() : ch.toLowerCase();
    this.typedAt = now;
    const all = [...this.el.children];
    const start = all.indexOf(this.elOf(this.current));
    for (let i = 1; i <= all.length; i++) {
      const candidate = all[(start + (this.typed.length > 1 ? i - 1 : i)) % all.length];
      const name = candidate.querySelector('.name').textContent.toLowerCase();
      if (name.startsWith(this.typed)) {
        this.focus(this.rows.get(candidate.id));
        return;
      }
    }
  }
}

