// Pohon kinerja diagram: the classic top-down tree chart. dagre lays it out, Cytoscape.js draws it (preset
// positions, every line's corners computed here), a traced path is highlighted, and it exports to SVG (written
// here from the same positions), PNG (drawn from that SVG) and an A3 landscape print sheet.
import { gql } from '../api.js';
import { download, esc, html, loadScript, mount, timing } from '../dom.js';
import { kindLabel, levelLabel, t } from '../i18n.js';
import { href, replace } from '../router.js';
import { chooseRoot, defaultYear, loadCascade, order as siblingOrder, yearsOf } from './cascade.js';
import { kindBadge } from '../components/kind-badge.js';
import { capaianText, loadCapaian, periodParam, periodSelect, STATUSES } from '../components/capaian-status.js';

const LIBS = ['webjars/dagre/dist/dagre.min.js', 'webjars/cytoscape/dist/cytoscape.min.js'];
const LEVELS = ['PEMDA', 'PERANGKAT_DAERAH', 'ASISTEN', 'BAGIAN', 'SUBBAGIAN'];
const STROKE = { PEMDA: '#12355b', PERANGKAT_DAERAH: '#1d6a85', ASISTEN: '#5b4b8a', BAGIAN: '#2e7d32', SUBBAGIAN: '#9a5800' };
const FILL = { PEMDA: '#e4ebf5', PERANGKAT_DAERAH: '#e1f0f5', ASISTEN: '#eeebf6', BAGIAN: '#e6f2e6', SUBBAGIAN: '#fbefdd' };
const UNIT = { stroke: '#5d6877', fill: '#f3f4f6' };
// capaian by status (the colours of app.css' .cap-* classes, with a light fill for the box)
const CAP_STROKE = { ACHIEVED: '#1b7a3a', ON_TRACK: '#2f6fb0', AT_RISK: '#a86400', OFF_TRACK: '#b3162f', NO_DATA: '#6b7480' };
const CAP_FILL = { ACHIEVED: '#e3f3e8', ON_TRACK: '#e3edf8', AT_RISK: '#fbeed6', OFF_TRACK: '#f9e0e4', NO_DATA: '#f1f2f4' };
const HIGHLIGHT = '#c8102e';
const DIM_FILL = '#f7f8fa';
const CROSSCUT = '#7b3fa0';
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';
const FONT_SIZE = 11;
const LINE = 14;
const PAD = 10;
const WIDTH = { box: 250, indicator: 210 };
const MAX_INDICATORS_INSIDE = 6;
const STACK_GAP = 8;
// a column hangs this far right of its parent's left edge; its connecting line runs down the gap
const INDENT = 28;
const RANK_SEP = 46;
const PNG_MAX = 12000;
const MIN_READABLE_ZOOM = 0.45;
const READABLE_ZOOM = 0.75;
const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

