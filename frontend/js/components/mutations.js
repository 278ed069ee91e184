// The editing mutations the repair actions send (editing.graphqls: roles, optimistic locking and the audit trail
// are the server's), and how a refusal reads to the user.
import { ApiError, gql } from '../api.js';
import { html } from '../dom.js';
import { getLang, t } from '../i18n.js';

const LINK = 'type from to changed';

export const addContribution = (from, to) =>
  gql(`mutation($from: ID!, $to: ID!) { addContribution(from: $from, to: $to) { ${LINK} } }`, { from, to });
export const removeContribution = (from, to) =>
  gql(`mutation($from: ID!, $to: ID!) { removeContribution(from: $from, to: $to) { ${LINK} } }`, { from, to });
export const addResponsibility = (unit, node) =>
  gql(`mutation($unit: ID!, $node: ID!) { addResponsibility(unit: $unit, node: $node) { ${LINK} } }`, { unit, node });
export const removeResponsibility = (unit, node) =>
  gql(`mutation($unit: ID!, $node: ID!) { removeResponsibility(unit: $unit, node: $node) { ${LINK} } }`, { unit, node });

export async function createElement(input) {
  return (await gql('mutation($input: CreateElementInput!) { createElement(input: $input) { id kind code name level version } }',
    { input })).createElement;
}

export async function createIndicator(input) {
  return (await gql('mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id kind code name level version } }',
    { input })).createIndicator;
}

export const setTargets = (id, version, targets) =>
  gql('mutation($id: ID!, $version: Int!, $targets: [TargetInput!]!) { setTargets(id: $id, version: $version, targets: $targets) { id version } }',
    { id, version, targets });

const DELETE = { INDIKATOR: 'deleteIndicator', UNIT: 'deleteUnit' };

export function deleteNode(n) {
  const field = DELETE[n.kind] ?? 'deleteElement';
  return gql(`mutation($id: ID!, $version: Int!) { ${field}(id: $id, version: $version) { id version } }`,
    { id: n.id, version: n.version });
}

const CODES = ['STALE_VERSION', 'NOT_YOURS', 'INVALID_VALUE', 'INVALID_TARGET', 'CYCLE', 'IN_USE', 'SELF_LINK',
  'WRONG_KIND', 'NODE_NOT_FOUND'];

/**
 * A refusal in the user's words: the coded message (repair.error.<code>), then the server's own text in the user's
 * language where it sends one (extensions.localized), else its message.
 */
export function errorView(error) {
  const code = error instanceof ApiError ? error.code : null;
  const kind = error instanceof ApiError ? error.kind : null;
  const key = CODES.includes(code) ? code : ['FORBIDDEN', 'UNAUTHORIZED'].includes(kind) ? 'FORBIDDEN' : 'other';
  const localized = error?.extensions?.localized?.[getLang()];
  const detail = localized ?? error?.message ?? '';
  return html`<strong>${t(`repair.error.${key}`)}</strong>${detail ? html` <span class="small">${detail}</span>` : ''}`;
}

/** The error code a test or a style may branch on. */
export function errorCode(error) {
  return (error instanceof ApiError ? error.code ?? error.kind : null) ?? 'other';
}
