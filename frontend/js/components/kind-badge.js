// The badge of a node's kind (TUJUAN, SASARAN, KONDISI, INDIKATOR, UNIT), as every list and heading shows it.
import { html } from '../dom.js';
import { kindLabel } from '../i18n.js';

export function kindBadge(kind) {
  return html`<span class="badge kind-${kind}" title="${kindLabel(kind)}">${kindLabel(kind)}</span>`;
}
