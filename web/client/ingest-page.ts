// The ingest page (/ingest): files (drop zone or picker, several at once) and URLs or feed URLs
// (one per line), sent as one multipart POST to /api/v1/ingest; then the job is followed.
// A 401 answer brings up a token field and the same request is sent again with the token.
import { ApiError, requestJson } from './api.js';
import { appRoot, el, note } from './dom.js';
import { errorBox, tokenForm } from './errors.js';
import { followJob } from './ingest-job.js';
import { plural } from './format.js';

const chosen: File[] = [];

function fileList(target: HTMLElement): void {
  const items = chosen.map((file, i) => {
    const remove = el('button', { type: 'button', class: 'link', 'aria-label': `Remove ${file.name}` }, '×');
    remove.addEventListener('click', () => {
      chosen.splice(i, 1);
      fileList(target);
    });
    return el('li', {}, el('span', { dir: 'auto' }, file.name), ` (${Math.ceil(file.size / 1024)} KB) `, remove);
  });
  target.replaceChildren(items.length ? el('ul', { class: 'chosen-files' }, ...items) : note('No files chosen.'));
}

function addFiles(files: FileList | null, target: HTMLElement): void {
  for (const file of files ? [...files] : []) {
    // The same file dropped twice is sent once.
    if (!chosen.some((f) => f.name === file.name && f.size === file.size && f.lastModified === file.lastModified)) chosen.push(file);
  }
  fileList(target);
}

function dropZone(input: HTMLInputElement, listTarget: HTMLElement): HTMLElement {
  const zone = el('div', { class: 'drop-zone', id: 'drop-zone' }, el('p', {}, 'Drop files here (text, Markdown, HTML, JSON lines, feeds), or '), el('label', { class: 'button', for: 'files' }, 'choose files'), input);
  zone.addEventListener('dragover', (event) => {
    event.preventDefault(); // needed for the drop event to fire
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    addFiles(event.dataTransfer?.files ?? null, listTarget);
  });
  input.addEventListener('change', () => {
    addFiles(input.files, listTarget);
    input.value = ''; // so choosing the same file again fires change
  });
  return zone;
}

function formData(urls: string): FormData {
  const data = new FormData();
  for (const file of chosen) data.append('files', file, file.name);
  data.append('urls', urls);
  return data;
}

function render(root: HTMLElement): void {
  const input = el('input', { type: 'file', id: 'files', name: 'files', multiple: true, class: 'visually-hidden' });
  const listTarget = el('div', { class: 'file-list' });
  const urls = el('textarea', { id: 'urls', name: 'urls', rows: 5, placeholder: 'https://news.example/story\nhttps://news.example/feed.xml', dir: 'auto' });
  const submit = el('button', { type: 'submit' }, 'Ingest');
  const status = el('div', { id: 'ingest-status', class: 'ingest-status', 'aria-live': 'polite' });
  const form = el('form', { class: 'ingest-form', id: 'ingest-form' }, dropZone(input, listTarget), listTarget, el('label', { for: 'urls' }, 'Article or feed URLs, one per line'), urls, el('p', {}, submit));

  async function send(): Promise<void> {
    if (!chosen.length && !urls.value.trim()) {
      status.replaceChildren(el('p', { class: 'error', role: 'alert' }, 'Choose files or enter URLs first.'));
      return;
    }
    submit.disabled = true;
    status.replaceChildren(note(`Sending ${plural(chosen.length, 'file')}…`));
    try {
      const answer = await requestJson<{ job: { id: string; status: string } }>('/api/v1/ingest', { method: 'POST', body: formData(urls.value) });
      // Accepted: clear the choice so a second click does not send the same files again.
      chosen.length = 0;
      urls.value = '';
      fileList(listTarget);
      await followJob(status, answer.job.id);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) status.replaceChildren(tokenForm(() => void send(), 'This server needs an access token to ingest.'));
      else status.replaceChildren(errorBox(error));
    } finally {
      submit.disabled = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });
  fileList(listTarget);
  root.replaceChildren(el('p', { class: 'crumbs' }, el('a', { href: '/' }, '← Storylines')), el('h1', {}, 'Ingest articles'), form, status);
}

render(appRoot());
