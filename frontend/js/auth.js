// Signing in: HTTP Basic credentials kept for this browser tab only (sessionStorage, gone when the tab closes)
// and sent with every request; `GET api/me` checks them and says what the user may do.
const KEY = 'pokin.auth';
const listeners = new Set();

/** The Authorization header for the signed-in user, or none. */
export function authHeaders() {
  const token = sessionStorage.getItem(KEY);
  return token ? { Authorization: `Basic ${token}` } : {};
}

/** { name, roles, perangkatDaerah, canEdit } of the signed-in user, or null. */
export function currentUser() {
  return JSON.parse(sessionStorage.getItem(`${KEY}.me`) ?? 'null');
}

/** Signs in; resolves to the user, or null for a wrong user name or password. */
export async function signIn(username, password) {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  const token = btoa(String.fromCharCode(...bytes));
  // X-Requested-With: a wrong password answers 401 without a browser's own sign-in prompt
  const response = await fetch('api/me', { headers: { Authorization: `Basic ${token}`, 'X-Requested-With': 'XMLHttpRequest' } });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const me = await response.json();
  sessionStorage.setItem(KEY, token);
  sessionStorage.setItem(`${KEY}.me`, JSON.stringify(me));
  listeners.forEach((listener) => listener(me));
  return me;
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(`${KEY}.me`);
  listeners.forEach((listener) => listener(null));
}

export function onUserChange(listener) {
  listeners.add(listener);
}
