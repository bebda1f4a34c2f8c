// Deterministic news corpus at scale for bench/cluster.ts. A plan (typed arrays: event, time,
// copy source per article) is built up front; each article's text is a pure function of its
// position, so batches stream without holding texts and a copy regenerates its source.
// Storylines have invented vocabularies and names; events of a storyline are weeks apart;
// 15% of articles copy (trimmed ending) or rewrite (3 sentences kept) an earlier one of its event.
import type { AnalysisArticle } from '../src/core/analysis.js';

const FILLER_WORDS = `government minister official police court city country people week year month day report plan budget money market price company bank worker union
strike vote election party leader council law bill policy tax trade border army soldier attack fire water road bridge train station airport flight
hospital doctor patient health school student teacher child family home house street village town region province state capital coast river mountain
island north south east west military security crisis talks deal agreement meeting summit protest crowd arrest prison judge trial case evidence
witness victim damage storm flood rain drought harvest farmer food fuel energy power plant factory job wage pension debt loan investor share profit
loss growth economy inflation rate currency export import ship port cargo shipment supply shortage demand aid support fund program project building
construction repair inspection investigation inquiry commission committee panel board member chairman director spokesman statement interview press
conference announcement decision ruling appeal sentence fine charge accusation claim denial warning threat risk danger safety rescue search operation
team group network system service internet phone computer data record document letter message email video photo image film music festival game match
season player coach club fan stadium ticket church mosque temple museum library park garden forest field land property owner tenant rent office
headquarters embassy ambassador envoy delegation diplomat treaty sanction ceasefire truce troops militia rebel fighter weapon missile drone vehicle
truck car bus driver passenger accident crash collision injury death body funeral memorial anniversary ceremony celebration holiday tourist visitor
resident neighbour community district neighbourhood suburb centre area zone site camp shelter refugee migrant asylum visa permit license contract
tender auction sale purchase cost fee reform change increase decrease cut rise fall drop surge level target goal result figure number percent amount
total average estimate survey poll study research scientist expert analyst source lawmaker senator mayor governor president prime cabinet parliament
ministry agency regulator watchdog authority department bureau staff employee manager executive founder campaign candidate voter ballot turnout count
recount victory defeat majority coalition opposition critic supporter activist volunteer charity donor donation grant scheme subsidy benefit`.split(/\s+/);
const FUNCTION = 'the the the of of and and to in in a a on for with that said was is by at from as after its their has have were will which about over more than this'.split(' ');
const SYL = 'ka lo min ter va su rel do pan ish or ben tu gar ne fol ast quir zan mek obi ral sev tor ul yas bri dek hon ivo jar kel mur nis pov rix sol tem vur wel'.split(' ');

