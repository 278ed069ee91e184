// A modal dialog (<dialog>, showModal): labelled by its title, Escape and the close button close it, and the focus
// goes back to where it was when the dialog opened. Used by the repair actions.
import { html, mount } from '../dom.js';
import { t } from '../i18n.js';

let dialogs = 0;

/**
 * Opens a dialog titled `title` with `body` (a template) in it; returns { dialog, body, close }. `onClose` runs
 * once when it closes, however it was closed.
 */
export function openDialog({ title, body, className = '', onClose }) {
  const opener = document.activeElement;
  const id = `dialog-${++dialogs}`;
  const dialog = document.createElement('dialog');
  dialog.className = `repair-dialog ${className}`;
  dialog.setAttribute('aria-labelledby', `${id}-title`);
  mount(dialog, html`<div class="dialog-head"><h2 id="${id}-title">${title}</h2>
    <button type="button" class="btn btn-quiet btn-small" data-action="dismiss" aria-label="${t('repair.close')}">×</button></div>
    <div class="dialog-body">${body}</div>`);
  document.body.append(dialog);
  const close = () => { if (dialog.open) dialog.close(); };
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose?.();
    if (opener?.isConnected) opener.focus();
  }, { once: true });
  dialog.querySelector('[data-action=dismiss]').addEventListener('click', close);
  dialog.showModal();
  (dialog.querySelector('[autofocus], input, select, textarea, .dialog-body button') ?? dialog).focus();
  return { dialog, body: dialog.querySelector('.dialog-body'), close };
}
