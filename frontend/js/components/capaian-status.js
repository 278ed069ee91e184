// Capaian by status for pages that draw a cascade (the cascade browser, the diagram): the period chooser, one
// capaianTree request for the page's scope, and the status badge. The Capaian page has the whole story (roll-up
// tree, goals at risk, causes); these pages colour what they already show.
import { gql } from '../api.js';
import { html } from '../dom.js';
import { getLang, num, t } from '../i18n.js';

export const PERIODS = ['TW1', 'TW2', 'TW3', 'TW4', 'YEAR'];
export const STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];

const TREE = `query($scope: ID!, $year: Int!, $period: Period) {
  capaianTree(scope: $scope, year: $year, period: $period) { node { id } capaian { percent status basis { id en } } } }`;

/** The period chooser: "none" (no colours) or a period of the year shown. */
export function periodSelect(selected) {
  return html`<label>${t('capaianView.label')} <select id="capaian-period">
    <option value="" ${selected ? '' : 'selected'}>${t('capaianView.off')}</option>
    ${PERIODS.map((p) => html`<option value="${p}" ${p === selected ? 'selected' : ''}>${t(`period.${p}`)}</option>`)}
  </select></label>`;
}

/** The period in the page's address, if it is one. */
export function periodParam(params) {
  const period = params.get('capaian');
  return PERIODS.includes(period) ? period : null;
}

/** Each node's capaian (indicator) or roll-up (element) in the scope, by id. */
export async function loadCapaian(scope, year, period, signal) {
  const { capaianTree } = await gql(TREE, { scope, year, period }, signal);
  return new Map(capaianTree.map((row) => [row.node.id, row.capaian]));
}

/** "87,5%" or the status' name when there is no percent. */
export function capaianText(capaian) {
  return capaian.percent == null ? t(`status.${capaian.status}`) : `${num(capaian.percent)}%`;
}

export function basisText(capaian) {
  return getLang() === 'en' ? capaian.basis.en : capaian.basis.id;
}

export function capaianBadge(capaian) {
  if (!capaian) return '';
  return html`<span class="cap-badge cap-${capaian.status}" title="${basisText(capaian)}">${capaianText(capaian)}</span>`;
}

/** The status colours' key. */
export function statusLegend() {
  return html`${STATUSES.map((s) => html`<span class="cap-badge cap-${s}">${t(`status.${s}`)}</span> `)}`;
}
