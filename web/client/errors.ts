// How a failed API call is shown: the message and the per-field issues; for 401 a token form
// that stores the token and retries, since a server run with access control answers 401.
import { ApiError, saveToken } from './api.js';
import { el } from './dom.js';

export function tokenForm(onToken: (token: string) => void, message = 'This server needs an access token.'): HTMLFormElement {
  const input = el('input', { type: 'password', name: 'token', id: 'access-token', autocomplete: 'off', required: true });
  const form = el(
    'form',
    { class: 'token-form' },
    el('p', {}, message),
    el('label', { for: 'access-token' }, 'Access token'),
    input,
    el('button', { type: 'submit' }, 'Use token'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) return;
    saveToken(token);
    onToken(token);
  });
  return form;
}

/** A block describing the error; `retry` re-runs the failed load (offered for 401 and network errors). */
export function errorBox(error: unknown, retry?: () => void): HTMLElement {
  const box = el('div', { class: 'error', role: 'alert' });
  if (error instanceof ApiError) {
    box.append(el('p', {}, el('strong', {}, error.status ? `Error ${error.status}` : 'Error'), ': ', error.message));
    if (error.issues.length) box.append(el('ul', {}, ...error.issues.map((i) => el('li', {}, el('code', {}, i.path || '(request)'), ' ', i.message))));
    if (error.status === 401 && retry) box.append(tokenForm(() => retry()));
    else if (error.status === 0 && retry) box.append(retryButton(retry));
  } else {
    box.append(el('p', {}, error instanceof Error ? error.message : String(error)));
  }
  return box;
}

function retryButton(retry: () => void): HTMLButtonElement {
  const button = el('button', { type: 'button' }, 'Try again');
  button.addEventListener('click', retry);
  return button;
}
