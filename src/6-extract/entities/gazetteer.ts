// General place gazetteers from npm data packages (loaded once, lazily): countries with their
// official names, alternative spellings and demonyms (`world-countries`), and cities with
// their provinces (`city-timezones`, GeoNames-based). Nothing here is tuned to a corpus.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Gazetteer {
  /** Lower-case place name -> kind. */
  places: Map<string, 'country' | 'city' | 'region'>;
  /** Lower-case demonym ("israeli", "american") -> country name. */
  demonyms: Map<string, string>;
  /** Upper-case country codes and short forms used as names ("US", "UK", "UAE"). */
  placeAcronyms: Set<string>;
}

interface CountryRow {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
  cca3: string;
}

interface CityRow {
  city: string;
  city_ascii: string;
  pop: number;
  province: string;
}

/** Cities below this population are too often also surnames or common words. */
const MIN_CITY_POPULATION = 100_000;

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const places = new Map<string, 'country' | 'city' | 'region'>();
  const demonyms = new Map<string, string>();
  const placeAcronyms = new Set<string>();
  const countries = require('world-countries') as CountryRow[];
  for (const c of countries) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      if (/^[A-Z]{2,3}$/.test(n)) placeAcronyms.add(n);
      else if (n.length > 3) places.set(n.toLowerCase(), 'country');
    }
    for (const cap of c.capital ?? []) places.set(cap.toLowerCase(), 'city');
    const d = c.demonyms?.eng;
    if (d) for (const form of [d.m, d.f]) demonyms.set(form.toLowerCase(), c.name.common);
  }
  const cities = (require('city-timezones') as { cityMapping: CityRow[] }).cityMapping;
  for (const c of cities) {
    if (c.province && c.province.length > 3 && !places.has(c.province.toLowerCase())) places.set(c.province.toLowerCase(), 'region');
    if (c.pop < MIN_CITY_POPULATION) continue;
    for (const n of [c.city, c.city_ascii]) if (n.length > 2 && !places.has(n.toLowerCase())) places.set(n.toLowerCase(), 'city');
  }
  cached = { places, demonyms, placeAcronyms };
  return cached;
}
