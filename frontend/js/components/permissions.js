// Who may change which node, as the server decides it (editing/EditPermissions), so that the UI offers a repair only
// where it will be accepted: administrators everything; a planner the units of their perangkat daerah, what those
// units answer for, and what nobody answers for that comes from the perangkat daerah's own document. The server
// stays the judge: a refusal (NOT_YOURS) is shown where the action was tried.
import { allNodes, gql } from '../api.js';
import { currentUser, onUserChange } from '../auth.js';

const UNITS = `query($unit: ID!, $after: String) { units(filter: { unit: $unit }, first: 500, after: $after) {
  edges { node { id name level } } pageInfo { hasNextPage endCursor } } }`;
const PD = 'query($id: ID!) { node(id: $id) { id name level source { document } } }';

let cached = null; // { user, promise }
onUserChange(() => { cached = null; });

/**
 * What the signed-in user may edit: null (nobody signed in, or a user who may not edit), { admin: true }, or for a
 * planner { admin: false, pd, document, units: Map id -> unit (the perangkat daerah and every unit below) }.
 */
export function editorScope() {
  const me = currentUser();
  if (!me?.canEdit) return Promise.resolve(null);
  if (cached?.user === me.name) return cached.promise;
  const promise = (me.roles ?? []).includes('ADMIN') ? Promise.resolve({ admin: true, me })
    : loadPlanner(me).catch(() => null);
  cached = { user: me.name, promise };
  return promise;
}

async function loadPlanner(me) {
  const [{ node: pd }, below] = await Promise.all([gql(PD, { id: me.perangkatDaerah }),
    allNodes(UNITS, 'units', { unit: me.perangkatDaerah })]);
  const units = new Map([[pd.id, pd], ...below.map((u) => [u.id, u])]);
  return { admin: false, me, pd, document: pd.source.document, units };
}

/** Whether the scope may change node `n` (with kind, id, responsibleUnits { id } and source { document }). */
export function mayEdit(scope, n) {
  if (!scope || !n) return false;
  if (scope.admin) return true;
  if (n.kind === 'UNIT') return scope.units.has(n.id);
  const units = n.responsibleUnits ?? [];
  if (units.length) return units.some((u) => scope.units.has(u.id));
  return n.source?.document != null && n.source.document === scope.document;
}
