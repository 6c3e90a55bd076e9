// Every call the page makes goes through here: JSON in and out, the token if the server needs one, and the
// server's {"error": ...} turned into an exception that carries the whole answer (fields, broken rules).

const TOKEN_KEY = 'progression.token';

/** Takes ?token=... from the address once, keeps it for this tab, and removes it from the address bar. */
export function adoptToken() {
  const params = new URLSearchParams(location.search);
  const token = params.get('token');
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
  }
}

export function setToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error) || ('The server answered ' + status + '.'));
    this.status = status;
    this.body = body || {};
  }
}

function headers(json) {
  const result = {Accept: 'application/json'};
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) result.Authorization = 'Bearer ' + token;
  if (json) result['Content-Type'] = 'application/json';
  return result;
}

export async function api(method, path, body) {
  const init = {method, headers: headers(body !== undefined)};
  if (body !== undefined) init.body = JSON.stringify(body);
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, {error: 'The workbench server cannot be reached. Is `progression serve` still running?'});
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (e) {
    data = {error: text};
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** A page of HTML from the API (the athlete's plan page), with the token. */
export async function apiHtml(path) {
  const response = await fetch(path, {headers: headers(false)});
  const text = await response.text();
  if (!response.ok) {
    let data = {};
    try { data = JSON.parse(text); } catch (e) { data = {error: text}; }
    throw new ApiError(response.status, data);
  }
  return text;
}

/** Polls a plan job until it finishes, telling {@code onUpdate} every state; resolves with the last one. */
export async function followJob(job, onUpdate, intervalMs = 400) {
  let current = job;
  onUpdate(current);
  while (!current.finished) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    current = await api('GET', '/api/plans/' + encodeURIComponent(current.id));
    onUpdate(current);
  }
  return current;
}
