// The only way this app builds DOM: createElement, setAttribute and text nodes. Article content
// is untrusted, so nothing here ever parses a string as markup, and attributes that could run
// code or carry inline styles (blocked by the CSP anyway) are refused outright.

export type Child = Node | string | number | null | undefined | false;
export type Attributes = Record<string, string | number | boolean | null | undefined>;

const forbiddenAttribute = (name: string): boolean => name === 'style' || name.toLowerCase().startsWith('on') || name === 'srcdoc';

/** An element with attributes (false/null/undefined skip one, true sets it empty) and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (forbiddenAttribute(name)) throw new Error(`refusing attribute ${name}`);
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** An element holding article-derived text: dir="auto" so Arabic or Hebrew runs right to left. */
export function userText<K extends keyof HTMLElementTagNameMap>(tag: K, text: string | null | undefined, attributes: Attributes = {}): HTMLElementTagNameMap[K] {
  return el(tag, { ...attributes, dir: 'auto' }, text ?? '');
}

/** A link whose href is built here from a path prefix and an id, never taken whole from data. */
export function appLink(prefix: '/storylines/' | '/articles/', id: string, text: string | null | undefined, attributes: Attributes = {}): HTMLAnchorElement {
  return el('a', { ...attributes, href: prefix + encodeURIComponent(id), dir: 'auto' }, text || id);
}

/** An external link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
export function externalLink(url: string): HTMLElement {
  let safe = false;
  try {
    safe = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    safe = false;
  }
  return safe ? el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', dir: 'auto' }, url) : userText('span', url);
}

/** The array, or an empty one when the server left the field out. */
export function list<T>(value: T[] | null | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/** A table inside a horizontally scrolling wrapper, so wide tables do not break phone layouts. */
export function scrollingTable(head: Child[], rows: HTMLTableRowElement[], attributes: Attributes = {}): HTMLDivElement {
  const table = el('table', attributes, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...rows));
  return el('div', { class: 'table-scroll' }, table);
}

export function section(title: string, id: string, ...children: Child[]): HTMLElement {
  return el('section', { id, class: 'panel' }, el('h2', {}, title), ...children);
}

export function note(text: string): HTMLParagraphElement {
  return el('p', { class: 'note' }, text);
}

/** The app root: <main id="app"> in every page. */
export function appRoot(): HTMLElement {
  const root = document.getElementById('app');
  if (!root) throw new Error('page has no #app element');
  return root;
}

/** The id in /prefix/:id, decoded. */
export function idFromPath(): string {
  const segment = location.pathname.split('/').filter(Boolean)[1] ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The first `limit` items rendered into `into`, and a button that renders the rest when asked:
 * a 1,000-article storyline has thousands of quote occurrences and copies, and building them
 * all before the page shows would take seconds. Returns the button, or null when all fit.
 */
export function showMore<T>(into: Element, items: T[], limit: number, render: (item: T) => Node, what: string): HTMLButtonElement | null {
  into.append(...items.slice(0, limit).map(render));
  if (items.length <= limit) return null;
  const button = el('button', { type: 'button', class: 'show-more' }, `Show all ${items.length} ${what}`);
  button.addEventListener('click', () => {
    button.remove();
    into.append(...items.slice(limit).map(render));
  });
  return button;
}