/** mulberry32: a small fast deterministic PRNG. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
function pick<T>(r: () => number, xs: readonly T[], skew = 1): T {
  const x = r();
  return xs[Math.floor(xs.length * (skew === 1 ? x : skew === 2 ? x * x : x * Math.sqrt(x)))]!;
}
const pseudo = (r: () => number, n: number) => Array.from({ length: n }, () => pick(r, SYL)).join('');
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const EPOCH = Date.UTC(2024, 0, 1);

export class Corpus {
  readonly topics: string[][] = [];
  readonly storyNames: string[][] = [];
  readonly eventNames: string[][] = [];
  readonly eventStory: number[] = [];
  /** Per article, in publication order: event, minutes since EPOCH, copy source (-1: original). */
  readonly event: Uint32Array;
  readonly minute: Float64Array;
  readonly source: Int32Array;
  copies = 0;

  constructor(readonly size: number, readonly storylines = Math.max(1, Math.round(size / 200)), seed = 7) {
    if (size >= 2 ** 21) throw new Error(`corpus too large: ${size}`);
    const r = rng(seed);
    const eventDay: number[] = [];
    const cum: number[] = [];
    const storyEvents: number[][] = [];
    let total = 0;
    for (let s = 0; s < storylines; s++) {
      this.topics.push(Array.from({ length: 40 }, () => pseudo(r, 2 + Math.floor(r() * 3))));
      this.storyNames.push([...Array.from({ length: 3 }, () => `${cap(pseudo(r, 2))} ${cap(pseudo(r, 3))}`), cap(pseudo(r, 3))]);
      let day = Math.floor(r() * 540);
      const evs: number[] = [];
      for (let k = 1 + Math.floor(r() * 6); k > 0; k--) {
        evs.push(this.eventStory.length);
        this.eventStory.push(s);
        eventDay.push(day);
        this.eventNames.push([`${cap(pseudo(r, 2))} ${cap(pseudo(r, 2))}`, `${cap(pseudo(r, 3))} ${cap(pseudo(r, 2))}`, cap(pseudo(r, 3)), `Port ${cap(pseudo(r, 2))}`]);
        day += 10 + Math.floor(r() * 60);
      }
      storyEvents.push(evs);
      cum.push((total += 0.3 + r() * 1.4));
    }
    // Assign articles, then sort by time: key = minute * 2^21 + article (exact in a double).
    const ev = new Uint32Array(size);
    const keys = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      const x = r() * total;
      let lo = 0;
      for (let hi = storylines - 1; lo < hi; ) {
        const mid = (lo + hi) >> 1;
        if (cum[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      const e = pick(r, storyEvents[lo]!);
      ev[i] = e;
      keys[i] = (eventDay[e]! * 1440 + Math.floor(r() ** 2 * 4 * 1440)) * 2 ** 21 + i;
    }
    keys.sort();
    this.event = new Uint32Array(size);
    this.minute = new Float64Array(size);
    this.source = new Int32Array(size).fill(-1);
    const originals = new Map<number, number[]>();
    for (let p = 0; p < size; p++) {
      const i = keys[p]! % 2 ** 21;
      const e = (this.event[p] = ev[i]!);
      this.minute[p] = Math.floor(keys[p]! / 2 ** 21);
      const list = originals.get(e) ?? [];
      if (list.length && r() < 0.15) {
        this.source[p] = pick(r, list);
        this.copies++;
      } else if (list.length < 16) originals.set(e, (list.push(p), list));
    }
  }

  private name(r: () => number, e: number): string {
    return r() < 0.6 ? pick(r, this.eventNames[e]!) : pick(r, this.storyNames[this.eventStory[e]!]!);
  }

  private sentence(r: () => number, e: number): string {
    const topic = this.topics[this.eventStory[e]!]!;
    let text = cap(pick(r, FILLER_WORDS, 1.5));
    for (let n = 9 + Math.floor(r() * 14); n > 0; n--) {
      const x = r();
      text += ' ' + (x < 0.35 ? pick(r, FUNCTION) : x < 0.62 ? pick(r, FILLER_WORDS, 1.5) : x < 0.85 ? pick(r, topic, 2) : this.name(r, e));
    }
    return r() < 0.15 ? `"${text}," ${this.name(r, e)} said.` : `${text}.`;
  }

  /** Title and sentences of an original article (pure function of its position). */
  private original(p: number): { title: string; sentences: string[] } {
    const r = rng(p * 2654435761 + 1);
    const e = this.event[p]!;
    const sentences: string[] = [];
    for (let words = 0, target = 150 + r() * 250; words < target; ) {
      const s = this.sentence(r, e);
      sentences.push(s);
      for (let k = s.indexOf(' '); k >= 0; k = s.indexOf(' ', k + 1)) words++;
    }
    const t = this.topics[this.eventStory[e]!]!;
    const title = cap(`${pick(r, t, 2)} ${pick(r, FILLER_WORDS)} ${pick(r, FUNCTION)} ${pick(r, this.eventNames[e]!)} ${pick(r, t, 2)} ${pick(r, FILLER_WORDS)}`);
    return { title, sentences };
  }

  article(p: number): AnalysisArticle {
    const src = this.source[p]!;
    let { title, sentences } = this.original(src < 0 ? p : src);
    if (src >= 0) {
      const r = rng(p * 2246822519 + 3);
      if (r() < 0.5) sentences = sentences.slice(0, Math.max(3, sentences.length - 1 - Math.floor(r() * 3)));
      else {
        const kept = sentences.filter(() => r() < 0.5).slice(0, 3);
        const fresh = Array.from({ length: 3 + Math.floor(r() * 6) }, () => this.sentence(r, this.event[p]!));
        sentences = [...fresh.slice(0, 2), ...kept, ...fresh.slice(2)];
        title = `${title} ${pick(r, FILLER_WORDS)}`;
      }
    }
    const paragraphs: string[] = [];
    for (let k = 0; k < sentences.length; k += 3) paragraphs.push(sentences.slice(k, k + 3).join(' '));
    const id = `a${String(p).padStart(7, '0')}`;
    const publishedAt = new Date(EPOCH + this.minute[p]! * 60_000).toISOString();
    return { id, title, text: paragraphs.join('\n\n'), outlet: `Outlet ${p % 40}`, byline: null, publishedAt, language: 'en', agencies: [], contentHash: `h${p}` };
  }

  /** Articles [from, to) in publication order, `size` at a time. */
  *batches(from: number, to: number, size = 1000): Generator<AnalysisArticle[]> {
    for (let p = from; p < to; p += size) {
      const out: AnalysisArticle[] = [];
      for (let q = p; q < Math.min(to, p + size); q++) out.push(this.article(q));
      yield out;
    }
  }
}
