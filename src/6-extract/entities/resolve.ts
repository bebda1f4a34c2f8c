// One entity across articles. Names meet by a spelling-tolerant key (skeleton.ts); an exact
// match (case and accents aside) merges, a variant spelling ("Youssef Hadad") merges only when
// context agrees (a shared role word, or two other names the articles share), and a surname
// alone joins a full name only when exactly one person carries it — two people who share a
// surname stay two. Acronyms join the one organisation whose initials they spell.
import { createHash } from 'node:crypto';
import type { ArticleEntity, EntityType } from './mentions.js';
import { initials, nameKey } from './skeleton.js';
import { ROLE_WORDS } from './model/titles.js';
import { LEGAL_SUFFIXES, ORG_HEADS, ORG_MODIFIERS } from './model/org-heads.js';

export interface ResolvedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  articleIds: string[];
}

export interface Resolution {
  entities: ResolvedEntity[];
  /** Article id -> the entity id of each of its names, by local index. */
  idOf: Map<string, string[]>;
}

interface Node {
  article: string;
  local: number;
  e: ArticleEntity;
  key: string;
  /** The keys of the article's names, by local index (shared by its nodes). */
  keys: string[];
  /** The article's names. */
  all: ArticleEntity[];
  /** The name folded (fold), made on first comparison: most names are never compared. */
  exact?: string;
  /** The article's other names that are not lone words of unknown type, made on first comparison. */
  context?: Set<string>;
  /** Role words, made on first comparison. */
  roles?: Set<string>;
}

/** Appends to the list under k (push, not a copy: a name in thousands of articles stays linear). */
function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-‐'’]/g, ' ').replace(/\s+/g, ' ').trim();
const roleWords = (e: ArticleEntity) => new Set(e.roles.flatMap((r) => r.split(/\s+/)).filter((w) => ROLE_WORDS.has(w)));

export function resolveEntities(articles: Array<{ id: string; entities: ArticleEntity[] }>): Resolution {
  const nodes: Node[] = [];
  for (const a of articles) {
    const keys = a.entities.map((e) => nameKey(e.words));
    a.entities.forEach((e, local) => nodes.push({ article: a.id, local, e, key: keys[local]!, keys, all: a.entities }));
  }
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const isPerson = (n: Node) => n.e.type === 'person';
  const byKey = new Map<string, number[]>();
  nodes.forEach((n, i) => push(byKey, `${isPerson(n) ? 'p' : 'x'}|${n.key}`, i));
  for (const [k, group] of byKey) {
    // Same key: one entity, except people whose spellings differ, who must also agree in context.
    if (!k.startsWith('p|')) {
      for (const i of group) union(group[0]!, i);
      continue;
    }
    if (group.length < 2) continue;
    const firstOf = new Map<string, number>();
    for (const i of group) {
      const exact = exactOf(nodes[i]!);
      const first = firstOf.get(exact);
      if (first === undefined) firstOf.set(exact, i);
      else union(first, i);
    }
    // One spelling: all joined already. Otherwise pairs already joined (directly or through
    // others) need no context check; the entities are the same whatever order pairs are tried in.
    if (firstOf.size < 2) continue;
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        if (find(group[x]!) !== find(group[y]!) && agrees(nodes[group[x]!]!, nodes[group[y]!]!)) union(group[x]!, group[y]!);
      }
    }
  }
  // "Velmora Mills" read as a person by default (two capitalised words) in one article and as an
  // organisation in another ("Velmora Mills Inc."): one organisation, unless a role makes it a person.
  for (const [k, group] of byKey) {
    if (!k.startsWith('x|')) continue;
    const people = byKey.get(`p|${k.slice(2)}`);
    if (!people || !group.some((i) => nodes[i]!.e.type === 'organization') || people.some((i) => nodes[i]!.e.roles.length)) continue;
    for (const i of people) union(group[0]!, i);
  }
  joinShortForms(nodes, find, union);
  joinShortFirstNames(nodes, find, union);
  return build(nodes, find);
}

