// GraphQL over HTTP, and the error states every page shows the same way.
import { authHeaders } from './auth.js';
import { html } from './dom.js';
import { t } from './i18n.js';

/**
 * kind: NOT_FOUND, UNAVAILABLE, NETWORK, BAD_REQUEST, FORBIDDEN, UNAUTHORIZED, CONFLICT, INTERNAL_ERROR…;
 * code: the server's extensions.code where it gives one (e.g. STALE_VERSION).
 */
export class ApiError extends Error {
  constructor(kind, message, extensions = {}) {
    super(message);
    this.kind = kind;
    this.code = extensions.code ?? null;
    this.extensions = extensions;
  }
}

// The signed-in user's credentials go with writes only: reads are open to everyone, or (reads closed) the browser
// sends the credentials its own sign-in prompt cached when the page loaded. Checking a password (bcrypt) costs the
// server ~65 ms of CPU on each request, a hundred times a trace.
export async function gql(query, variables = {}, signal) {
  const write = /^\s*mutation\b/.test(query);
  const response = await post(query, variables, signal, write);
  if (response.status === 503) throw new ApiError('UNAVAILABLE', `HTTP ${response.status}`);
  if (response.status === 401 || response.status === 403) throw new ApiError('FORBIDDEN', `HTTP ${response.status}`);
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.ok ? 'INTERNAL_ERROR' : 'NETWORK', `HTTP ${response.status}`);
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new ApiError(first.extensions?.classification || 'INTERNAL_ERROR', first.message, first.extensions ?? {});
  }
  return body.data;
}

async function post(query, variables, signal, withCredentials) {
  try {
    return await fetch('graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'X-Requested-With': 'XMLHttpRequest',
        ...(withCredentials ? authHeaders() : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('NETWORK', e.message);
  }
}

let queries = null;

/**
 * Whether this server's schema has a query field (features built on other branches may be missing). Where
 * introspection is switched off (production), every feature is assumed present.
 */
export async function hasQuery(name) {
  queries ??= gql('{ __schema { queryType { fields { name } } } }')
    .then((d) => new Set(d.__schema.queryType.fields.map((f) => f.name)))
    .catch(() => null);
  const known = await queries;
  return known === null || known.has(name);
}

/** The nodes of one page of a connection field (`edges { node }`). */
export function nodesOf(connection) {
  return connection.edges.map((e) => e.node);
}

/** Every node of a connection field, page after page (`query` takes `$after`): for lists one page cannot hold. */
export async function allNodes(query, field, variables = {}, signal) {
  const nodes = [];
  let after = null;
  for (;;) {
    const page = (await gql(query, { ...variables, after }, signal))[field];
    nodes.push(...nodesOf(page));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

/** The fields every list of nodes shows. */
export const NODE = 'id kind code name level';

/** An error box for a failed request; `retry` adds a button. */
export function errorView(error, id) {
  const kind = error instanceof ApiError ? error.kind : 'INTERNAL_ERROR';
  const known = ['NOT_FOUND', 'UNAVAILABLE', 'NETWORK', 'FORBIDDEN', 'BAD_REQUEST'].includes(kind);
  const title = t(known ? `error.${kind}.title` : 'error.other.title');
  const body = t(known ? `error.${kind}.body` : 'error.other.body', { id: id ?? '' });
  return html`<div class="alert alert-error" role="alert" data-error="${kind}">
    <h2>${title}</h2>
    <p>${body}</p>
    ${error.message && kind !== 'NOT_FOUND' ? html`<p class="muted small">${error.message}</p>` : ''}
    <p class="actions">
      ${kind === 'UNAVAILABLE' || kind === 'NETWORK' ? html`<button type="button" class="btn" data-action="retry">${t('error.retry')}</button>` : ''}
      <a class="btn btn-quiet" href="#/">${t('nav.overview')}</a>
    </p>
  </div>`;
}