export async function render(main, route, signal) {
  if (!route.id) return chooseRoot(main, signal, 'diagram');
  const started = performance.now();
  const traceId = route.params.get('trace');
  const [model, traced] = await Promise.all([
    loadCascade(route.id, signal, { progressive: false }),
    traceId ? gql(`query($id: ID!) { trace(id: $id) { nodes { id } } }`, { id: traceId }, signal).then((d) => d.trace) : null,
    Promise.all(LIBS.map(loadScript)),
  ]);
  const fetched = performance.now();
  const years = yearsOf(model.nodes);
  const state = {
    mode: route.params.get('mode') === 'boxes' ? 'boxes' : 'inside',
    year: Number(route.params.get('year')) || defaultYear(years),
    highlight: Boolean(traced),
    capaianPeriod: years.length ? periodParam(route.params) : null,
    capaian: null,
  };
  if (state.capaianPeriod) state.capaian = await loadCapaian(route.id, state.year, state.capaianPeriod, signal);
  const { root } = model;

  mount(main, html`<div class="page page-wide diagram-page">
    <p class="eyebrow">${kindBadge(root.kind)} ${levelLabel(root.level)}</p>
    <h1 tabindex="-1">${t('diagram.title')}: ${root.name}</h1>
    <div class="toolbar" role="group" aria-label="${t('diagram.tools')}">
      <button type="button" class="btn btn-quiet" data-do="zoom-in" aria-label="${t('diagram.zoomIn')}">+</button>
      <button type="button" class="btn btn-quiet" data-do="zoom-out" aria-label="${t('diagram.zoomOut')}">−</button>
      <button type="button" class="btn btn-quiet" data-do="fit">${t('diagram.fit')}</button>
      <label>${t('diagram.indicators')} <select id="mode">
        <option value="inside" ${state.mode === 'inside' ? 'selected' : ''}>${t('diagram.inside')}</option>
        <option value="boxes" ${state.mode === 'boxes' ? 'selected' : ''}>${t('diagram.boxes')}</option>
      </select></label>
      ${years.length ? html`<label>${t('cascade.year')} <select id="year">${years.map((y) => html`<option ${y === state.year ? 'selected' : ''}>${y}</option>`)}</select></label>
        ${periodSelect(state.capaianPeriod)}` : ''}
      ${traced ? html`<label class="check"><input type="checkbox" id="highlight" checked> ${t('diagram.highlight')}</label>` : ''}
      <span class="spacer"></span>
      <button type="button" class="btn btn-quiet" data-do="png">PNG</button>
      <button type="button" class="btn btn-quiet" data-do="svg">SVG</button>
      <button type="button" class="btn btn-quiet" data-do="print">${t('diagram.print')}</button>
      ${root.kind === 'UNIT' ? html`<a class="btn btn-quiet" href="api/pohon-kinerja.pdf?scope=${encodeURIComponent(root.id)}" download
        title="${t('diagram.pdfHint')}">${t('diagram.pdf')}</a>` : ''}
    </div>
    ${traced && !traced.some((p) => p.nodes.some((n) => model.nodes.has(n.id))) ? html`<p class="notice">${t('diagram.traceOutside')}</p>` : ''}
    <div id="cy" class="cy" tabindex="0" role="application" aria-roledescription="${t('diagram.roledesc')}"
         aria-label="${t('diagram.canvasLabel', { name: root.name })}" aria-describedby="cy-help"></div>
    <div class="diagram-foot">
      <ul class="legend" aria-label="${t('diagram.legend')}" id="legend">
        ${legendItems(state)}
        <li><span class="swatch line"></span>${t('diagram.edge')}</li>
        <li><span class="swatch line dashed"></span>${t('diagram.crosscut')}</li>
        ${traced ? html`<li><span class="swatch line traced"></span>${t('diagram.traced')}</li>` : ''}
      </ul>
      <p class="muted small" id="cy-help">${t('diagram.keys')}</p>
    </div>
    <section class="card diagram-info" id="diagram-info" aria-live="polite"><p class="muted">${t('diagram.selectHint')}</p></section>
    <div id="print-sheet" class="print-sheet"></div>
  </div>`);

  const container = main.querySelector('#cy');
  const tracedIds = new Set((traced ?? []).flatMap((p) => p.nodes.map((n) => n.id)));
  let cy = null;
  let order = [];

  const draw = () => {
    const t0 = performance.now();
    const graph = buildGraph(model, state, tracedIds);
    const laidOut = layout(graph, state.mode === 'boxes');
    const t1 = performance.now();
    cy?.destroy();
    cy = window.cytoscape({
      container,
      elements: laidOut,
      layout: { name: 'preset', fit: false },
      style: styles(),
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: true,
      textureOnViewport: laidOut.length > 600,
      hideEdgesOnViewport: laidOut.length > 1500,
    });
    // each line's own shape (set after creation: curve-style given in the elements' JSON is not applied)
    cy.batch(() => cy.edges().forEach((e) => { e.style(e.data('line')); }));
    applyHighlight(cy, traced, state.highlight);
    initialView(cy);
    order = cy.nodes().sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x'));
    cy.on('tap', 'node', (e) => select(e.target));
    cy.on('tap', (e) => { if (e.target === cy) select(null); });
    return new Promise((resolve) => cy.one('render', resolve)).then(() => ({
      boxes: cy.nodes().length, edges: cy.edges().length, layoutMs: Math.round(t1 - t0), drawMs: Math.round(performance.now() - t1),
    }));
  };

  const info = main.querySelector('#diagram-info');
  const select = (node) => {
    cy.nodes(':selected').unselect();
    if (!node) {
      mount(info, html`<p class="muted">${t('diagram.selectHint')}</p>`);
      return;
    }
    node.select();
    const d = node.data();
    const id = d.ref;
    mount(info, html`<h2 class="side-title">${kindBadge(d.kind)} ${d.name}</h2>
      <p class="muted">${levelLabel(d.level)}${d.units ? ` · ${d.units}` : ''}</p>
      <p class="actions"><a class="btn" href="${href('node', id)}">${t('action.detail')}</a>
        ${d.kind === 'UNIT' ? '' : html`<a class="btn btn-quiet" href="${href('trace', id)}">${t('action.trace')}</a>`}
        <a class="btn btn-quiet" href="${href('cascade', id)}">${d.kind === 'UNIT' ? t('action.cascade') : t('action.impact')}</a>
        <a class="btn btn-quiet" href="${href('diagram', id)}">${t('diagram.rootHere')}</a></p>`);
  };

  const stats = await draw();
  timing('diagram', {
    nodes: model.nodes.size, ...stats, mode: state.mode,
    fetchMs: Math.round(fetched - started), totalMs: Math.round(performance.now() - started), sinceNavigationMs: Math.round(performance.now()),
  });
  container.dataset.drawn = 'true';
  container.dataset.capaian = state.capaian ? `${state.year} ${state.capaianPeriod}` : '';
  // for scripts and the browser tests: what is drawn, and the exports without a download dialog
  container.pokin = {
    boxes: () => cy.nodes().map((n) => n.id()),
    highlighted: () => cy.$('.hl').map((e) => e.id()),
    statuses: () => Object.fromEntries(cy.nodes().filter((n) => n.data('status')).map((n) => [n.id(), n.data('status')])),
    svg: () => toSvg(cy, root.name),
    png: () => toPng(toSvg(cy, root.name), 1).then(dataUrl),
    cy: () => cy,
  };

  const remember = () => replace('diagram', root.id, {
    trace: traceId, mode: state.mode === 'inside' ? null : state.mode, year: route.params.get('year') || state.year !== defaultYear(years) ? state.year : null,
    capaian: state.capaianPeriod,
  });
  const refreshCapaian = async () => {
    state.capaian = state.capaianPeriod ? await loadCapaian(root.id, state.year, state.capaianPeriod, signal) : null;
    mount(main.querySelector('#legend'), legendItems(state));
    container.dataset.capaian = state.capaian ? `${state.year} ${state.capaianPeriod}` : '';
    await draw();
  };
  const zoomBy = (factor) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  const actions = {
    'zoom-in': () => zoomBy(1.25),
    'zoom-out': () => zoomBy(0.8),
    fit: () => cy.fit(undefined, 24),
    home: () => initialView(cy),
    png: async () => {
      const button = main.querySelector('[data-do=png]');
      button.setAttribute('aria-busy', 'true');
      try {
        download(`pohon-kinerja-${root.id}.png`, await toPng(toSvg(cy, root.name), 2));
      } finally {
        button.removeAttribute('aria-busy');
      }
    },
    svg: () => download(`pohon-kinerja-${root.id}.svg`, toSvg(cy, root.name), 'image/svg+xml'),
    print: () => {
      preparePrint();
      window.print();
    },
  };
  main.querySelector('.toolbar').addEventListener('click', (e) => {
    const button = e.target.closest('[data-do]');
    if (button) actions[button.dataset.do]();
  });
  main.querySelector('#mode').addEventListener('change', async (e) => {
    state.mode = e.target.value;
    remember();
    await draw();
  });
  main.querySelector('#year')?.addEventListener('change', async (e) => {
    state.year = Number(e.target.value);
    remember();
    if (state.capaianPeriod) await refreshCapaian(); else await draw();
  });
  main.querySelector('#capaian-period')?.addEventListener('change', async (e) => {
    state.capaianPeriod = e.target.value || null;
    remember();
    await refreshCapaian();
  });
  main.querySelector('#highlight')?.addEventListener('change', (e) => {
    state.highlight = e.target.checked;
    applyHighlight(cy, traced, state.highlight);
  });

  // Cytoscape takes the mouse and touch events (and blurs whatever has the focus on mousedown), so a click on the
  // canvas would not focus it: do it when the button comes up, then the keys work straight away
  container.addEventListener('pointerup', () => { if (document.activeElement !== container) container.focus({ preventScroll: true }); });
  container.addEventListener('keydown', (e) => {
    const selected = cy.nodes(':selected')[0];
    const step = (delta) => {
      if (!order.length) return;
      const i = selected ? order.indexOf(selected) : -1;
      const next = order[(i + delta + order.length) % order.length];
      select(next);
      if (!inView(cy, next)) cy.animate({ center: { eles: next } }, { duration: 150 });
    };
    const keys = {
      ArrowLeft: () => cy.panBy({ x: 60, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -60, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: 60 }),
      ArrowDown: () => cy.panBy({ x: 0, y: -60 }),
      '+': () => zoomBy(1.25),
      '=': () => zoomBy(1.25),
      '-': () => zoomBy(0.8),
      0: actions.fit,
      n: () => step(1),
      p: () => step(-1),
      Enter: () => { if (selected) location.hash = href('node', selected.data('ref')); },
      Escape: () => select(null),
    };
    if (keys[e.key] && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      keys[e.key]();
    }
  });

  const preparePrint = () => {
    const sheet = main.querySelector('#print-sheet');
    sheet.innerHTML = `<h1>${esc(t('diagram.title'))}: ${esc(root.name)}</h1>
      <p>${esc(t('diagram.printedOn', { date: new Date().toLocaleDateString() }))} · ${esc(window.location.href)}</p>${toSvg(cy, null)}
      ${main.querySelector('.legend').outerHTML}`;
  };
  window.addEventListener('beforeprint', preparePrint);
  return { title: `${t('diagram.title')}: ${root.name}`, cleanup: () => { window.removeEventListener('beforeprint', preparePrint); cy?.destroy(); } };
}