/** Node pairs tried per pair of first names: enough to find agreeing context, bounded for common surnames. */
const FIRST_NAME_TRIES = 20;

/**
 * "Tom Heddery" and "Tomas Heddery": one first name the start of the other (three letters or
 * more: Tom / Tomas, Alex / Alexander, Dan / Daniel), the same surname, and context that agrees
 * (a shared role word or two other shared names) are one person. "Tom" and "Tim" are not.
 */
function joinShortFirstNames(nodes: Node[], find: (i: number) => number, union: (a: number, b: number) => void): void {
  const bySurname = new Map<string, Map<string, number[]>>();
  nodes.forEach((n, i) => {
    if (n.e.type !== 'person' || n.e.words.length !== 2) return;
    const last = n.key.split(' ')[1]!;
    const firsts = bySurname.get(last) ?? bySurname.set(last, new Map()).get(last)!;
    push(firsts, fold(n.e.words[0]!), i);
  });
  for (const firsts of bySurname.values()) {
    if (firsts.size < 2) continue;
    const names = [...firsts.keys()];
    for (const a of names) {
      for (const b of names) {
        if (a === b || a.length < 3 || a.length >= b.length || !b.startsWith(a)) continue;
        const [xs, ys] = [firsts.get(a)!.slice(0, FIRST_NAME_TRIES), firsts.get(b)!.slice(0, FIRST_NAME_TRIES)];
        const pair = xs.flatMap((x) => ys.map((y) => [x, y] as const)).find(([x, y]) => find(x) !== find(y) && agrees(nodes[x]!, nodes[y]!));
        if (pair) union(pair[0], pair[1]);
      }
    }
  }
}

/** Context agrees: a shared role word, or two other names both articles mention. */
function agrees(a: Node, b: Node): boolean {
  const ra = (a.roles ??= roleWords(a.e));
  for (const w of (b.roles ??= roleWords(b.e))) if (ra.has(w)) return true;
  let shared = 0;
  const cb = contextOf(b);
  for (const c of contextOf(a)) if (cb.has(c) && ++shared >= 2) return true;
  return false;
}

const exactOf = (n: Node) => (n.exact ??= fold(n.e.name));
// The other names of the article that are not lone words of unknown type.
const contextOf = (n: Node) => (n.context ??= new Set(n.keys.filter((k, i) => i !== n.local && (k.includes(' ') || n.all[i]!.type !== 'other'))));

/** A lone surname or an acronym joins the only full name it can stand for. */
function joinShortForms(nodes: Node[], find: (i: number) => number, union: (a: number, b: number) => void): void {
  const lastWord = new Map<string, Set<number>>();
  const byInitials = new Map<string, Set<number>>();
  const orgFirstWord = new Map<string, Set<number>>();
  // A word another article reads as a place or a person ("in Ashfell") is not a short form of an
  // organisation it opens ("Ashfell Liberation Front"), wherever its type was left open.
  const namedOtherwise = new Set(nodes.filter((n) => !isMulti(n) && (n.e.type === 'place' || n.e.type === 'person')).map((n) => n.key));
  nodes.forEach((n, i) => {
    const parts = n.key.split(' ');
    if (isMulti(n) && n.e.type === 'person') add(lastWord, parts[parts.length - 1]!, find(i));
    if (isMulti(n) && n.e.type !== 'person') add(byInitials, initials(n.e.words), find(i));
    // "Northrop Grumman", "Velmora Mills": a name of its own after the first word. Not "Calvaine Red
    // Cross", "Dunmore Health Ministry": there the first word is a place that the rest qualifies.
    if (isMulti(n) && n.e.type === 'organization' && ownNameAfterFirst(n.e.words)) add(orgFirstWord, parts[0]!, find(i));
  });
  nodes.forEach((n, i) => {
    if (isMulti(n)) return;
    const word = (n.e.words[0] ?? '').replace(/^((?:\p{Lu}\.){2,})$/u, (a) => a.replace(/\./g, ''));
    const pool = /^\p{Lu}{2,6}$/u.test(word) ? byInitials.get(word) : n.e.type === 'person' || n.e.type === 'other' ? lastWord.get(n.key) : undefined;
    const roots = pool ? new Set([...pool].map(find)) : null;
    if (roots && roots.size === 1) return union(i, [...roots][0]!);
    // "Northrop" and "Northrop Grumman": a lone word not known as a person or place joins the
    // only organisation whose name it opens.
    if (roots?.size || n.e.type === 'person' || n.e.type === 'place' || namedOtherwise.has(n.key)) return;
    const orgs = orgFirstWord.get(n.key);
    const orgRoots = orgs ? new Set([...orgs].map(find)) : null;
    if (orgRoots && orgRoots.size === 1) union(i, [...orgRoots][0]!);
  });
}

