// "Export as JSON / CSV / Markdown": the same API URL with ?format=….
import { exportUrl } from './api.js';
import { el } from './dom.js';

export function exportLinks(apiUrl: string): HTMLElement {
  const formats = [
    ['json', 'JSON'],
    ['csv', 'CSV'],
    ['md', 'Markdown'],
  ] as const;
  return el(
    'p',
    { class: 'exports' },
    'Export: ',
    ...formats.flatMap(([format, label], i) => [i ? ' · ' : '', el('a', { href: exportUrl(apiUrl, format), class: `export-${format}` }, label)]),
  );
}