function inView(cy, node) {
  const bb = node.renderedBoundingBox();
  return bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
}

/**
 * The nodes in document order: depth first from the top, siblings by code (natural order: 1.5.2 after 1.5.1), as
 * the cascade lists them. dagre orders siblings by insertion, so the boxes and edges go in this order.
 */
function documentOrder({ nodes, children, root, groups, tops }) {
  const out = [];
  const seen = new Set();
  const byOrder = (ids) => ids.filter((id) => nodes.has(id)).sort((a, b) => siblingOrder(nodes.get(a), nodes.get(b)));
  const visit = (id) => {
    if (seen.has(id) || !nodes.has(id)) return;
    seen.add(id);
    out.push(nodes.get(id));
    (children.get(id) ?? []).forEach(visit);
  };
  if (root.kind === 'UNIT') {
    groups.forEach((g) => byOrder(g.tops).forEach(visit));
    byOrder(tops).forEach(visit);
  } else {
    visit(root.id);
  }
  for (const n of nodes.values()) if (!seen.has(n.id)) out.push(n);
  return out;
}

/** The legend: the levels' colours, or the statuses' when capaian is shown; then the lines. */
function legendItems(state) {
  const boxes = state.capaian
    ? STATUSES.map((s) => html`<li><span class="swatch" style="background:${CAP_FILL[s]};border-color:${CAP_STROKE[s]}"></span>${t(`status.${s}`)}</li>`)
    : LEVELS.map((l) => html`<li><span class="swatch" style="background:${FILL[l]};border-color:${STROKE[l]}"></span>${levelLabel(l)}</li>`);
  return html`${boxes}`;
}

