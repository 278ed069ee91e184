// The realisasi card of an indicator's page: per year its target, the realisasi of each quarter and of the year,
// and the capaian; a chart of realisasi against targets; for signed-in editors a form to enter one realisasi (the
// target of the chosen year beside it), saved with setRealisasi against the version the page was read at.
import { gql } from '../api.js';
import { currentUser } from '../auth.js';
import { html, mount } from '../dom.js';
import { getLang, num, t } from '../i18n.js';
import { seriesChart } from './capaian.js';
import { PERIODS } from '../components/capaian-status.js';

const READ = `query($id: ID!, $year: Int!) { node(id: $id) { id version ... on Indikator {
  targets { year raw value } realisasi { year period raw value evidence by }
  capaian(year: $year) { percent status basis { id en } } } } }`;
const SET = `mutation($id: ID!, $version: Int!, $year: Int!, $period: Period!, $value: String, $evidence: String) {
  setRealisasi(id: $id, version: $version, year: $year, period: $period, value: $value, evidence: $evidence) { id version } }`;

export async function showRealisasi(section, id, signal) {
  const year = new Date().getFullYear();
  const { node } = await gql(READ, { id, year }, signal);
  const years = [...new Set([...node.targets.map((x) => x.year), ...node.realisasi.map((r) => r.year)])].sort((a, b) => a - b);
  const cell = (y, p) => node.realisasi.find((r) => r.year === y && r.period === p);
  const target = (y) => node.targets.find((x) => x.year === y);
  const editor = currentUser()?.canEdit;
  const chosen = years.includes(year) ? year : years[years.length - 1] ?? year;
  mount(section, html`<h2 id="realisasi">${t('realisasi.title')}</h2>
    ${years.length ? html`<table class="realisasi-table">
      <thead><tr><th scope="col">${t('col.year')}</th><th scope="col">${t('col.targetRaw')}</th>
        ${PERIODS.map((p) => html`<th scope="col">${t(`period.${p}`)}</th>`)}</tr></thead>
      <tbody>${years.map((y) => html`<tr data-year="${y}"><th scope="row">${y}</th><td>${target(y)?.raw ?? '—'}</td>
        ${PERIODS.map((p) => {
          const r = cell(y, p);
          return html`<td data-period="${p}" title="${r?.evidence ? `${t('realisasi.evidence')}: ${r.evidence}` : ''}">${r ? r.raw : '—'}</td>`;
        })}</tr>`)}</tbody>
    </table>` : html`<p class="muted">${t('realisasi.none')}</p>`}
    ${node.capaian ? html`<p class="small"><span class="cap-badge cap-${node.capaian.status}">${node.capaian.percent == null ? t(`status.${node.capaian.status}`) : `${num(node.capaian.percent)}%`}</span>
      ${t('realisasi.capaianOf', { year })} — <span class="muted">${getLang() === 'en' ? node.capaian.basis.en : node.capaian.basis.id}</span></p>` : ''}
    ${seriesChart(node.targets, node.realisasi)}
    ${editor ? html`<form class="realisasi-form" data-realisasi-form>
      <h3>${t('realisasi.enter')}</h3>
      <div class="toolbar">
        <label>${t('col.year')} <input name="year" type="number" min="1900" max="2200" value="${chosen}" class="input-year" required></label>
        <label>${t('capaian.period')} <select name="period">${PERIODS.map((p) => html`<option value="${p}">${t(`period.${p}`)}</option>`)}</select></label>
        <span class="muted small" data-target-beside></span>
      </div>
      <div class="toolbar">
        <label>${t('realisasi.value')} <input name="value" type="text" maxlength="200" placeholder="${t('realisasi.valueHint')}"></label>
        <label>${t('realisasi.evidence')} <input name="evidence" type="text" maxlength="4000" placeholder="${t('realisasi.evidenceHint')}"></label>
        <button class="btn" type="submit">${t('edit.save')}</button>
      </div>
      <p class="form-error" role="alert" data-error></p>
    </form>` : ''}`);
  section.dataset.loaded = 'true';
  const form = section.querySelector('[data-realisasi-form]');
  if (!form) return;
  const beside = () => {
    const y = Number(form.year.value);
    const current = cell(y, form.period.value);
    form.querySelector('[data-target-beside]').textContent = `${t('col.targetRaw')} ${y}: ${target(y)?.raw ?? '—'}`;
    form.value.value = current?.raw ?? '';
    form.evidence.value = current?.evidence ?? '';
  };
  form.year.addEventListener('input', beside);
  form.period.addEventListener('change', beside);
  beside();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const error = form.querySelector('[data-error]');
    error.textContent = '';
    try {
      await gql(SET, { id, version: node.version, year: Number(form.year.value), period: form.period.value,
        value: form.value.value.trim() || null, evidence: form.evidence.value.trim() || null });
      await showRealisasi(section, id, signal);
      section.querySelector('h2')?.focus?.();
    } catch (err) {
      const localized = err.extensions?.localized;
      error.textContent = err.code === 'STALE_VERSION' ? t('realisasi.stale')
        : (localized ? (getLang() === 'en' ? localized.en : localized.id) : err.message);
    }
  });
}
