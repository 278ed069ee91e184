// Tiny HTML helpers: `html` escapes every interpolated value unless it is itself html`` or raw().

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value) {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export function raw(text) {
  return { __html: String(text) };
}

function render(value) {
  if (value == null || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object' && '__html' in value) return value.__html;
  return esc(value);
}

export function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return raw(out);
}

/** Replaces the content of `el` with a template; returns `el`. */
export function mount(el, template) {
  el.innerHTML = render(template);
  return el;
}

/** Adds a template at the end of `el`'s content; returns `el`. */
export function append(el, template) {
  el.insertAdjacentHTML('beforeend', render(template));
  return el;
}

/** Saves `content` as a file the browser downloads. */
export function download(filename, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Loads a classic (UMD) script once; resolves when it has run. */
const scripts = new Map();
export function loadScript(src) {
  if (!scripts.has(src)) {
    scripts.set(src, new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error(`Cannot load ${src}`));
      document.head.append(s);
    }));
  }
  return scripts.get(src);
}

/** Records a timing the browser tests and benchmarks read back (performance marks plus a plain object). */
export function timing(name, values) {
  performance.mark(`pokin:${name}`, { detail: values });
  window.pokinTimings = { ...(window.pokinTimings || {}), [name]: values };
}
