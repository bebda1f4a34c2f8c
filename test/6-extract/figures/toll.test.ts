// A figure named before its number: a toll with a short of/from/in phrase before its verb, "put
// the number of X at N", "the official figure of N". Invented sentences (flood review, finding 2).
import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../../src/6-extract/figures/index.js';

const brief = (s: string) => extractFigures(s).map((f) => `${f.text}|${f.counted}|${f.action}|${f.parent}`);

describe('figures: a toll named before its number', () => {
  for (const [sentence, expected] of [
    // A phrase between the toll noun and its verb.
    ['The death toll from the Verrin floods rose to 33 on Friday, including six people killed in Haldby.',
      ['33|death toll|null|null', 'six people|people|killed|0']],
    ['The death toll from the storm stands at forty-one.', ['forty-one|death toll|null|null']],
    ['The toll in Korvath Province has now risen to 64.', ['64|toll|null|null']],
    ['The death toll after the landslide climbed to 19.', ['19|death toll|null|null']],
    ['The toll of the 2025 earthquake is now 212.', ['212|toll|null|null']],
    ['The toll was put at 18.', ['18|toll|null|null']],
    // A counted noun after the number keeps the toll's action.
    ['The storm death toll reached 27 people.', ['27 people|people|death toll|null']],
    ['The death toll has risen to 90 people, officials said.', ['90 people|people|death toll|null']],
    // The number of X put at N; the official figure of N counts what the sentence counts.
    ['The aid group put the number of displaced people at 14,000, far above the official figure of 9,000.',
      ['14,000|people|displaced|null', '9,000|people|displaced|null']],
    ['Officials estimated the number of people killed at 300.', ['300|people|killed|null']],
    ['Police put the number of protesters at 2,500.', ['2,500|protesters|null|null']],
    // A toll shares no verb with the count coordinated after it.
    ['The death toll from the storm stands at fifty-one, and eleven people are still missing.',
      ['fifty-one|death toll|null|null', 'eleven people|people|missing|null']],
  ] as const) {
    it(sentence, () => {
      expect(brief(sentence)).toEqual(expected);
    });
  }
});

describe('figures: a crowd or a number of the hurt named before its number (protest review 1, 6)', () => {
  for (const [sentence, expected] of [
    ['Police put the crowd at 8,500.', ['8,500|crowd|null|null']],
    ['Organisers estimated the crowd at more than 30,000.', ['more than 30,000|crowd|null|null']],
    ['A crowd of 8,500 filled Brenna Square.', ['8,500|crowd|null|null']],
    ['The clinic put the number of injured at 75.', ['75|null|injured|null']],
    ['The clinic put the number of injured since Sunday at 75.', ['75|null|injured|null']],
    // A crowd's verbs: the count is of people marching.
    ['About 6,000 people took part in the march.', ['About 6,000 people|people|took part|null']],
    ['Some 6,000 people gathered outside the court.', ['Some 6,000 people|people|gathered|null']],
    ['Nearly 6,000 people turned out for the vigil.', ['Nearly 6,000 people|people|turned out|null']],
  ] as const) {
    it(sentence, () => {
      expect(brief(sentence)).toEqual(expected);
    });
  }
});

describe('figures: no toll without one', () => {
  for (const [sentence, expected] of [
    // A clause between the toll and its verb: not read across.
    ['The death toll of the floods, officials said, rose to 47.', []],
    // "figure" alone, with no count in the sentence to take its noun from.
    ['The official figure of 8,000 was published on Monday.', []],
    // A number of things that is no toll.
    ['The number of people in the square rose to 40.', []],
  ] as const) {
    it(sentence, () => {
      expect(brief(sentence)).toEqual(expected);
    });
  }
});

// A running total named before its number, with what it counts (outbreak review, finding 1: the
// revised total "380" was no figure, or a count of "count").
describe('figures: the number of X, a count of X, the X total', () => {
  for (const [sentence, expected] of [
    ['Officials revised the number of confirmed infections down to 212 from 240.', ['212|confirmed infections|null|null']],
    ['The number of confirmed cases of marsh fever now stands at 615.', ['615|confirmed cases|null|null']],
    ['The surge brought the total number of recorded cases to 1,020.', ['1,020|recorded cases|null|null']],
    ['The agency cut its count of confirmed Lowmarsh fever cases to 96.', ['96|confirmed lowmarsh fever cases|null|null']],
    ['The clinic raised its infection count to 77.', ['77|infection|null|null']],
    ['The case total reached 1,300 on Sunday.', ['1,300|case|null|null']],
    ['The number of deaths rose to 31.', ['31|deaths|null|null']],
    // A total that names nothing counted keeps its own word.
    ['The national total rose to 88.', ['88|national total|null|null']],
  ] as const) {
    it(sentence, () => {
      expect(brief(sentence)).toEqual(expected);
    });
  }
});