/** Boxes and edges for the current mode. An edge goes from the upper (parent) box to the lower (child) one. */
function buildGraph(model, state, tracedIds) {
  const boxes = [];
  const edges = [];
  const measure = textMeasurer();
  const { nodes, children, root, groups, tops } = model;
  const inside = state.mode === 'inside';
  const isBox = (n) => !inside || n.kind !== 'INDIKATOR';
  const units = (n) => n.responsibleUnits.map((u) => u.name).join('; ');
  const target = (n) => n.targets?.find((x) => x.year === state.year)?.raw;
  const capaian = (n) => state.capaian?.get(n.id);

  if (root.kind === 'UNIT') {
    boxes.push(unitBox(root, measure));
    const sorted = (ids) => ids.filter((id) => nodes.has(id)).sort((a, b) => siblingOrder(nodes.get(a), nodes.get(b)));
    for (const g of groups) {
      boxes.push(unitBox(g.unit, measure));
      edges.push(edge(root.id, g.unit.id));
      sorted(g.tops).forEach((top) => edges.push(edge(g.unit.id, top)));
    }
    sorted(tops).forEach((top) => edges.push(edge(root.id, top)));
  }
  for (const n of documentOrder(model)) {
    if (!isBox(n)) continue;
    const kindLine = `${kindLabel(n.kind).toUpperCase()} · ${levelLabel(n.level)}${n.code ? ` · ${n.code}` : ''}`;
    const width = n.kind === 'INDIKATOR' ? WIDTH.indicator : WIDTH.box;
    const lines = [kindLine, ...measure.wrap(n.name, width - 2 * PAD, 4)];
    if (n.kind === 'INDIKATOR') {
      const value = [n.satuan, target(n) && `${t('diagram.target')} ${state.year}: ${target(n)}`].filter(Boolean).join(' · ');
      if (value) lines.push(...measure.wrap(value, width - 2 * PAD, 1));
    }
    if (n.responsibleUnits.length) lines.push(...measure.wrap(`${t('diagram.pj')}: ${units(n)}`, width - 2 * PAD, 2));
    if (capaian(n)) {
      lines.push(...measure.wrap(t('capaianView.boxLine', { year: state.year, period: t(`period.${state.capaianPeriod}`), value: capaianText(capaian(n)) }), width - 2 * PAD, 1));
    }
    if (inside) {
      const indicators = (children.get(n.id) ?? []).map((id) => nodes.get(id)).filter((c) => c.kind === 'INDIKATOR');
      if (indicators.length) lines.push('—');
      for (const ind of indicators.slice(0, MAX_INDICATORS_INSIDE)) {
        const mark = tracedIds.has(ind.id) ? '▶ ' : '• ';
        const value = (target(ind) ? ` [${target(ind)}]` : '') + (capaian(ind) ? ` · ${capaianText(capaian(ind))}` : '');
        lines.push(...measure.wrap(`${mark}${ind.name}${value}`, width - 2 * PAD, 3, '  '));
      }
      if (indicators.length > MAX_INDICATORS_INSIDE) lines.push(t('diagram.moreIndicators', { n: indicators.length - MAX_INDICATORS_INSIDE }));
    }
    boxes.push({
      group: 'nodes',
      data: {
        id: n.id, ref: n.id, kind: n.kind, level: n.level, code: n.code, name: n.name, units: units(n),
        label: lines.join('\n'), w: width, h: lines.length * LINE + 2 * PAD,
        fill: capaian(n) ? CAP_FILL[capaian(n).status] : n.kind === 'INDIKATOR' ? '#ffffff' : (FILL[n.level] ?? '#ffffff'),
        stroke: capaian(n) ? CAP_STROKE[capaian(n).status] : STROKE[n.level] ?? UNIT.stroke,
        status: capaian(n)?.status ?? '',
      },
    });
    for (const p of n.parentIds) {
      if (nodes.has(p)) edges.push(edge(p, n.id, n.parentIds.size > 1));
    }
  }
  return { boxes, edges };
}

