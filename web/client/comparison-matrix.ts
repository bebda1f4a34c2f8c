// The coverage matrix: one row per claim, one column per outlet. Each cell says whether the
// outlet carried the claim, left it out, or carried a conflicting version; figures show values.
// The state is spelled out in text as well as colour, so it survives printing and colour blindness.
import type { Comparison, MatrixCell, MatrixRow } from './api-types.js';
import { appLink, el, list, note, scrollingTable } from './dom.js';

// Long matrices are cut so the first paint stays fast; the rest is one click away.
const firstRows = 150;

const stateMark: Record<MatrixCell['state'], string> = { carried: '✓', missing: '—', conflicting: '≠' };

function cellContent(row: MatrixRow, cell: MatrixCell | undefined): HTMLTableCellElement {
  if (!cell) return el('td', { class: 'cell cell-missing' }, el('span', { class: 'state' }, stateMark.missing));
  const values = list(cell.values);
  const ids = list(cell.articleIds);
  const label = values.length ? values.join(' / ') : stateMark[cell.state] ?? '?';
  const content = ids[0] ? appLink('/articles/', ids[0], label, { title: `${cell.state} in ${ids.length} article(s)` }) : el('span', { dir: 'auto' }, label);
  const td = el('td', { class: `cell cell-${cell.state}`, 'data-state': cell.state });
  // Figures show their value; the state mark is added when values alone do not say it.
  if (values.length && cell.state === 'conflicting') td.append(el('span', { class: 'state' }, `${stateMark.conflicting} `));
  td.append(content);
  if (row.kind !== 'statement' && !values.length && cell.state !== 'missing') td.append(el('span', { class: 'state' }, ` ${stateMark[cell.state]}`));
  return td;
}

/** A column: an outlet's name, or an article with no outlet (its id). */
const columnKey = (c: MatrixCell) => c.outlet ?? c.articleId ?? '';

function matrixRow(row: MatrixRow, outlets: string[]): HTMLTableRowElement {
  const byOutlet = new Map(list(row.cells).map((c) => [columnKey(c), c]));
  return el(
    'tr',
    { class: `claim claim-${row.status}`, 'data-claim': row.claimId },
    el('th', { scope: 'row', class: 'claim-label' }, el('span', { class: `kind kind-${row.kind}` }, row.kind === 'figure' ? '#' : row.kind === 'date' ? '@' : '¶'), ' ', el('span', { dir: 'auto' }, row.label), row.byMeaning ? el('span', { class: 'by-meaning', title: `joined by meaning (${row.byMeaning.embedder}, cosine ${row.byMeaning.score})` }, ' · by meaning') : null),
    el('td', { class: `status status-${row.status}` }, `${row.status} (${row.independentReports})${row.overTime ? ', changed over time' : ''}`),
    ...outlets.map((o) => cellContent(row, byOutlet.get(o))),
  );
}

/** A claim worth a column-by-column look: carried by several independent reports, or disputed. */
const shared = (r: MatrixRow) => r.independentReports > 1 || r.status === 'conflicting';

export function coverageMatrix(c: Comparison): HTMLElement {
  const rows = list(c.matrix?.rows);
  const named = list(c.matrix?.outlets).length ? list(c.matrix?.outlets) : list(c.outlets);
  const loose = list(c.matrix?.articlesWithoutOutlet);
  const outlets = [...named, ...loose];
  const wrap = el('div', { class: 'matrix' });
  if (!rows.length) {
    wrap.append(note('No claims were found.'));
    return wrap;
  }
  const head = ['Claim', 'Status', ...named.map((o) => el('span', { dir: 'auto' }, o)), ...loose.map((a) => el('span', { title: `article ${a}, which names no outlet` }, `no outlet · ${a.slice(0, 8)}`))];
  const sharedCount = rows.filter(shared).length;
  // Single-source claims make most rows empty; they are shown on request (or when nothing else exists).
  const singles = el('input', { type: 'checkbox', id: `singles-${c.id}`, checked: sharedCount === 0 });
  const table = el('div', {});
  const more = el('button', { type: 'button', hidden: true });
  let limit = firstRows;
  const render = () => {
    const shown = singles.checked ? rows : rows.filter(shared);
    table.replaceChildren(scrollingTable(head, shown.slice(0, limit).map((r) => matrixRow(r, outlets)), { class: 'matrix-table' }));
    more.hidden = shown.length <= limit;
    more.textContent = `Show all ${shown.length} claims`;
  };
  singles.addEventListener('change', render);
  more.addEventListener('click', () => {
    limit = Infinity;
    render();
  });
  wrap.append(
    el('p', { class: 'legend' }, el('span', { class: 'cell-carried' }, '✓ carried'), ' ', el('span', { class: 'cell-missing' }, '— missing'), ' ', el('span', { class: 'cell-conflicting' }, '≠ conflicting')),
    el('label', { class: 'toggle' }, singles, ` Also show the ${rows.length - sharedCount} claims from a single source`),
    table,
    more,
  );
  render();
  return wrap;
}
