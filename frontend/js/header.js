// The header on a phone: the search box and the navigation fold behind two disclosure buttons (aria-expanded).
// Escape closes what is open and gives the focus back to its button; a page change closes both. On a wide
// screen the buttons are hidden (app.css) and both stay shown whatever their state.
const PHONE = '(max-width: 640px)';

export function setupHeader() {
  const header = document.querySelector('.site-header');
  const searchToggle = document.getElementById('search-toggle');
  const navToggle = document.getElementById('nav-toggle');
  const input = document.getElementById('global-search');
  const nav = document.getElementById('site-nav');
  const phone = window.matchMedia(PHONE);

  const set = (toggle, cls, open) => {
    header.classList.toggle(cls, open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  const setSearch = (open) => set(searchToggle, 'search-open', open);
  const setNav = (open) => set(navToggle, 'nav-open', open);
  const isOpen = (cls) => header.classList.contains(cls);

  searchToggle.addEventListener('click', () => {
    const open = !isOpen('search-open');
    setSearch(open);
    setNav(false);
    if (open) input.focus();
  });
  navToggle.addEventListener('click', () => {
    setNav(!isOpen('nav-open'));
    setSearch(false);
  });

  // the combobox's own Escape closes its suggestions first; the next Escape closes the search row
  let suggestionsOpen = false;
  input.addEventListener('keydown', (e) => { if (e.key === 'Escape') suggestionsOpen = input.getAttribute('aria-expanded') === 'true'; }, true);
  header.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !phone.matches) return;
    if (isOpen('search-open') && e.target === input && !suggestionsOpen) {
      setSearch(false);
      searchToggle.focus();
    } else if (isOpen('nav-open') && (nav.contains(e.target) || e.target === navToggle)) {
      setNav(false);
      navToggle.focus();
    }
  });
  // a click or focus outside the open menu closes it
  const outside = (e) => {
    if (isOpen('nav-open') && !nav.contains(e.target) && !navToggle.contains(e.target)) setNav(false);
  };
  document.addEventListener('click', outside);
  document.addEventListener('focusin', outside);
  window.addEventListener('hashchange', () => {
    setNav(false);
    setSearch(false);
  });
  phone.addEventListener('change', () => {
    setNav(false);
    setSearch(false);
  });

  return {
    /** Shows the search box (on a phone it is folded away) and puts the focus in it. */
    openSearch() {
      if (phone.matches) {
        setSearch(true);
        setNav(false);
      }
      input.focus();
    },
  };
}