function unitBox(unit, measure) {
  const lines = [`${kindLabel('UNIT').toUpperCase()} · ${levelLabel(unit.level)}`, ...measure.wrap(unit.name, WIDTH.box - 2 * PAD, 3)];
  return {
    group: 'nodes',
    classes: 'unit',
    data: {
      id: unit.id, ref: unit.id, kind: 'UNIT', level: unit.level, name: unit.name, label: lines.join('\n'),
      w: WIDTH.box, h: lines.length * LINE + 2 * PAD, fill: UNIT.fill, stroke: UNIT.stroke,
    },
  };
}

function edge(parent, child, crosscut = false) {
  return { group: 'edges', classes: crosscut ? 'xcut' : '', data: { id: `${parent}->${child}`, source: parent, target: child } };
}

/**
 * dagre, top to bottom; returns Cytoscape elements with preset positions and every line's corners. Some boxes hang
 * in a column under their parent instead of taking a rank of their own, the classic pohon kinerja look and a much
 * narrower chart: indicator boxes (with `stackIndicators`) under the element they measure, and subbagian elements
 * under their bagian. A column sits indented under its parent; the parent's line runs down the indent, with a
 * branch into each box of the column, and on to the parent's children below, so a column box never sits on the
 * line between a parent and its children. dagre places each parent with room for its column; every rank is
 * top-aligned. Boxes come in document order (see buildGraph) and dagre keeps siblings in insertion order.
 */
