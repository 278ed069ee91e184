// A readiness score with its band (ready, needs work, not ready): the readiness page's summary, the overview's regions.
import { html } from '../dom.js';
import { num, t } from '../i18n.js';

/** The score's band: ready, needs work, not ready. */
export function scoreBand(score) {
  return score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor';
}

export function scoreView(score) {
  const band = scoreBand(score);
  return html`<span class="score score-${band}"><span class="score-value">${num(score)}</span><span class="score-band">${t(`readiness.band.${band}`)}</span></span>`;
}
