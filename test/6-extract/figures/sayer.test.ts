// Who gives a figure (flood review, finding 4: "the report cannot show who gave which value"):
// the source the text attributes the number to, set only when written. Invented sentences.
import { describe, it, expect } from 'vitest';
import { extractArticle } from '../../../src/6-extract/index.js';

const said = (text: string) => extractArticle(text, '2026-05-11T09:00:00Z').figures.map((f) => `${f.text}|${f.sayer ?? '-'}`);

describe('figures: the sayer', () => {
  for (const [text, expected] of [
    // A quote's speaker, resolved to a name or as written ("X said", "said X", "according to X", "X says N").
    ['The death toll stands at 23, the Kestral Relief Agency said on Monday.', ['23|Kestral Relief Agency']],
    ['“We have found at least 30 bodies in Ambry alone,” mayor Lisel Varga said.', ['at least 30 bodies|Lisel Varga']],
    ['According to the Orrin Harbour Trust, 140 homes were flooded.', ['140 homes|Orrin Harbour Trust']],
    ['Organisers say 25,000 people joined the march.', ['25,000 people|Organisers']],
    ['Fourteen people were arrested, said police.', ['Fourteen people|police']],
    // Named in the figure's own phrase: "X put the number at", "X's estimate of", "the official figure of".
    ['The mission put the number of homeless families at 4,200, far above the official figure of 1,900.', ['4,200|the mission', '1,900|officials']],
    ['The Pellan Road Board has put the official death toll at 19.', ['19|Pellan Road Board']],
    ['The ministry’s estimate of 900 evacuated residents is too low, the aid group says.', ['900 evacuated residents|the ministry']],
    ['The official 61 dead do not include the missing.', ['61|officials']],
    // The source's name stops at its sentence's start (protest review: 'Tarn Square. Police').
    ['Marchers walked from Orrel Square. Police put the crowd at 9,000.', ['9,000|Police']],
    // Named after the figure by a passive of reporting, even inside another's quote (outbreak review, finding 7).
    ['The agency estimates 700 infections, well above the 520 confirmed cases reported by the Lowmarsh health board.',
      ['700 infections|-', '520 confirmed cases|the Lowmarsh health board']],
    ['The charity said it was twice the 300 deaths recorded by the regional office last month.', ['300 deaths|the regional office']],
    // Not written, or only a pronoun nobody resolved: no sayer (not guessed).
    ['At least 20 people died in the landslide.', ['At least 20 people|-']],
    ['At least 20 people died, it said.', ['At least 20 people|-']],
    ['The damage was estimated at 300 homes.', ['300 homes|-']],
    ['The storm’s death toll of 40 is the worst in a decade.', ['40|-']],
  ] as const) {
    it(text, () => {
      expect(said(text)).toEqual(expected);
    });
  }
});