function layout({ boxes, edges }, stackIndicators) {
  const byId = new Map(boxes.map((b) => [b.data.id, b]));
  const seen = new Set();
  const kept = edges.filter((e) => byId.has(e.data.source) && byId.has(e.data.target) && !seen.has(e.data.id) && seen.add(e.data.id));
  const parents = new Map();
  const childBoxes = new Map();
  for (const e of kept) {
    if (!parents.has(e.data.target)) parents.set(e.data.target, []);
    parents.get(e.data.target).push(e.data.source);
    if (!childBoxes.has(e.data.source)) childBoxes.set(e.data.source, []);
    childBoxes.get(e.data.source).push(e.data.target);
  }
  const stacked = new Set();
  const stackable = (child, parent) => {
    if (stacked.has(child.id)) return false; // a crosscutting indicator hangs under its first element only
    if (child.kind === 'INDIKATOR') return stackIndicators;
    return child.level === 'SUBBAGIAN' && parent.kind !== 'UNIT' && parent.level !== 'SUBBAGIAN'
      && parents.get(child.id).length === 1
      && !(childBoxes.get(child.id) ?? []).some((c) => byId.get(c).data.kind !== 'INDIKATOR');
  };
  const columns = new Map();
  for (const e of kept) {
    const child = byId.get(e.data.target).data;
    if (!stackable(child, byId.get(e.data.source).data)) continue;
    stacked.add(child.id);
    if (!columns.has(e.data.source)) columns.set(e.data.source, []);
    columns.get(e.data.source).push(child.id);
    e.classes = `${e.classes} stack`.trim();
  }
  // a column's members come indicators first, then elements, each in document order (the edges' order)
  columns.forEach((column) => column.sort((a, b) => (byId.get(a).data.kind === 'INDIKATOR' ? 0 : 1) - (byId.get(b).data.kind === 'INDIKATOR' ? 0 : 1)));
  const memo = new Map();
  /** Height and width of a box with its column (and the columns in it). */
  const extent = (id) => {
    if (!memo.has(id)) {
      const { w, h } = byId.get(id).data;
      let height = h;
      let width = w;
      for (const m of columns.get(id) ?? []) {
        const inner = extent(m);
        height += STACK_GAP + inner.height;
        width = Math.max(width, INDENT + inner.width);
      }
      memo.set(id, { width, height });
    }
    return memo.get(id);
  };
  const g = new window.dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 22, ranksep: RANK_SEP, edgesep: 8, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  boxes.forEach((b) => {
    if (!stacked.has(b.data.id)) g.setNode(b.data.id, extent(b.data.id));
  });
  kept.forEach((e) => {
    if (g.hasNode(e.data.source) && g.hasNode(e.data.target)) g.setEdge(e.data.source, e.data.target);
  });
  window.dagre.layout(g);

  // every rank top-aligned (dagre centres a rank's boxes on one line)
  const rankOf = new Map();
  const rankTop = new Map();
  const rankBottom = new Map();
  g.nodes().forEach((id) => {
    const p = g.node(id);
    const rank = Math.round(p.y);
    rankOf.set(id, rank);
    rankTop.set(rank, Math.min(rankTop.get(rank) ?? Infinity, p.y - p.height / 2));
  });
  const geometry = new Map(); // id -> { left, top, bottom } of the box itself
  const place = (id, left, top, rank) => {
    const box = byId.get(id);
    const { w, h } = box.data;
    box.position = { x: left + w / 2, y: top + h / 2 };
    geometry.set(id, { left, top, bottom: top + h });
    rankOf.set(id, rank);
    let y = top + h;
    for (const m of columns.get(id) ?? []) {
      y += STACK_GAP;
      place(m, left + INDENT, y, rank);
      y += extent(m).height;
    }
    rankBottom.set(rank, Math.max(rankBottom.get(rank) ?? -Infinity, y));
  };
  g.nodes().forEach((id) => {
    const p = g.node(id);
    place(id, p.x - p.width / 2, rankTop.get(rankOf.get(id)), rankOf.get(id));
  });

  // the lines, as points: down from the parent (down its indent when it has a column), across, down into the child
  const trunk = (id) => (columns.has(id) ? geometry.get(id).left + INDENT / 2 : byId.get(id).position.x);
  kept.forEach((e) => {
    const { source, target } = e.data;
    const s = geometry.get(source);
    const t = geometry.get(target);
    const sx = trunk(source);
    const ty = byId.get(target).position.y;
    let pts;
    if (e.classes.includes('stack')) {
      pts = [[sx, s.bottom], [sx, ty], [t.left, ty]];
    } else {
      const tx = byId.get(target).position.x;
      let turn = rankBottom.get(rankOf.get(source)) + RANK_SEP / 2;
      if (turn > t.top - 6) turn = Math.max(s.bottom + 6, t.top - 12);
      pts = [[sx, s.bottom], [sx, turn], [tx, turn], [tx, t.top]];
    }
    e.data.pts = pts.filter((pt, i) => i === 0 || pt[0] !== pts[i - 1][0] || pt[1] !== pts[i - 1][1]);
    e.data.line = lineStyle(e.data.pts, byId.get(source).position, byId.get(target).position);
  });
  return [...boxes, ...kept];
}

/**
 * Cytoscape draws a line through given corners as a "segments" edge: its ends relative to the boxes' centres, each
 * corner as a weight along the straight line between the ends and a distance off it.
 */
