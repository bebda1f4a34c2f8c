// Deterministic generated articles for interruption tests and benchmarks: an invented
// event template filled with varied places, figures, people and outlets.
const PLACES = ['Riverton', 'Port Alden', 'Tarnbridge', 'Lornhaven', 'Kestrel Bay', 'Ormond', 'Vashti Falls', 'Greywater'];
const OUTLETS = ['The Valley Courier', 'Harbour Gazette', 'Northern Ledger', 'Coast Post', 'Evening Sentinel', 'Daily Meridian'];
const PEOPLE = ['Ilse Marrow', 'Tobias Renn', 'Amara Quist', 'Joren Vale', 'Sefa Okonkwo-Lind', 'Pilar de Vries'];
const EVENTS = ['flood barrier failed', 'ferry ran aground', 'warehouse fire spread', 'bridge was closed', 'power grid collapsed', 'storm flattened homes'];
const VERBS = ['said', 'told reporters', 'warned', 'insisted', 'added'];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  title: string;
  text: string;
  outlet: string;
  url: string;
  publishedAt: string;
}

export function generateArticle(i: number): GeneratedArticle {
  const r = rng(i * 7919 + 13);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const place = pick(PLACES);
  const event = pick(EVENTS);
  const person = pick(PEOPLE);
  const killed = 3 + Math.floor(r() * 90);
  const displaced = 100 * (5 + Math.floor(r() * 400));
  const day = 1 + (i % 28);
  const paragraphs = [
    `At least ${killed} people were killed after the ${event} in ${place} on March ${day}, 2025, emergency officials said in report ${i}.`,
    `More than ${displaced.toLocaleString('en')} residents were displaced, and rescue crews worked through the night to reach villages cut off by the damage.`,
    `"We are doing everything we can to reach every family," ${person}, the regional spokesperson, ${pick(VERBS)}.`,
    `The council promised an inquiry into why warnings issued ${1 + Math.floor(r() * 9)} days earlier were not acted on, and ${pick(PEOPLE)} called for the budget to be doubled.`,
    `Aid groups said ${Math.floor(r() * 60) + 20} percent of clinics in the district remained closed, and the ministry pledged $${1 + Math.floor(r() * 40)} million for repairs.`,
  ];
  return {
    title: `${place}: ${killed} dead after ${event} (${i})`,
    text: paragraphs.join('\n\n'),
    outlet: pick(OUTLETS),
    url: `https://news${i % 7}.example/${place.toLowerCase().replace(/\s+/g, '-')}/${i}`,
    publishedAt: new Date(Date.UTC(2025, 2, day, 6 + (i % 12))).toISOString(),
  };
}

/** A plain-text article file: headline, blank line, body. */
export function articleFile(a: GeneratedArticle): string {
  return `${a.title}\n\n${a.text}\n`;
}
