// Hash routes, so every page is a deep link and the server only ever serves index.html:
//   #/                      overview          #/cascade/<id>?node=<id>&year=<y>
//   #/trace/<id>            trace             #/diagram/<id>?trace=<id>&mode=inside|boxes
//   #/node/<id>             node detail       #/search?q=<text>        #/readiness

export function current() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = splitOnce(hash, '?');
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  return { page: parts[0] || 'overview', id: parts[1] ?? null, params: new URLSearchParams(query || '') };
}

export function href(page, id, params) {
  let out = `#/${page === 'overview' ? '' : page}`;
  if (id != null) out += `/${encodeURIComponent(id)}`;
  const query = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v != null && v !== '')).toString() : '';
  return query ? `${out}?${query}` : out;
}

export function go(page, id, params) {
  location.hash = href(page, id, params);
}

/** Changes the address without a new history entry and without re-rendering (selection, filters). */
export function replace(page, id, params) {
  history.replaceState(history.state, '', href(page, id, params));
}

function splitOnce(text, sep) {
  const i = text.indexOf(sep);
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + 1)];
}

function safeDecode(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