function lineStyle(pts, from, to) {
  const [sx, sy] = pts[0];
  const [tx, ty] = pts[pts.length - 1];
  const dx = tx - sx;
  const dy = ty - sy;
  const l2 = dx * dx + dy * dy;
  const style = {
    'source-endpoint': `${r(sx - from.x)}px ${r(sy - from.y)}px`,
    'target-endpoint': `${r(tx - to.x)}px ${r(ty - to.y)}px`,
  };
  const corners = pts.slice(1, -1);
  if (!corners.length || !l2) return { ...style, 'curve-style': 'straight' };
  const l = Math.sqrt(l2);
  const weights = corners.map(([x, y]) => ((x - sx) * dx + (y - sy) * dy) / l2);
  const distances = corners.map(([x, y]) => ((y - sy) * dx - (x - sx) * dy) / l);
  return {
    ...style, 'curve-style': 'segments', 'edge-distances': 'endpoints',
    'segment-weights': weights.map((w) => w.toFixed(5)).join(' '), 'segment-distances': distances.map((d) => d.toFixed(2)).join(' '),
  };
}

/** Fits the chart; one too wide to read that way opens at a readable zoom on its top (or on the traced path). */
function initialView(cy) {
  cy.fit(undefined, 24);
  if (cy.zoom() >= MIN_READABLE_ZOOM) return;
  const traced = cy.$('.hl');
  if (traced.length) {
    cy.fit(traced, 40);
    if (cy.zoom() >= MIN_READABLE_ZOOM) return;
  }
  const top = cy.nodes().min((n) => n.position('y')).ele;
  cy.zoom(READABLE_ZOOM);
  cy.pan({ x: cy.width() / 2 - top.position('x') * READABLE_ZOOM, y: 24 - (top.position('y') - top.data('h') / 2) * READABLE_ZOOM });
}

function styles() {
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle', width: 'data(w)', height: 'data(h)', 'background-color': 'data(fill)',
        'border-width': 1.5, 'border-color': 'data(stroke)', label: 'data(label)', 'text-wrap': 'wrap',
        'text-max-width': 1000, 'text-valign': 'center', 'text-halign': 'center', 'text-justification': 'left',
        'font-size': FONT_SIZE, 'font-family': FONT_FAMILY, 'line-height': LINE / FONT_SIZE, color: '#1b1f24',
      },
    },
    { selector: 'node.unit', style: { 'border-style': 'dashed' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1a73e8', 'overlay-opacity': 0 } },
    {
      selector: 'edge',
      style: { width: 1.5, 'line-color': '#8a94a3', 'target-arrow-shape': 'none' },
    },
    { selector: 'edge.xcut', style: { 'line-style': 'dashed', 'line-color': CROSSCUT, width: 2 } },
    // dimmed boxes stay opaque, so highlighted lines never show through them
    { selector: 'node.dim', style: { 'background-color': DIM_FILL, 'border-opacity': 0.35, 'text-opacity': 0.4 } },
    { selector: 'edge.dim', style: { opacity: 0.28 } },
    { selector: 'node.hl', style: { 'border-width': 3.5, 'border-color': HIGHLIGHT } },
    { selector: 'edge.hl', style: { 'line-color': HIGHLIGHT, width: 3.5, 'z-index': 10, 'line-style': 'solid' } },
  ];
}

function applyHighlight(cy, traced, on) {
  cy.elements().removeClass('hl dim');
  if (!traced || !on) return;
  const hl = cy.collection();
  for (const path of traced) {
    const ids = path.nodes.map((n) => n.id);
    ids.forEach((id) => hl.merge(cy.getElementById(id)));
    for (let i = 0; i + 1 < ids.length; i++) hl.merge(cy.getElementById(`${ids[i + 1]}->${ids[i]}`));
  }
  if (!hl.length) return;
  hl.addClass('hl');
  cy.elements().difference(hl).addClass('dim');
}

/** Word wrap measured on a canvas in the diagram's own font, so boxes fit their text. */
function textMeasurer() {
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = `${FONT_SIZE}px ${FONT_FAMILY}`;
  const cache = new Map();
  const width = (s) => {
    let w = cache.get(s);
    if (w === undefined) cache.set(s, w = ctx.measureText(s).width);
    return w;
  };
  return {
    wrap(text, max, maxLines, indent = '') {
      const words = String(text).split(/\s+/).filter(Boolean);
      const lines = [];
      let line = '';
      for (const word of words) {
        const candidate = line ? `${line} ${word}` : word;
        if (width(candidate) <= max || !line) {
          line = candidate;
        } else {
          lines.push(line);
          line = indent + word;
        }
      }
      if (line) lines.push(line);
      if (lines.length > maxLines) {
        lines.length = maxLines;
        lines[maxLines - 1] = `${lines[maxLines - 1].replace(/\s*\S*$/, '')} …`;
      }
      return lines.map((l) => (width(l) > max ? truncate(l, max, width) : l));
    },
  };
}

