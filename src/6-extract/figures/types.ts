// The figure record: a number in an article with what it counts. Sample: "at least 40 people were
// killed" -> { value: 40, qualifier: 'at-least', counted: 'people', action: 'killed', kind: 'count' }.
import type { Qualifier } from './model/qualifiers.js';

export type { Qualifier };

export type FigureKind = 'count' | 'percent' | 'money' | 'age' | 'other';

export interface Figure {
  start: number;                // UTF-16 offset of the whole phrase (qualifier + number + counted noun)
  end: number;                  // text.slice(start, end) === text
  text: string;
  value: number;                // "fifty-eight" -> 58, "1.2 million" -> 1200000, "$3bn" -> 3e9; low end of a range
  high: number | null;          // high end of a range ("between 30 and 40", "30-40"), else null
  kind: FigureKind;
  currency: string | null;      // ISO 4217 code when money: "$" -> USD, "A$" -> AUD, "shekels" -> ILS
  qualifier: Qualifier;         // "at least" -> at-least, "over" -> more-than, "some" -> about ...
  counted: string | null;       // lower-case noun phrase counted: "palestinian prisoners", "death toll"
  action: string | null;        // lower-case event word as written: "killed", "killing", "displaced"
  parent: number | null;        // index of the figure this one is part of: "90 rescued, including 15 children"
  agent: string | null;         // head word of who did the action: "the council released 25" -> "council"
  place?: string;               // named place of residents counted: "1,200 Oldfen residents" -> "oldfen" (set only when written)
  per?: string;                 // unit of a rate: "5,000 dalers per household", "$20 each" -> "household", "each"
  purpose?: string;             // what a sum is for: "an aid package of 120 million dalers" -> "package"
  sayer?: string;               // who gives the number, when written: "47, the directorate said", "the official figure of 8,000" -> "officials"
}
