// The shell: routes hash changes to one page module at a time, the header search and the language switch.
import { ApiError, errorView, hasQuery } from './api.js';
import { html, mount } from './dom.js';
import { getLang, setLang, t, translateShell } from './i18n.js';
import { setupHeader } from './header.js';
import { current } from './router.js';
import { combobox } from './components/combobox.js';
import { setupSignIn } from './signin.js';

const PAGES = {
  overview: () => import('./pages/overview.js'),
  cascade: () => import('./pages/cascade.js'),
  trace: () => import('./pages/trace.js'),
  diagram: () => import('./pages/diagram.js'),
  node: () => import('./pages/node.js'),
  search: () => import('./pages/search.js'),
  readiness: () => import('./pages/readiness.js'),
  capaian: () => import('./pages/capaian.js'),
};

const main = document.getElementById('main');
let active = null; // { controller, cleanup }
let firstRoute = true;
let routes = 0;

async function route() {
  const r = current();
  active?.controller.abort();
  active?.cleanup?.();
  const controller = new AbortController();
  active = { controller };
  performance.mark('pokin:route');
  markNav(r.page);
  const load = PAGES[r.page];
  if (!load) {
    mount(main, html`<div class="page">${errorView(new ApiError('NOT_FOUND', ''), r.page)}</div>`);
    return;
  }
  main.setAttribute('aria-busy', 'true');
  main.classList.remove('page-ready');
  try {
    const page = await load();
    const result = await page.render(main, r, controller.signal);
    if (controller.signal.aborted) return;
    active.cleanup = result?.cleanup;
    document.title = `${result?.title ?? t(`nav.${r.page}`)} — Pokin`;
    if (!firstRoute && !result?.keepFocus) (main.querySelector('h1') ?? main).focus({ preventScroll: false });
  } catch (e) {
    if (e.name === 'AbortError' || controller.signal.aborted) return;
    mount(main, html`<div class="page">${errorView(e, r.id)}</div>`);
    main.querySelector('[data-action=retry]')?.addEventListener('click', route);
    document.title = `${t('error.title')} — Pokin`;
  } finally {
    if (!controller.signal.aborted) {
      main.removeAttribute('aria-busy');
      main.classList.add('page-ready');
      main.dataset.routes = String(++routes); // lets scripts and tests wait for a page
      firstRoute = false;
    }
  }
}

function markNav(page) {
  const section = page === 'node' ? null : page;
  document.querySelectorAll('.site-nav a[data-page]').forEach((a) => {
    if (a.dataset.page === section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

function renderLangSwitch() {
  const button = document.getElementById('lang-switch');
  const other = getLang() === 'id' ? 'en' : 'id';
  button.textContent = other.toUpperCase();
  button.setAttribute('aria-label', t('shell.switchTo'));
  button.setAttribute('lang', other);
  button.dataset.lang = other;
}

document.getElementById('lang-switch').addEventListener('click', (e) => {
  setLang(e.currentTarget.dataset.lang);
  translateShell();
  renderLangSwitch();
  renderSignIn();
  document.getElementById('announcer').textContent = t('shell.switched');
  route();
});

const header = setupHeader();
const search = document.getElementById('global-search');
combobox(search, {
  onPick: (node) => {
    search.value = '';
    location.hash = `#/node/${encodeURIComponent(node.id)}`;
  },
  onSubmit: (text) => {
    search.value = '';
    location.hash = `#/search?q=${encodeURIComponent(text)}`;
  },
});

// "/" jumps to the search box from anywhere but a text field
document.addEventListener('keydown', (e) => {
  if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName)) {
    e.preventDefault();
    header.openSearch();
  }
});

translateShell();
renderLangSwitch();
const renderSignIn = setupSignIn(() => route());
// the readiness check is a feature of the server: its menu entry shows only where the API has it
hasQuery('readiness').then((yes) => { document.querySelector('.site-nav [data-page=readiness]').parentElement.hidden = !yes; });
hasQuery('capaianTree').then((yes) => { document.querySelector('.site-nav [data-page=capaian]').parentElement.hidden = !yes; });
window.addEventListener('hashchange', route);
route();