function truncate(line, max, width) {
  let s = line;
  while (s.length > 1 && width(`${s}…`) > max) s = s.slice(0, -1);
  return `${s}…`;
}

/** The diagram as SVG, from the drawn positions: boxes, their text lines, and right-angled edges. */
export function toSvg(cy, title) {
  const bb = cy.nodes().boundingBox();
  const margin = 20;
  const head = title ? 34 : 0;
  const w = Math.ceil(bb.w + 2 * margin);
  const h = Math.ceil(bb.h + 2 * margin + head);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family='${FONT_FAMILY}' font-size="${FONT_SIZE}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`];
  if (title) out.push(`<text x="${margin}" y="${margin + 12}" font-size="16" font-weight="600" fill="#12355b">${esc(title)}</text>`);
  out.push(`<g transform="translate(${margin - bb.x1} ${margin + head - bb.y1})">`);
  cy.edges().forEach((e) => {
    const hl = e.hasClass('hl');
    const stroke = hl ? HIGHLIGHT : e.hasClass('xcut') ? CROSSCUT : '#8a94a3';
    const dash = e.hasClass('xcut') && !hl ? ' stroke-dasharray="6 4"' : '';
    const opacity = e.hasClass('dim') ? ' opacity="0.28"' : '';
    const d = e.data('pts').map(([x, y], i) => `${i ? 'L' : 'M'}${r(x)} ${r(y)}`).join('');
    out.push(`<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${hl ? 3.5 : e.hasClass('xcut') ? 2 : 1.5}"${dash}${opacity}/>`);
  });
  cy.nodes().forEach((n) => {
    const d = n.data();
    const p = n.position();
    const x = p.x - d.w / 2;
    const y = p.y - d.h / 2;
    const hl = n.hasClass('hl');
    const dim = n.hasClass('dim');
    const dash = n.hasClass('unit') ? ' stroke-dasharray="5 3"' : '';
    out.push(`<g><rect x="${r(x)}" y="${r(y)}" width="${d.w}" height="${d.h}" rx="6" fill="${dim ? DIM_FILL : d.fill}" stroke="${hl ? HIGHLIGHT : d.stroke}" stroke-width="${hl ? 3.5 : 1.5}"${dim ? ' stroke-opacity="0.35"' : ''}${dash}/>`);
    out.push(`<text x="${r(x + PAD)}" y="${r(y + PAD + FONT_SIZE - 1)}" fill="#1b1f24"${dim ? ' fill-opacity="0.4"' : ''}>`);
    d.label.split('\n').forEach((line, i) => {
      out.push(`<tspan x="${r(x + PAD)}" dy="${i ? LINE : 0}"${i === 0 ? ' font-weight="600"' : ''}>${esc(line)}</tspan>`);
    });
    out.push('</text></g>');
  });
  out.push('</g></svg>');
  return out.join('\n');
}

/**
 * The chart as PNG without freezing the page: the browser's image decoder draws it from the SVG into a bitmap
 * (createImageBitmap, off the main thread), and a worker paints that on an OffscreenCanvas and encodes it. Where
 * there is no OffscreenCanvas, a canvas on the page does both (a short pause). At most PNG_MAX pixels a side.
 */
async function toPng(svg, scale) {
  const [, width, height] = svg.match(/width="(\d+)" height="(\d+)"/).map(Number);
  const factor = Math.min(scale, PNG_MAX / Math.max(width, height));
  const w = Math.round(width * factor);
  const h = Math.round(height * factor);
  // drawn at the output size from the start (the viewBox scales it), so text stays sharp
  const sized = svg.replace(`width="${width}" height="${height}"`, `width="${w}" height="${h}"`);
  const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    if (typeof OffscreenCanvas === 'function' && typeof createImageBitmap === 'function') {
      return await encodeInWorker(await createImageBitmap(image));
    }
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    canvas.getContext('2d').drawImage(image, 0, 0, w, h);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

const ENCODER = `onmessage = async ({ data: bitmap }) => {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, bitmap.width, bitmap.height);
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  postMessage(await canvas.convertToBlob({ type: 'image/png' }));
};`;

/** One worker per export, gone when the PNG is made. */
function encodeInWorker(bitmap) {
  const source = URL.createObjectURL(new Blob([ENCODER], { type: 'text/javascript' }));
  const worker = new Worker(source);
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => resolve(data);
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage(bitmap, [bitmap]);
  }).finally(() => {
    worker.terminate();
    URL.revokeObjectURL(source);
  });
}

function dataUrl(blob) {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.readAsDataURL(blob);
  });
}

function r(value) {
  return Math.round(value * 10) / 10;
}
