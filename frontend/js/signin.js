// The header's sign-in button and dialog: planners and administrators sign in to edit; reading needs no sign-in.
import { currentUser, onUserChange, signIn, signOut } from './auth.js';
import { html, mount } from './dom.js';
import { t } from './i18n.js';

/** Sets up the button `#sign-in`; `onChange` runs after signing in or out (e.g. to show the page again). */
export function setupSignIn(onChange) {
  const button = document.getElementById('sign-in');
  const dialog = document.createElement('dialog');
  dialog.id = 'sign-in-dialog';
  dialog.setAttribute('aria-labelledby', 'sign-in-title');
  document.body.append(dialog);
  button.addEventListener('click', () => {
    if (currentUser()) {
      signOut();
      return;
    }
    mount(dialog, html`<form method="dialog" class="sign-in-form">
      <h2 id="sign-in-title">${t('signIn.title')}</h2>
      <p class="muted small">${t('signIn.why')}</p>
      <label for="sign-in-user">${t('signIn.user')}</label>
      <input id="sign-in-user" name="user" autocomplete="username" required>
      <label for="sign-in-password">${t('signIn.password')}</label>
      <input id="sign-in-password" name="password" type="password" autocomplete="current-password" required>
      <p class="alert alert-error" role="alert" data-sign-in-error hidden></p>
      <p class="actions"><button type="submit" class="btn">${t('signIn.submit')}</button>
        <button type="button" class="btn btn-quiet" data-action="close">${t('edit.cancel')}</button></p>
    </form>`);
    const form = dialog.querySelector('form');
    dialog.querySelector('[data-action=close]').addEventListener('click', () => dialog.close());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const error = form.querySelector('[data-sign-in-error]');
      try {
        const me = await signIn(form.elements.user.value.trim(), form.elements.password.value);
        if (!me) {
          error.textContent = t('signIn.wrong');
          error.hidden = false;
          return;
        }
        dialog.close();
      } catch (e) {
        error.textContent = `${t('signIn.failed')} ${e.message}`;
        error.hidden = false;
      }
    });
    dialog.showModal();
    form.elements.user.focus();
  });
  const render = () => {
    const me = currentUser();
    button.textContent = me ? t('signIn.out', { name: me.name }) : t('signIn.button');
    button.dataset.signedIn = me ? 'true' : 'false';
  };
  onUserChange(() => {
    render();
    document.getElementById('announcer').textContent = currentUser() ? t('signIn.done', { name: currentUser().name }) : t('signIn.outDone');
    onChange();
  });
  render();
  return render;
}