const ownNameAfterFirst = (words: readonly string[]) => words.slice(1).some((w) => !/^(?:of|the|and)$/i.test(w) && !ORG_HEADS.has(w.toLowerCase()) && !LEGAL_SUFFIXES.has(w.toLowerCase()) && !ORG_MODIFIERS.has(w.toLowerCase()));
const isMulti = (n: Node) => n.e.words.filter((w) => !/^(?:of|the|and)$/i.test(w)).length > 1;
function add(m: Map<string, Set<number>>, k: string, v: number) {
  const s = m.get(k) ?? new Set<number>();
  s.add(v);
  m.set(k, s);
}

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

function build(nodes: Node[], find: (i: number) => number): Resolution {
  const groups = new Map<number, Node[]>();
  nodes.forEach((n, i) => push(groups, find(i), n));
  const entities: ResolvedEntity[] = [];
  const idOf = new Map<string, string[]>();
  const used = new Set<string>();
  for (const group of groups.values()) {
    const votes = new Map<EntityType, number>();
    for (const n of group) votes.set(n.e.type, (votes.get(n.e.type) ?? 0) + (n.e.type === 'other' ? 0.1 : 1));
    const type = [...votes].sort((a, b) => b[1] - a[1])[0]![0];
    const names = new Map<string, number>();
    for (const n of group) names.set(n.e.name, (names.get(n.e.name) ?? 0) + 1);
    // A person by the fullest name ("Dana Orlov", not "Orlov"); an organisation or a place by the
    // form most written, acronyms aside ("Hamas" over a once-written "Hamas Movement", "Ashfell
    // Liberation Front" over "ALF").
    const byLength = (a: [string, number], b: [string, number]) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
    const byUse = (a: [string, number], b: [string, number]) => Number(ACRONYM.test(a[0])) - Number(ACRONYM.test(b[0])) || b[1] - a[1] || byLength(a, b);
    const name = [...names].sort(type === 'person' ? byLength : byUse)[0]![0];
    let id = `en-${createHash('sha1').update(`${type}|${nameKey(name.split(' '))}`).digest('hex').slice(0, 10)}`;
    for (let k = 2; used.has(id); k++) id = `${id.split('~')[0]}~${k}`;
    used.add(id);
    const aliasSet = new Set<string>();
    const roleSet = new Set<string>();
    for (const n of group) {
      aliasSet.add(n.e.name);
      for (const a of n.e.aliases) aliasSet.add(a);
      for (const r of n.e.roles) roleSet.add(r);
    }
    aliasSet.delete(name);
    const aliases = [...aliasSet].sort();
    const roles = [...roleSet].sort();
    const articleIds = [...new Set(group.map((n) => n.article))];
    entities.push({ id, name, type, aliases, roles, articleIds });
    for (const n of group) {
      let ids = idOf.get(n.article);
      if (!ids) idOf.set(n.article, (ids = []));
      ids[n.local] = id;
    }
  }
  return { entities, idOf };
}
