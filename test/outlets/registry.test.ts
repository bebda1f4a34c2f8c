import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { OutletRegistry, RegistryError } from '../../src/outlets/registry.js';
import { tempDir } from '../helpers/cli.js';

// Invented outlets (".example" domains).
const registry = OutletRegistry.parse({
  outlets: [
    { name: 'The Calvaine Herald', aliases: ['Herald of Calvaine'], domains: ['calvaineherald.example'], attributes: { country: 'Calvaine', ownership: 'private' } },
    { name: 'Meridian Press Agency', aliases: ['MPA'], domains: ['meridianpress.example'], attributes: { country: 'Norvessa', type: 'wire' } },
    { name: 'Kaldera Tribune', domains: ['kalderatribune.example'] },
  ],
});

describe('OutletRegistry.resolve', () => {
  it.each([
    ['The Calvaine Herald', null, 'The Calvaine Herald'],
    ['calvaine herald', null, 'The Calvaine Herald'], // case and "The" aside
    ['Herald of Calvaine', null, 'The Calvaine Herald'],
    ['MPA', null, 'Meridian Press Agency'],
    ['m.p.a.', null, null], // punctuation folds to spaces: not the alias
    [null, 'https://www.calvaineherald.example/world/2025/03/18/x', 'The Calvaine Herald'],
    [null, 'https://news.meridianpress.example/a', 'Meridian Press Agency'], // subdomain
    ['meridianpress.example', null, 'Meridian Press Agency'], // outlet stored as a domain
    [null, 'https://notmeridianpress.example/a', null], // not a parent domain
    ['Some Blog', 'https://someblog.example/a', null],
    [null, 'not a url', null],
  ])('%s / %s -> %s', (outlet, url, expected) => {
    expect(registry.resolve(outlet, url)?.name ?? null).toBe(expected);
  });

  it('canonical keeps an unknown outlet as stored; attribute names are listed once, sorted', () => {
    expect(registry.canonical('Some Blog')).toBe('Some Blog');
    expect(registry.canonical(null)).toBeNull();
    expect(registry.attributeNames()).toEqual(['country', 'ownership', 'type']);
  });
});

describe('registry validation names the field', () => {
  const issues = (json: unknown) => {
    try {
      OutletRegistry.parse(json, 'outlets.json');
    } catch (e) {
      expect(e).toBeInstanceOf(RegistryError);
      return (e as RegistryError).issues.join('\n');
    }
    throw new Error('expected a RegistryError');
  };
  it.each([
    [{ outlets: [{ name: '' }] }, 'outlets.0.name: expected the outlet name'],
    [{ outlets: [{ name: 'A', domains: ['https://a.example/'] }] }, 'outlets.0.domains.0: expected a host name'],
    [{ outlets: [{ name: 'A', attributes: { stance: 3 } }] }, 'outlets.0.attributes.stance: expected a text value'],
    [{ outlets: [{ name: 'A', rating: 'x' }] }, 'outlets.0'],
    [{ outlet: [] }, 'outlets'],
    [{ outlets: [{ name: 'A', aliases: ['B'] }, { name: 'B' }] }, 'outlets.1: "B" is already a name or alias of "A"'],
    [{ outlets: [{ name: 'A', domains: ['a.example'] }, { name: 'C', domains: ['a.example'] }] }, 'outlets.1.domains: "a.example" already belongs to "A"'],
  ])('%j -> %s', (json, message) => {
    expect(issues(json)).toContain(message);
  });

  it('a missing file or bad JSON names the file', () => {
    const dir = tempDir();
    expect(() => OutletRegistry.load(path.join(dir, 'none.json'))).toThrow(/none\.json: cannot read \(ENOENT\)/);
    writeFileSync(path.join(dir, 'bad.json'), '{ "outlets": [');
    expect(() => OutletRegistry.load(path.join(dir, 'bad.json'))).toThrow(/bad\.json: not valid JSON/);
  });
});
