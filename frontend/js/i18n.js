// Bahasa Indonesia by default; English by the switch (remembered) or ?lang=en.
import id from '../i18n/id.js';
import en from '../i18n/en.js';

const DICTS = { id, en };
const KEY = 'pokin.lang';

let lang = initial();

function initial() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked in DICTS) {
    store(asked);
    return asked;
  }
  try {
    const saved = localStorage.getItem(KEY);
    if (saved in DICTS) return saved;
  } catch { /* storage may be disabled */ }
  return 'id';
}

function store(value) {
  try {
    localStorage.setItem(KEY, value);
  } catch { /* storage may be disabled */ }
}

export function getLang() {
  return lang;
}

export function setLang(value) {
  if (!(value in DICTS)) return;
  lang = value;
  store(value);
  // keep ?lang= in the address in step, so a copied link opens in the language on screen
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', value);
    history.replaceState(history.state, '', url);
  }
}

/** The text for `key`, with {placeholders} filled from `vars`. */
export function t(key, vars) {
  let text = DICTS[lang][key] ?? DICTS.id[key] ?? key;
  if (vars) text = text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? vars[name] : m));
  return text;
}

export const kindLabel = (kind) => t(`kind.${kind}`);
export const levelLabel = (level) => (level ? t(`level.${level}`) : '');

export function num(value) {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB').format(value);
}

/** Fills every [data-i18n] (text) and [data-i18n-attr="attr:key;attr:key"] in the static shell. */
export function translateShell(root = document) {
  document.documentElement.lang = lang;
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-attr]').forEach((el) => {
    el.dataset.i18nAttr.split(';').forEach((pair) => {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    });
  });
}
